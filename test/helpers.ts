/** Test harness: run `check` over an in-memory data folder. */
import { readFileSync } from 'node:fs';
import { check } from '../src/check.js';
import type { Diagnostic, SeveritySetting } from '../src/diagnostics.js';
import { loadFolder, type LoadResult } from '../src/load/folder.js';
import { memoryVfs } from '../src/load/vfs.js';
import type { Lang } from '../src/messages.js';
import type { Origin } from '../src/model/types.js';

/** The 13 counties of DOMAIN.md: the embedded official counties.csv, one source for every test. */
export const COUNTIES_CSV = readFileSync('data/counties.csv', 'utf8');

export async function loadMemory(files: Record<string, string | Uint8Array>, opts: { withCounties?: boolean } = {}): Promise<LoadResult> {
  const all: Record<string, string | Uint8Array> = {};
  if (opts.withCounties !== false) all['counties.csv'] = COUNTIES_CSV;
  for (const [k, v] of Object.entries(files)) all[k] = v;
  return loadFolder({ vfs: memoryVfs(all), root: '', displayRoot: '' });
}

export interface RunOpts {
  asOf?: string;
  lang?: Lang;
  severities?: Record<string, SeveritySetting>;
  withCounties?: boolean;
}

/** All diagnostics for an in-memory folder (paths relative to the folder, counties.csv added). */
export async function diagnose(files: Record<string, string | Uint8Array>, opts: RunOpts = {}): Promise<Diagnostic[]> {
  const load = await loadMemory(files, opts);
  return check(load, { asOf: opts.asOf ?? '2026-11-28', lang: opts.lang ?? 'en', severities: opts.severities }).diagnostics;
}

/** `[ruleId, file, line]` triples, the shape rule tests assert. */
export async function findings(files: Record<string, string | Uint8Array>, ruleId?: string, opts: RunOpts = {}): Promise<[string, string, number][]> {
  const list = await diagnose(files, opts);
  return list.filter((d) => ruleId === undefined || d.ruleId === ruleId).map((d) => [d.ruleId, d.file, d.line]);
}

/** A minimal enterprise YAML file. */
export function enterpriseYaml(fields: Record<string, string | number>, extra = ''): string {
  const lines = Object.entries(fields).map(([k, v]) => `${k}: ${v}`);
  return `${lines.join('\n')}\n${extra}`;
}

/**
 * A dataset as plain data, each record's origin with its field locations and texts read out: origins
 * compute those on demand, so `toEqual` on datasets compares them only through this.
 */
export function plainDataset(data: unknown): unknown {
  if (Array.isArray(data)) return data.map(plainDataset);
  if (typeof data !== 'object' || data === null) return data;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) out[k] = k === 'origin' && typeof v === 'object' && v !== null ? plainOrigin(v as Origin) : plainDataset(v);
  return out;
}

function plainOrigin(o: Origin): unknown {
  return { loc: o.loc, fields: { ...o.fields }, ...(o.raw ? { raw: { ...o.raw } } : {}), ...(o.suppress ? { suppress: o.suppress } : {}) };
}
