/** Which file kind a path inside the data folder holds (SPEC §2 default names). */
import type { FileKind } from '../model/schemas.js';

export interface Classified {
  kind: FileKind;
  format: 'yaml' | 'csv';
  /** Year taken from the file name (pools/2026.csv, indicators/2024.csv). */
  year?: number;
}

const EXT = /\.(ya?ml|csv|tsv|txt)$/i;
const SINGLE: Record<string, FileKind> = {
  plan: 'plan',
  counties: 'counties',
  targets: 'targets',
  'annual-targets': 'annual-targets',
  enterprises: 'enterprises',
  recognitions: 'recognitions',
  indicators: 'indicators',
};
const FOLDERS: Record<string, FileKind> = {
  enterprises: 'enterprises',
  recognitions: 'recognitions',
  indicators: 'indicators',
  pools: 'pools',
};

export function classify(path: string): Classified | undefined {
  const m = EXT.exec(path);
  if (!m) return undefined;
  const format = m[1].toLowerCase().startsWith('y') ? 'yaml' : 'csv';
  const parts = path.slice(0, -m[0].length).split('/');
  if (parts.length === 1) {
    const kind = SINGLE[parts[0]];
    return kind ? { kind, format } : undefined;
  }
  if (parts.length === 2) {
    const kind = FOLDERS[parts[0]];
    if (!kind) return undefined;
    const year = /^(\d{4})$/.exec(parts[1])?.[1];
    return { kind, format, ...(year ? { year: Number(year) } : {}) };
  }
  return undefined;
}
