/**
 * Band scoring with DOMAIN.md's edge rule: the texts' bands overlap at their edges ("55%以下 10;
 * 55%-75% 5"), and an edge value always goes to the better band. Higher-is-better tables list their
 * bands best first as "≥ at"; lower-is-better tables as "≤ upTo".
 */
import type { Fact } from './facts.js';
import { fmtUnit } from './format.js';
import type { Provenance, ScoreItem, ScoreSection, Text, Unit } from './types.js';

/** Tolerance for binary floating point at a band edge (0.07 × 100 = 7.000000000000001). */
const EPS = 1e-9;
export const gte = (a: number, b: number): boolean => a >= b - EPS;
export const lte = (a: number, b: number): boolean => a <= b + EPS;

export interface HigherBands {
  higher: readonly { at: number; points: number }[];
  /** Points below the lowest band. */
  otherwise: number;
}
export interface LowerBands {
  lower: readonly { upTo: number; points: number }[];
  otherwise: number;
}
export type BandTable = HigherBands | LowerBands;

/** Shorthand for tables: higher([[5, 20], [3, 15]], 0) = ≥5 → 20, [3,5) → 15, else 0. */
export function higher(bands: readonly (readonly [number, number])[], otherwise = 0): HigherBands {
  return { higher: bands.map(([at, points]) => ({ at, points })), otherwise };
}
export function lower(bands: readonly (readonly [number, number])[], otherwise = 0): LowerBands {
  return { lower: bands.map(([upTo, points]) => ({ upTo, points })), otherwise };
}

export function bandPoints(table: BandTable, value: number): number {
  if ('higher' in table) return table.higher.find((b) => gte(value, b.at))?.points ?? table.otherwise;
  return table.lower.find((b) => lte(value, b.upTo))?.points ?? table.otherwise;
}

export function maxPoints(table: BandTable): number {
  const list = 'higher' in table ? table.higher : table.lower;
  return Math.max(table.otherwise, ...list.map((b) => b.points));
}

export function minPoints(table: BandTable): number {
  const list = 'higher' in table ? table.higher : table.lower;
  return Math.min(table.otherwise, ...list.map((b) => b.points));
}

/** What an item evaluator returns: decided points (lo = hi) or the range unknown inputs leave open. */
export interface ItemEval {
  lo: number;
  hi: number;
  actual?: string;
  missing: string[];
  sources: Provenance[];
}

export function bandItem(fact: Fact<number>, table: BandTable, unit: Unit): ItemEval {
  if (fact.value === undefined) return { lo: minPoints(table), hi: maxPoints(table), missing: fact.missing, sources: fact.sources };
  const points = bandPoints(table, fact.value);
  return { lo: points, hi: points, actual: fmtUnit(fact.value, unit), missing: [], sources: fact.sources };
}

/**
 * A ladder of conditions, best first ("Ⅰ类高价值 ≥1 → 10; own Ⅰ类 ≥1 → 8; …"): the first true step
 * decides; unknown steps above it leave the range open up to their points.
 */
export function ladderItem(
  steps: readonly { ok: boolean | undefined; points: number; missing: string[]; sources: Provenance[]; actual: string }[],
  otherwise = 0,
): ItemEval {
  const missing: string[] = [];
  const sources: Provenance[] = [];
  let hi: number | undefined;
  for (const step of steps) {
    sources.push(...step.sources);
    if (step.ok === true) return { lo: step.points, hi: hi ?? step.points, actual: step.actual, missing, sources };
    if (step.ok === undefined) {
      hi ??= step.points;
      missing.push(...step.missing);
    }
  }
  return { lo: otherwise, hi: hi ?? otherwise, ...(hi === undefined && { actual: '—' }), missing, sources };
}

export interface ItemSpec {
  id: string;
  label: Text;
  max: number;
  result: ItemEval;
}

export function scoreItem(spec: ItemSpec): ScoreItem {
  const { id, label, max } = spec;
  const { lo, hi, actual, missing, sources } = spec.result;
  const range: [number, number] = [lo, hi];
  // Literals rather than conditional spreads (a hot path of `check`); the key order is the JSON's.
  if (lo === hi) {
    return actual !== undefined
      ? { id, label, max, points: lo, range, actual, missing: [], sources }
      : { id, label, max, points: lo, range, missing: [], sources };
  }
  return actual !== undefined ? { id, label, max, range, actual, missing, sources } : { id, label, max, range, missing, sources };
}

export function scoreSection(id: string, label: Text, items: readonly ItemSpec[], min?: number): ScoreSection {
  const scored = items.map(scoreItem);
  let lo = 0;
  let hi = 0;
  let max = 0;
  for (const i of scored) {
    lo += i.range[0];
    hi += i.range[1];
    max += i.max;
  }
  return {
    id,
    label,
    max,
    ...(min !== undefined && { min }),
    ...(lo === hi && { points: lo }),
    range: [lo, hi],
    items: scored,
  };
}
