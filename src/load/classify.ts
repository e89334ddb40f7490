/** Which file kind a path inside the data folder holds (SPEC §2 default names). */
import type { FileKind } from '../model/schemas.js';
import { closest } from './suggest.js';

export interface Classified {
  kind: FileKind;
  format: 'yaml' | 'csv' | 'xlsx';
  /** Year taken from the file name (pools/2026.csv, indicators/2024.csv). */
  year?: number;
}

const EXT = /\.(ya?ml|csv|tsv|txt|xlsx)$/i;
// Maps, not object literals: a file named `constructor.csv` must not find Object.prototype.constructor.
const SINGLE = new Map<string, FileKind>([
  ['plan', 'plan'],
  ['counties', 'counties'],
  ['targets', 'targets'],
  ['annual-targets', 'annual-targets'],
  ['enterprises', 'enterprises'],
  ['recognitions', 'recognitions'],
  ['indicators', 'indicators'],
]);
const FOLDERS = new Map<string, FileKind>([
  ['enterprises', 'enterprises'],
  ['recognitions', 'recognitions'],
  ['indicators', 'indicators'],
  ['pools', 'pools'],
]);

export function classify(path: string): Classified | undefined {
  const m = EXT.exec(path);
  if (!m) return undefined;
  const ext = m[1].toLowerCase();
  const format = ext.startsWith('y') ? 'yaml' : ext === 'xlsx' ? 'xlsx' : 'csv';
  const parts = path.slice(0, -m[0].length).split('/');
  if (parts.length === 1) {
    const kind = SINGLE.get(parts[0]);
    return kind ? { kind, format } : undefined;
  }
  if (parts.length === 2) {
    const kind = FOLDERS.get(parts[0]);
    if (!kind) return undefined;
    const year = /^(\d{4})$/.exec(parts[1])?.[1];
    return { kind, format, ...(year ? { year: Number(year) } : {}) };
  }
  return undefined;
}

/** Why a file that is not read deserves a note; `suggestion` is where it would be read. */
export type Unread = { code: 'syntax.unexpected-file'; suggestion?: string } | { code: 'syntax.spreadsheet' };

const DATA_LIKE = /\.(ya?ml|csv|tsv|json|xlsx)$/i;
// .xlsx is read (load/xlsx.ts); other workbook formats are not.
const SPREADSHEET = /\.(xlsm|xls|et|ods)$/i;
const CONFIG = /^hh-srdi\.config\.ya?ml$/;

/**
 * A file `classify` rejects is silently skipped only when it cannot be meant as data (README.md,
 * notes.txt, hidden folders, the config); a CSV or YAML file in the wrong place, or a workbook, gets
 * a note — otherwise `enterprises/蒙自/x.yaml` would be left out of every count without a word.
 */
export function unread(path: string): Unread | undefined {
  const parts = path.split('/');
  if (parts.some((p) => p.startsWith('.')) || (parts.length === 1 && CONFIG.test(path))) return undefined;
  if (SPREADSHEET.test(path)) return { code: 'syntax.spreadsheet' };
  const ext = DATA_LIKE.exec(path)?.[0];
  if (!ext || classify(path)) return undefined;
  const suggestion = suggestPlace(parts, ext.toLowerCase() === '.json' ? '.yaml' : ext);
  return suggestion && classify(suggestion) ? { code: 'syntax.unexpected-file', suggestion } : { code: 'syntax.unexpected-file' };
}

function suggestPlace(parts: string[], ext: string): string | undefined {
  const base = parts[parts.length - 1];
  const stem = base.slice(0, base.length - (DATA_LIKE.exec(base)?.[0].length ?? 0));
  if (parts.length === 1) {
    if (stem === 'pools') return `pools/<year>${ext}`;
    const name = closest(stem, [...SINGLE.keys()]);
    return name ? `${name}${ext}` : undefined;
  }
  const folder = FOLDERS.has(parts[0]) ? parts[0] : closest(parts[0], [...FOLDERS.keys()]);
  return folder ? `${folder}/${stem}${ext}` : undefined;
}
