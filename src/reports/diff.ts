/**
 * `hh-srdi diff`, the pure part: the data folder at a git revision ("before") against the folder
 * now ("after"), as what a data pull request *means*. Records are matched by their natural keys,
 * never by file: an enterprise by credit code, a recognition by credit code + tier + recognition
 * date, an indicator row by credit code + fiscal year, a pool entry by year + tier + credit code —
 * so moving or renaming a file, reordering rows or switching YAML ↔ CSV changes nothing.
 * Diagnostics are matched by rule + file + message (line references in the message blanked), so a
 * line shift is not a change; a file git saw renamed carries its diagnostics along, and the same
 * rule and message in another file is the same finding moved with its records.
 */
import type { CheckResult } from '../diagnostics.js';
import { buildIndex, type DatasetIndex } from '../model/dataset-index.js';
import type { Dataset, Enterprise, IsoDate, PoolEntry, Recognition, TierId } from '../model/types.js';
import type { GapReport } from './gaps.js';
import { diagnosticDiff, type FindingsDiff } from './diff-findings.js';
import { gapDiff, type GapsDiff } from './diff-gaps.js';
import { indicatorChanges, type IndicatorFieldChange } from './diff-indicators.js';

export type { DiagnosticRef, FindingsDiff } from './diff-findings.js';
export type { GapChange, GapFigures, GapsDiff } from './diff-gaps.js';

export interface DiffSide {
  data: Dataset;
  check: CheckResult;
  gaps: GapReport;
  index?: DatasetIndex;
}

export interface DiffOptions {
  /** Smallest relative change of a number that is shown, in percent (default 10). */
  thresholdPct?: number;
  /** Files git saw renamed, base → now, as diagnostics print them. */
  renames?: ReadonlyMap<string, string>;
  /** The revision compared against, for the report. */
  base?: DiffBase;
}

/** The revision compared against: as given, or the merge base of HEAD with `branch` (the default). */
export interface DiffBase {
  rev: string;
  commit: string;
  branch?: string;
}

export interface EnterpriseRef {
  creditCode: string;
  name: string;
  /** County code, or the county as written when it names no known county. */
  county: string;
  countyName: string;
}

export interface FieldChange {
  field: string;
  before?: string;
  after?: string;
}

export interface RecognitionRef extends EnterpriseRef {
  tier: TierId;
  recognizedOn: IsoDate;
  expiresOn: IsoDate;
  level?: string;
  kind: 'new' | 'renewal';
  revokedOn?: IsoDate;
  batch?: string;
}

export interface PoolRef extends EnterpriseRef {
  year: number;
  tier: TierId;
  status?: string;
}

export interface DataDiff {
  version: 1;
  base?: DiffBase;
  asOf: IsoDate;
  thresholdPct: number;
  enterprises: {
    added: EnterpriseRef[];
    removed: EnterpriseRef[];
    renamed: (EnterpriseRef & { before: string })[];
    moved: (EnterpriseRef & { before: string; beforeName: string })[];
  };
  recognitions: { gained: RecognitionRef[]; renewed: RecognitionRef[]; lost: RecognitionRef[]; changed: (RecognitionRef & { fields: FieldChange[] })[] };
  pools: { added: PoolRef[]; removed: PoolRef[]; changed: (PoolRef & { fields: FieldChange[] })[] };
  indicators: {
    added: (EnterpriseRef & { year: number })[];
    removed: (EnterpriseRef & { year: number })[];
    changed: (EnterpriseRef & { year: number; fields: IndicatorFieldChange[] })[];
  };
  /** Findings of `check` now and before (see diff-findings.ts). */
  diagnostics: FindingsDiff;
  /** Every county × tier row of `gaps` on the as-of date, before and after; `changed` marks the moves. */
  gaps: GapsDiff;
}

export const DEFAULT_THRESHOLD_PCT = 10;

interface Side {
  data: Dataset;
  index: DatasetIndex;
}

function byKey<T>(items: readonly T[], key: (t: T) => string): Map<string, T> {
  const map = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    if (!map.has(k)) map.set(k, item);
  }
  return map;
}

/** Keys only in `a`, keys in both: in the order of the sorted keys (deterministic output). */
function split<T>(a: Map<string, T>, b: Map<string, T>): { only: T[]; both: [T, T][] } {
  const only: T[] = [];
  const both: [T, T][] = [];
  for (const k of [...a.keys()].sort()) {
    const x = a.get(k);
    const y = b.get(k);
    if (x === undefined) continue;
    if (y === undefined) only.push(x);
    else both.push([x, y]);
  }
  return { only, both };
}

function countyOf(side: Side, e: Pick<Enterprise, 'county' | 'countyRaw'>): { county: string; countyName: string } {
  if (e.county === undefined) return { county: e.countyRaw, countyName: e.countyRaw };
  return { county: e.county, countyName: side.index.countyByCode(e.county)?.name ?? e.county };
}

/** The enterprise as the latest side that defines it knows it. */
function refOf(creditCode: string, ...sides: Side[]): EnterpriseRef {
  for (const side of sides) {
    const e = side.index.enterprise(creditCode);
    if (e) return { creditCode, name: e.name, ...countyOf(side, e) };
  }
  return { creditCode, name: '', county: '', countyName: '' };
}

function fieldChanges(pairs: readonly [string, string | undefined, string | undefined][]): FieldChange[] {
  return pairs
    .filter(([, a, b]) => a !== b)
    .map(([field, a, b]) => ({ field, ...(a !== undefined && { before: a }), ...(b !== undefined && { after: b }) }));
}

function enterpriseDiff(before: Side, after: Side): DataDiff['enterprises'] {
  const a = byKey(before.data.enterprises, (e) => e.creditCode);
  const b = byKey(after.data.enterprises, (e) => e.creditCode);
  const kept = split(a, b);
  const out: DataDiff['enterprises'] = {
    added: split(b, a).only.map((e) => refOf(e.creditCode, after)),
    removed: kept.only.map((e) => refOf(e.creditCode, before)),
    renamed: [],
    moved: [],
  };
  for (const [was, now] of kept.both) {
    const ref = refOf(now.creditCode, after);
    if (was.name !== now.name) out.renamed.push({ ...ref, before: was.name });
    const old = countyOf(before, was);
    if (old.county !== ref.county) out.moved.push({ ...ref, before: old.county, beforeName: old.countyName });
  }
  return out;
}

const recognitionKey = (r: Recognition): string => `${r.creditCode}\u0000${r.tier}\u0000${r.recognizedOn}`;

function recognitionRef(r: Recognition, ...sides: Side[]): RecognitionRef {
  return {
    ...refOf(r.creditCode, ...sides),
    tier: r.tier, recognizedOn: r.recognizedOn, expiresOn: r.expiresOn, kind: r.kind,
    ...(r.level !== undefined && { level: r.level }),
    ...(r.revokedOn !== undefined && { revokedOn: r.revokedOn }),
    ...(r.batch !== undefined && { batch: r.batch }),
  };
}

/** Gained vs renewed: a renewal (复核) or a new recognition of a tier the enterprise held before. */
function recognitionDiff(before: Side, after: Side): DataDiff['recognitions'] {
  const a = byKey(before.data.recognitions, recognitionKey);
  const b = byKey(after.data.recognitions, recognitionKey);
  const kept = split(a, b);
  const out: DataDiff['recognitions'] = { gained: [], renewed: [], lost: kept.only.map((r) => recognitionRef(r, before, after)), changed: [] };
  for (const r of split(b, a).only) {
    // held before, and still recorded now (a corrected date is a loss and a gain, not a renewal)
    const heldBefore = before.index.recognitionsOf(r.creditCode).some((p) => p.tier === r.tier && p.recognizedOn < r.recognizedOn && b.has(recognitionKey(p)));
    (r.kind === 'renewal' || heldBefore ? out.renewed : out.gained).push(recognitionRef(r, after, before));
  }
  for (const [was, now] of kept.both) {
    const fields = fieldChanges([
      ['level', was.level, now.level],
      ['expires_on', was.expiresOn, now.expiresOn],
      ['revoked_on', was.revokedOn, now.revokedOn],
      ['kind', was.kind, now.kind],
      ['batch', was.batch, now.batch],
      ['document', was.document, now.document],
    ]);
    if (fields.length > 0) out.changed.push({ ...recognitionRef(now, after, before), fields });
  }
  return out;
}

const poolKey = (p: PoolEntry): string => `${p.year}\u0000${p.tier}\u0000${p.creditCode}`;

function poolRef(p: PoolEntry, side: Side, ...others: Side[]): PoolRef {
  const county = p.county === undefined ? { county: p.countyRaw, countyName: p.countyRaw } : { county: p.county, countyName: side.index.countyByCode(p.county)?.name ?? p.county };
  const e = refOf(p.creditCode, side, ...others);
  return { ...e, ...county, year: p.year, tier: p.tier, ...(p.status !== undefined && { status: p.status }) };
}

function poolDiff(before: Side, after: Side): DataDiff['pools'] {
  const a = byKey(before.data.pools, poolKey);
  const b = byKey(after.data.pools, poolKey);
  const str = (v: string | number | boolean | undefined): string | undefined => (v === undefined ? undefined : String(v));
  const out: DataDiff['pools'] = { added: split(b, a).only.map((p) => poolRef(p, after, before)), removed: split(a, b).only.map((p) => poolRef(p, before, after)), changed: [] };
  for (const [was, now] of split(a, b).both) {
    const fields = fieldChanges([
      ['status', was.status, now.status],
      ['county', was.county ?? was.countyRaw, now.county ?? now.countyRaw],
      ['filed_on', was.filedOn, now.filedOn],
      ['willing', str(was.willing), str(now.willing)],
      ['planned_tier', was.plannedTier, now.plannedTier],
      ['planned_apply', was.plannedApply, now.plannedApply],
    ]);
    if (fields.length > 0) out.changed.push({ ...poolRef(now, after, before), fields });
  }
  return out;
}

function indicatorDiff(before: Side, after: Side, thresholdPct: number): DataDiff['indicators'] {
  const key = (i: { creditCode: string; year: number }): string => `${i.creditCode}\u0000${String(i.year).padStart(6, '0')}`;
  const a = byKey(before.data.indicators, key);
  const b = byKey(after.data.indicators, key);
  const out: DataDiff['indicators'] = {
    added: split(b, a).only.map((i) => ({ ...refOf(i.creditCode, after, before), year: i.year })),
    removed: split(a, b).only.map((i) => ({ ...refOf(i.creditCode, before, after), year: i.year })),
    changed: [],
  };
  for (const [was, now] of split(a, b).both) {
    const fields = indicatorChanges(was, now, thresholdPct);
    if (fields.length > 0) out.changed.push({ ...refOf(now.creditCode, after, before), year: now.year, fields });
  }
  return out;
}

export function diffData(before: DiffSide, after: DiffSide, options: DiffOptions = {}): DataDiff {
  const thresholdPct = options.thresholdPct ?? DEFAULT_THRESHOLD_PCT;
  const a: Side = { data: before.data, index: before.index ?? buildIndex(before.data) };
  const b: Side = { data: after.data, index: after.index ?? buildIndex(after.data) };
  return {
    version: 1,
    ...(options.base && { base: options.base }),
    asOf: after.gaps.asOf,
    thresholdPct,
    enterprises: enterpriseDiff(a, b),
    recognitions: recognitionDiff(a, b),
    pools: poolDiff(a, b),
    indicators: indicatorDiff(a, b, thresholdPct),
    diagnostics: diagnosticDiff(before.check, after.check, options.renames ?? new Map()),
    gaps: gapDiff(before.gaps, after.gaps),
  };
}

/** Whether the diff holds any change at all (diagnostics and gaps included). */
export function isEmptyDiff(d: DataDiff): boolean {
  const lists = [
    ...Object.values(d.enterprises), ...Object.values(d.recognitions), ...Object.values(d.pools), ...Object.values(d.indicators),
    d.diagnostics.new, d.diagnostics.fixed, d.diagnostics.changed,
  ];
  return lists.every((l) => l.length === 0) && d.gaps.rows.every((r) => !r.changed);
}
