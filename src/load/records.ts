/**
 * One located record per row (CSV) or per mapping (YAML), keys mapped to canonical field names.
 * Unknown keys are reported with a "did you mean" and dropped; empty cells mean "unknown".
 */
import type { Draft, Location, SuppressionDirective } from '../diagnostics.js';
import type { CsvLoad } from './csv.js';
import { canonicalKey, resolveKey, suggestField, type FieldSet, type KeyResolution } from './headers.js';
import type { LocatedTree } from './yaml.js';

export { canonicalKey } from './headers.js';

export interface RawRecord {
  file: string;
  loc: Location;
  /** Path of the record inside its file ('' for a whole-file mapping, '3' for a list item). */
  path: string;
  values: Record<string, unknown>;
  /** Location of each value, keyed by canonical field name (nested: `recognitions.0.tier`). */
  locs: Map<string, Location>;
  raw: Map<string, string>;
  /** CSV cells are text as a spreadsheet exported it (Excel writes dates as serial numbers). */
  format?: 'csv' | 'yaml';
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
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    out[r.field] = value;
    original?.set(r.field, key);
  }
  return out;
}

/** Column index → field; unknown, wrong-unit and repeated columns are reported once, at the header. */
function mapColumns(csv: NonNullable<CsvLoad['header']>, fields: FieldSet, drafts: Draft[]): [number, string][] {
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
  const columns = mapColumns(csv.header, fields, drafts);
  return csv.rows.map((row) => {
    const values: Record<string, unknown> = {};
    const locs = new Map<string, Location>();
    const raw = new Map<string, string>();
    for (const [i, col] of columns) {
      const cell = row.cells[i];
      if (cell === undefined) continue;
      if (col === 'suppress') {
        if (cell.trim()) suppressions.push(parseSuppressCell(file, row.line, cell, row.locs[i]));
        continue;
      }
      locs.set(col, row.locs[i]);
      raw.set(col, cell);
      if (cell.trim() !== '') values[col] = cell;
    }
    // The row is the line; a diagnostic's path names only the column.
    return { file, loc: { file, line: row.line, column: 1 }, path: '', values, locs, raw, format: 'csv' };
  });
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
    const loc = tree.locs.get(path) ?? { file, line: 1, column: 1 };
    if (!isRecord(value)) {
      drafts.push({ ...loc, ruleId: 'syntax', code: 'syntax.not-mapping', args: { what: 'a record', actual: describe(value) } });
      continue;
    }
    const raw = new Map<string, string>();
    const locs = path === '' ? withKeys(tree) : subTree(tree, `${path}.`);
    for (const [k, v] of Object.entries(value)) if (v !== null && typeof v !== 'object') raw.set(k, String(v));
    out.push({ file, loc: { file, line: loc.line, column: loc.column }, path, values: value, locs, raw });
  }
  return out;
}

/** A whole-file record uses the tree's own maps (no copy: one enterprise file is one record). */
function withKeys(tree: LocatedTree): Map<string, Location> {
  const locs = tree.locs;
  for (const [p, l] of tree.keyLocs) locs.set(`key:${p}`, l);
  return locs;
}

function subTree(tree: LocatedTree, prefix: string): Map<string, Location> {
  const locs = new Map<string, Location>();
  for (const [p, l] of tree.locs) if (p.startsWith(prefix)) locs.set(p.slice(prefix.length), l);
  for (const [p, l] of tree.keyLocs) if (p.startsWith(prefix)) locs.set(`key:${p.slice(prefix.length)}`, l);
  return locs;
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
