/**
 * One located record per row (CSV) or per mapping (YAML), keys mapped to canonical field names.
 * Unknown keys are reported with a "did you mean" and dropped; empty cells mean "unknown".
 */
import type { Draft, Location, SuppressionDirective } from '../diagnostics.js';
import type { CsvLoad, CsvText } from './csv.js';
import { canonicalKey, resolveKey, suggestField, type FieldSet, type KeyResolution } from './headers.js';
import type { LocatedTree } from './yaml.js';

export { canonicalKey } from './headers.js';

export interface RawRecord {
  file: string;
  loc: Location;
  /** Path of the record inside its file ('' for a whole-file mapping, '3' for a list item). */
  path: string;
  values: Record<string, unknown>;
  /** Where its values are written (computed on demand; small enough to keep for every record). */
  where: RecordLocator;
  /** CSV cells are text as a spreadsheet exported it (Excel writes dates as serial numbers). */
  format?: 'csv' | 'yaml';
  /** A CSV row's cells and its file's columns: the fast path reads the cells, `values` is built only if needed. */
  row?: TableRow;
}

/** One CSV (or sheet) row as parsed. */
export interface TableRow {
  cells: readonly string[];
  layout: ColumnLayout;
}

/** The mapped columns of one CSV file or sheet. */
export class ColumnLayout {
  readonly byField: ColumnMap;
  readonly suppress: number | undefined;
  /** Per-schema compiled readers of this layout (src/load/fast-validate.ts). */
  readonly compiled = new Map<object, unknown>();

  constructor(readonly columns: readonly [number, string][]) {
    this.byField = new Map(columns.filter(([, f]) => f !== 'suppress').map(([i, field]) => [field, i]));
    this.suppress = columns.find(([, f]) => f === 'suppress')?.[0];
  }

  /** The row's non-blank cells by field: the record's values. */
  values(cells: readonly string[]): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const [field, i] of this.byField) {
      const cell = cells[i];
      if (!isBlank(cell)) values[field] = cell;
    }
    return values;
  }

  /** The cell of a field, undefined when the row has none or it is blank. */
  cell(cells: readonly string[], field: string): string | undefined {
    const i = this.byField.get(field);
    const cell = i === undefined ? undefined : cells[i];
    return isBlank(cell) ? undefined : cell;
  }
}

/** A CSV record: `values` is made from the cells only when something asks for it (the slow path). */
class CsvRecord implements RawRecord {
  readonly path = '';
  readonly format = 'csv';
  readonly loc: Location;
  #values?: Record<string, unknown>;

  constructor(
    readonly file: string,
    line: number,
    readonly row: TableRow,
    readonly where: RecordLocator,
  ) {
    this.loc = { file, line, column: 1 };
  }

  get values(): Record<string, unknown> {
    this.#values ??= this.row.layout.values(this.row.cells);
    return this.#values;
  }
}

/**
 * Where one record's values are written. Kept by every loaded record (for findings found later), so
 * it holds no per-value data: locations — and the values as written — are recomputed from the file
 * when asked for.
 */
export interface RecordLocator {
  /** Location of the value at a dotted path inside the record (`tier`, `recognitions.0.tier`). */
  at(path: string): Location | undefined;
  /** Location of the key of that value (YAML), if written as a key. */
  keyAt(path: string): Location | undefined;
  /** The values at a dotted path ('' = the record) as the file has them, keys as written. */
  valuesAt(path: string): unknown;
}

/** A YAML record: a sub-tree of the file's located tree. */
class TreeLocator implements RecordLocator {
  constructor(
    private readonly tree: LocatedTree,
    /** The record's path in the tree ('' or `3`). */
    private readonly base: string,
  ) {}

  private full(path: string): string {
    return this.base === '' ? path : path === '' ? this.base : `${this.base}.${path}`;
  }

  at(path: string): Location | undefined {
    return this.tree.at(this.full(path));
  }

  keyAt(path: string): Location | undefined {
    return this.tree.keyAt(this.full(path));
  }

  valuesAt(path: string): unknown {
    let v: unknown = this.tree.value;
    const full = this.full(path);
    if (full === '') return v;
    for (const key of full.split('.')) {
      if (typeof v !== 'object' || v === null || !Object.hasOwn(v, key)) return undefined;
      v = (v as Record<string, unknown>)[key];
    }
    return v;
  }
}

/** The mapped columns of one CSV file: field → column index. */
export type ColumnMap = ReadonlyMap<string, number>;

/** A CSV row: its cells are found again in the file's text when a location or raw value is asked for. */
class RowLocator implements RecordLocator {
  #locs?: Location[];

  constructor(
    private readonly text: CsvText,
    private readonly layout: ColumnLayout,
    private readonly line: number,
  ) {}

  at(path: string): Location | undefined {
    const i = this.layout.byField.get(path);
    if (i === undefined) return undefined;
    this.#locs ??= this.text.cellLocations(this.line);
    return this.#locs[i];
  }

  keyAt(): Location | undefined {
    return undefined;
  }

  valuesAt(path: string): unknown {
    return path === '' ? cellsByField(this.layout, this.text.cells(this.line)) : undefined;
  }
}

/** A located row of a workbook sheet (or of `loadCsv`): every cell's location is already known. */
class LocatedRowLocator implements RecordLocator {
  constructor(
    private readonly locs: readonly Location[],
    private readonly cells: readonly string[],
    private readonly layout: ColumnLayout,
  ) {}

  at(path: string): Location | undefined {
    const i = this.layout.byField.get(path);
    return i === undefined || this.cells[i] === undefined ? undefined : this.locs[i];
  }

  keyAt(): Location | undefined {
    return undefined;
  }

  valuesAt(path: string): unknown {
    return path === '' ? cellsByField(this.layout, this.cells) : undefined;
  }
}

/** Every cell of a row by field, blank ones included (the text as written). */
function cellsByField(layout: ColumnLayout, cells: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [field, i] of layout.byField) if (cells[i] !== undefined) out[field] = cells[i];
  return out;
}

/** A value that says nothing: absent, null, or only blanks. Blank values are unknown, never zero. */
export function isBlank(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/** Unknown columns reported one by one per file; the rest are counted in one more finding. */
export const MAX_UNKNOWN_COLUMNS = 20;
/**
 * No field needs more than this many characters; a larger value (a 50 MB cell) is reported and left
 * unread, so it is not normalised, matched against county names and suggested for again and again.
 */
export const MAX_VALUE_CHARS = 100_000;

/** The finding for a key or header that names no field (or a field in the wrong unit). */
function keyDraft(at: Location, key: string, r: Exclude<KeyResolution, { kind: 'field' }>, fields: FieldSet, path?: string): Draft {
  const where = { ...at, ...(path === undefined ? {} : { path }), value: key };
  if (r.kind === 'wrong-unit') {
    return { ...where, ruleId: 'schema', code: 'schema.header-unit', args: { column: key, field: r.field, unit: r.unit, expected: r.expected, rename: `${r.base}（${r.expected}）` } };
  }
  const suggestion = suggestField(key, fields);
  return { ...where, ruleId: 'unknown-field', code: 'unknown-field', args: suggestion ? { field: key, suggestion } : { field: key } };
}

/** Maps a record's keys to canonical names; reports and drops keys the schema does not know. */
export function canonicalise(
  values: Record<string, unknown>,
  fields: FieldSet,
  locOf: (key: string) => Location,
  pathPrefix: string,
  drafts: Draft[],
  original?: Map<string, string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const [key, value] of Object.entries(values)) {
    const r = resolveKey(key, fields);
    if (r.kind !== 'field') {
      drafts.push(keyDraft(locOf(key), key, r, fields, displayPath(pathPrefix, key)));
      continue;
    }
    if (seen.has(r.field)) {
      // `name:` and `企业名称:` are one field written twice: the first wins, as for a repeated YAML key.
      drafts.push({ ...locOf(key), ruleId: 'duplicate-key', code: 'duplicate-key', args: { key }, path: displayPath(pathPrefix, key), value: key });
      continue;
    }
    seen.add(r.field);
    if (typeof value === 'string' && value.length > MAX_VALUE_CHARS) {
      drafts.push({ ...locOf(key), ruleId: 'syntax', code: 'syntax.value-too-large', args: { length: value.length, limit: MAX_VALUE_CHARS }, path: displayPath(pathPrefix, key), value });
      continue;
    }
    if (isBlank(value)) continue;
    out[r.field] = value;
    original?.set(r.field, key);
  }
  return out;
}

/** Column index → field; unknown, wrong-unit and repeated columns are reported once, at the header. */
export function mapColumns(csv: { names: readonly string[]; locs: readonly Location[] }, fields: FieldSet, drafts: Draft[]): [number, string][] {
  const out: [number, string][] = [];
  const seen = new Set<string>();
  let unknown = 0;
  let firstUnreported: Location | undefined;
  csv.names.forEach((name, i) => {
    if (name.trim() === '') return;
    if (name === 'suppress' || canonicalKey(name) === 'suppress') {
      out.push([i, 'suppress']);
      return;
    }
    const r = resolveKey(name, fields);
    if (r.kind !== 'field') {
      // A 100 000-column header must not become 100 000 findings (nor take seconds to suggest for).
      unknown++;
      if (unknown <= MAX_UNKNOWN_COLUMNS || r.kind === 'wrong-unit') drafts.push(keyDraft(csv.locs[i], name, r, fields));
      else firstUnreported ??= csv.locs[i];
      return;
    }
    if (seen.has(r.field)) {
      drafts.push({ ...csv.locs[i], ruleId: 'schema', code: 'duplicate-column', args: { key: name }, value: name });
      return;
    }
    seen.add(r.field);
    out.push([i, r.field]);
  });
  if (firstUnreported) {
    drafts.push({ ...firstUnreported, ruleId: 'unknown-field', code: 'unknown-field.more', args: { count: unknown - MAX_UNKNOWN_COLUMNS, shown: MAX_UNKNOWN_COLUMNS } });
  }
  return out;
}

export function csvRecords(file: string, csv: CsvLoad, fields: FieldSet, drafts: Draft[], suppressions: SuppressionDirective[]): RawRecord[] {
  if (!csv.header) return [];
  const layout = new ColumnLayout(mapColumns(csv.header, fields, drafts));
  return csv.rows.map((row) => {
    suppressCell(layout, row.cells, file, row.line, (i) => row.locs[i], suppressions);
    return new CsvRecord(file, row.line, { cells: row.cells, layout }, new LocatedRowLocator(row.locs, row.cells, layout));
  });
}

/**
 * Turns the records of `streamCsv` into RawRecords, one at a time: the first non-blank record is the
 * header (its columns are mapped and reported once), blank rows are skipped.
 */
export function csvRowReader(text: CsvText, fields: FieldSet, drafts: Draft[], suppressions: SuppressionDirective[], onRecord: (r: RawRecord) => void): { read: (cells: string[], line: number) => void; hasHeader: () => boolean } {
  const file = text.file;
  let layout: ColumnLayout | undefined;
  let width = 0;
  const read = (cells: string[], line: number): void => {
    if (!cells.some((c) => c.trim() !== '')) return;
    if (!layout) {
      layout = new ColumnLayout(mapColumns({ names: cells, locs: text.cellLocations(line) }, fields, drafts));
      width = cells.length;
      return;
    }
    if (cells.length > width && cells.slice(width).some((c) => c.trim() !== '')) {
      drafts.push({ ...text.cellLocations(line)[width], ruleId: 'syntax', code: 'syntax.row-length', args: { actual: cells.length, expected: width } });
    }
    suppressCell(layout, cells, file, line, (i) => text.cellLocations(line)[i], suppressions);
    onRecord(new CsvRecord(file, line, { cells, layout }, new RowLocator(text, layout, line)));
  };
  return { read, hasHeader: () => layout !== undefined };
}

/** A `suppress` cell becomes a suppression of its row. */
function suppressCell(layout: ColumnLayout, cells: readonly string[], file: string, line: number, locOf: (i: number) => Location, suppressions: SuppressionDirective[]): void {
  const cell = layout.suppress === undefined ? undefined : cells[layout.suppress];
  if (layout.suppress !== undefined && cell !== undefined && cell.trim()) suppressions.push(parseSuppressCell(file, line, cell, locOf(layout.suppress)));
}

function parseSuppressCell(file: string, line: number, cell: string, at: Location): SuppressionDirective {
  const [ids, ...reason] = cell.split('--');
  return { file, line, ruleIds: ids.split(/[\s,;]+/).filter(Boolean), reason: reason.join('--').trim(), at };
}

/** The records of a YAML file: a list of mappings, or one mapping (one enterprise per file). */
export function yamlRecords(file: string, tree: LocatedTree, drafts: Draft[]): RawRecord[] {
  const items: [string, unknown][] = Array.isArray(tree.value) ? tree.value.map((v, i) => [String(i), v]) : [['', tree.value]];
  const out: RawRecord[] = [];
  for (const [path, value] of items) {
    const loc = tree.at(path) ?? { file, line: 1, column: 1 };
    if (!isRecord(value)) {
      drafts.push({ ...loc, ruleId: 'syntax', code: 'syntax.not-mapping', args: { what: 'a record', actual: describe(value) } });
      continue;
    }
    out.push({ file, loc: { file, line: loc.line, column: loc.column }, path, values: value, where: new TreeLocator(tree, path) });
  }
  return out;
}

/** Dotted internal paths as diagnostics print them: `recognitions.1.tier` → `recognitions[1].tier`. */
export function displayPath(...parts: (string | undefined)[]): string {
  const segments = parts.filter((p) => p !== undefined && p !== '').join('.').split('.');
  return segments.map((seg, i) => (/^\d+$/.test(seg) ? `[${seg}]` : i === 0 ? seg : `.${seg}`)).join('');
}

export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function describe(v: unknown): string {
  if (v === null) return 'empty';
  if (Array.isArray(v)) return 'a list';
  return typeof v;
}
