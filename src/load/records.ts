/**
 * One located record per row (CSV) or per mapping (YAML), keys mapped to canonical field names.
 * Unknown keys are reported with a "did you mean" and dropped; empty cells mean "unknown".
 */
import type { Draft, Location, SuppressionDirective } from '../diagnostics.js';
import { ALIASES } from '../model/schemas.js';
import type { CsvLoad } from './csv.js';
import type { LocatedTree } from './yaml.js';
import { closest } from './suggest.js';

export interface RawRecord {
  file: string;
  loc: Location;
  /** Path of the record inside its file ('' for a whole-file mapping, '3' for a list item). */
  path: string;
  values: Record<string, unknown>;
  /** Location of each value, keyed by canonical field name (nested: `recognitions.0.tier`). */
  locs: Map<string, Location>;
  raw: Map<string, string>;
}

const canonicalCache = new Map<string, string>();

/** Canonical field name of a header or key; memoised, as the same few keys repeat on every record. */
export function canonicalKey(key: string): string {
  let hit = canonicalCache.get(key);
  if (hit === undefined) {
    hit = computeCanonicalKey(key);
    if (canonicalCache.size < 10_000) canonicalCache.set(key, hit);
  }
  return hit;
}

function computeCanonicalKey(key: string): string {
  const cleaned = key.normalize('NFKC').replace(/[\s\u200b-\u200d\ufeff（）()]/g, '');
  return ALIASES[cleaned] ?? ALIASES[key.trim()] ?? cleaned.toLowerCase().replace(/-/g, '_');
}

function keyName(k: string): string {
  return k === 'little_giant' ? 'little-giant' : k;
}

/** "Did you mean" candidates: the known field names and their Chinese aliases. */
function suggestions(known: ReadonlySet<string>): string[] {
  return [...known, ...Object.keys(ALIASES).filter((a) => known.has(ALIASES[a]))];
}

/** Maps a record's keys to canonical names; reports and drops keys the schema does not know. */
export function canonicalise(
  values: Record<string, unknown>,
  known: ReadonlySet<string>,
  locOf: (key: string) => Location,
  pathPrefix: string,
  drafts: Draft[],
  original?: Map<string, string>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const seen = new Set<string>();
  for (const [key, value] of Object.entries(values)) {
    const canonical = keyName(canonicalKey(key));
    if (known.has(canonical) && seen.has(canonical)) {
      // `name:` and `企业名称:` are one field written twice: the first wins, as for a repeated YAML key.
      drafts.push({ ...locOf(key), ruleId: 'duplicate-key', code: 'duplicate-key', args: { key }, path: displayPath(pathPrefix, key), value: key });
      continue;
    }
    seen.add(canonical);
    if (!known.has(canonical)) {
      const suggestion = closest(key, suggestions(known));
      drafts.push({
        ...locOf(key),
        ruleId: 'unknown-field',
        code: 'unknown-field',
        args: suggestion ? { field: key, suggestion } : { field: key },
        path: displayPath(pathPrefix, key),
        value: key,
      });
      continue;
    }
    if (value === null || value === undefined || (typeof value === 'string' && value.trim() === '')) continue;
    out[canonical] = value;
    original?.set(canonical, key);
  }
  return out;
}

export function csvRecords(file: string, csv: CsvLoad, known: ReadonlySet<string>, drafts: Draft[], suppressions: SuppressionDirective[]): RawRecord[] {
  if (!csv.header) return [];
  const names = csv.header.names.map((n) => (n === 'suppress' || canonicalKey(n) === 'suppress' ? 'suppress' : n));
  const seen = new Map<string, number>();
  const columns: (string | undefined)[] = names.map((name, i) => {
    if (name.trim() === '') return undefined;
    if (name === 'suppress') return 'suppress';
    const canonical = keyName(canonicalKey(name));
    if (!known.has(canonical)) {
      const suggestion = closest(name, suggestions(known));
      drafts.push({ ...csv.header!.locs[i], ruleId: 'unknown-field', code: 'unknown-field', args: suggestion ? { field: name, suggestion } : { field: name }, value: name });
      return undefined;
    }
    if (seen.has(canonical)) {
      drafts.push({ ...csv.header!.locs[i], ruleId: 'schema', code: 'duplicate-column', args: { key: name }, value: name });
      return undefined;
    }
    seen.set(canonical, i);
    return canonical;
  });
  return csv.rows.map((row) => {
    const values: Record<string, unknown> = {};
    const locs = new Map<string, Location>();
    const raw = new Map<string, string>();
    columns.forEach((col, i) => {
      const cell = row.cells[i];
      if (col === undefined || cell === undefined) return;
      if (col === 'suppress') {
        if (cell.trim()) suppressions.push(parseSuppressCell(file, row.line, cell, row.locs[i]));
        return;
      }
      locs.set(col, row.locs[i]);
      raw.set(col, cell);
      if (cell.trim() !== '') values[col] = cell;
    });
    // The row is the line; a diagnostic's path names only the column.
    return { file, loc: { file, line: row.line, column: 1 }, path: '', values, locs, raw };
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
