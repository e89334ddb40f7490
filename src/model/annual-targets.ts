/**
 * Annual growth targets (年度增长目标数). N sizes the seed pools by them but never states them, so
 * unless annual-targets.csv gives a county × tier's numbers they are derived (DOMAIN.md §Annual
 * targets): the three-year increase split as evenly as possible over the plan years, the remainder
 * going to the earliest years (22 → 8, 7, 7). Every derived number carries `derived: true` so that
 * each output using it can say so.
 */
import type { AnnualTarget, Dataset, TierId } from './types.js';
import { TIERS } from './types.js';

export interface AnnualValue {
  increase: number;
  derived: boolean;
}

export interface AnnualTargets {
  /** The plan years, e.g. [2025, 2026, 2027]. */
  years: readonly number[];
  /**
   * The growth target of `county` (a code, or `total` = sum of the counties) for `tier` in `year`;
   * undefined when `year` is outside the plan period.
   */
  get(county: string, tier: TierId, year: number): AnnualValue | undefined;
}

export const DEFAULT_PERIOD = { start: 2025, end: 2027 } as const;

export function planPeriod(data: Dataset): { start: number; end: number } {
  return data.plan?.period ?? DEFAULT_PERIOD;
}

/** `total` split into `parts` whole numbers differing by at most one, larger ones first. */
export function evenSplit(total: number, parts: number): number[] {
  if (parts <= 0) return [];
  const base = Math.floor(total / parts);
  const remainder = total - base * parts;
  return Array.from({ length: parts }, (_, i) => base + (i < remainder ? 1 : 0));
}

export const annualKey = (county: string, tier: TierId): string => `${county}\u0000${tier}`;

/** Explicit annual-target rows grouped by county × tier, in file order (unknown counties left out). */
export function explicitAnnualTargets(data: Dataset): Map<string, AnnualTarget[]> {
  const groups = new Map<string, AnnualTarget[]>();
  for (const a of data.annualTargets) {
    if (a.county.startsWith('?')) continue;
    const key = annualKey(a.county, a.tier);
    const list = groups.get(key);
    if (list) list.push(a);
    else groups.set(key, [a]);
  }
  return groups;
}

export function buildAnnualTargets(data: Dataset): AnnualTargets {
  const { start, end } = planPeriod(data);
  const years = Array.from({ length: Math.max(0, end - start + 1) }, (_, i) => start + i);
  const explicit = explicitAnnualTargets(data);
  const values = new Map<string, AnnualValue[]>();

  const fromExplicit = (rows: readonly AnnualTarget[]): AnnualValue[] =>
    // A county × tier with any explicit row is explicit in every year: a missing year is 0 (plan-annual
    // reports the sum); a repeated year keeps its first row (plan-annual reports the repeat).
    years.map((y) => ({ increase: rows.find((r) => r.year === y)?.increase ?? 0, derived: false }));

  const counties = new Set<string>();
  for (const row of data.targets) {
    if (row.county === 'total' || row.county.startsWith('?') || counties.has(row.county)) continue;
    counties.add(row.county);
    for (const tier of TIERS) {
      const rows = explicit.get(annualKey(row.county, tier));
      values.set(
        annualKey(row.county, tier),
        rows ? fromExplicit(rows) : evenSplit(row.increase[tier], years.length).map((increase) => ({ increase, derived: true })),
      );
    }
  }
  for (const [key, rows] of explicit) {
    if (!values.has(key) && rows[0]?.county !== 'total') {
      values.set(key, fromExplicit(rows));
      counties.add(rows[0]?.county ?? '');
    }
  }
  // The prefecture total is the sum of the counties (so that a report's columns add up); it is
  // derived as soon as one county's figure is.
  for (const tier of TIERS) {
    const total = years.map((_, i) => {
      let increase = 0;
      let derived = false;
      for (const c of counties) {
        const v = values.get(annualKey(c, tier))?.[i];
        increase += v?.increase ?? 0;
        derived ||= v?.derived ?? false;
      }
      return { increase, derived };
    });
    values.set(annualKey('total', tier), total);
  }

  return {
    years,
    get(county, tier, year) {
      const i = year - start;
      if (i < 0 || i >= years.length) return undefined;
      return values.get(annualKey(county, tier))?.[i] ?? { increase: 0, derived: false };
    },
  };
}
