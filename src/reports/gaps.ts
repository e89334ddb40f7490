/**
 * `hh-srdi gaps`, the pure part: targets against reality on the as-of date (SPEC §3). Per county ×
 * tier the Attachment 2 baseline, the valid recognitions on the date, the increase so far, the 2027
 * target, what remains, the on-pace expectation and a status; the prefecture total; and the county's
 * seed pool for the as-of year against its required size.
 */
import { buildAnnualTargets, planPeriod, type AnnualTargets } from '../model/annual-targets.js';
import { DEFAULT_PLAN } from '../load/build.js';
import type { DatasetIndex } from '../model/dataset-index.js';
import { yearOf } from '../model/dates.js';
import { TIERS, type Dataset, type IsoDate, type TierCounts, type TierId } from '../model/types.js';
import { countValid, zeroCounts } from './counting.js';
import { paceOf, paceStatus, expectedCount, type Pace, type PaceStatus } from './pace.js';

export interface PoolGap {
  year: number;
  /** Pool size multiple of the annual target (plan.pool_ratios); null = no size rule for the tier. */
  ratio: number | null;
  /** ratio × annual target, rounded up; null without a ratio or outside the plan period. */
  required: number | null;
  /** Distinct enterprises in the year's pool of the tier filed by the county, withdrawn ones excepted. */
  filed: number;
  shortfall: number | null;
}

export interface GapRow {
  /** County code, or `total` for the prefecture. */
  county: string;
  name: string;
  tier: TierId;
  baseline: number;
  actual: number;
  increaseSoFar: number;
  /** The three-year increase of Attachment 2. */
  increase: number;
  target: number;
  /** target − actual, never below 0. */
  remaining: number;
  expected: number;
  status: PaceStatus;
  /** The growth target of the as-of year; undefined outside the plan period. */
  annual?: { year: number; increase: number; derived: boolean };
  pool: PoolGap;
}

export interface GapReport {
  asOf: IsoDate;
  year: number;
  document?: string;
  period: { start: number; end: number };
  pace: Pace;
  rows: GapRow[];
  /** Valid recognitions counted nowhere because the enterprise's county is unknown on the date. */
  unplaced: TierCounts;
  /** Whether any figure shown is a derived annual target. */
  derived: boolean;
  hasTargets: boolean;
}

export interface GapOptions {
  /** County codes to show (default: all); the prefecture total is shown only without this filter. */
  counties?: readonly string[];
  tiers?: readonly TierId[];
}

interface Plan {
  baseline: number;
  increase: number;
  target: number;
}

export function gaps(data: Dataset, index: DatasetIndex, asOf: IsoDate, options: GapOptions = {}): GapReport {
  const period = planPeriod(data);
  const pace = paceOf(period, asOf);
  const year = yearOf(asOf);
  const annual = buildAnnualTargets(data);
  const tally = countValid(data, index, asOf);
  const filed = poolFiled(index, year);
  const tiers = TIERS.filter((t) => !options.tiers || options.tiers.includes(t));

  const plans = new Map<string, { name: string; plan: Record<TierId, Plan> }>();
  for (const t of data.targets) {
    if (t.county === 'total' || t.county.startsWith('?') || plans.has(t.county)) continue;
    const plan = (tier: TierId): Plan => ({ baseline: t.baseline[tier], increase: t.increase[tier], target: t.target[tier] });
    plans.set(t.county, { name: t.label, plan: { innovative: plan('innovative'), srdi: plan('srdi'), 'little-giant': plan('little-giant') } });
  }
  // Counties without a targets row still show what they hold (with zero targets).
  const extra = [...new Set([...tally.byCounty.keys(), ...filed.keys()])].filter((c) => !plans.has(c)).sort();
  const zero: Plan = { baseline: 0, increase: 0, target: 0 };
  for (const c of extra) plans.set(c, { name: index.countyByCode(c)?.name ?? c, plan: { innovative: zero, srdi: zero, 'little-giant': zero } });

  const row = (county: string, name: string, tier: TierId, plan: Plan, actual: number, pool: PoolGap): GapRow => {
    const a = annual.get(county, tier, year);
    return {
      county, name, tier, ...plan, actual,
      increaseSoFar: actual - plan.baseline,
      remaining: Math.max(0, plan.target - actual),
      expected: expectedCount(plan.baseline, plan.increase, pace),
      status: paceStatus(actual, plan.baseline, plan.increase, pace),
      ...(a ? { annual: { year, ...a } } : {}),
      pool,
    };
  };

  const rows: GapRow[] = [];
  const totals = new Map<TierId, { plan: Plan; actual: number; filed: number }>();
  for (const [county, { name, plan }] of plans) {
    for (const tier of TIERS) {
      const actual = tally.byCounty.get(county)?.[tier] ?? 0;
      const filedHere = filed.get(county)?.[tier] ?? 0;
      const sum = totals.get(tier) ?? { plan: { ...zero }, actual: 0, filed: 0 };
      sum.plan = { baseline: sum.plan.baseline + plan[tier].baseline, increase: sum.plan.increase + plan[tier].increase, target: sum.plan.target + plan[tier].target };
      sum.actual += actual;
      sum.filed += filedHere;
      totals.set(tier, sum);
      if (options.counties && !options.counties.includes(county)) continue;
      if (!tiers.includes(tier)) continue;
      rows.push(row(county, name, tier, plan[tier], actual, poolGap(data, annual, county, tier, year, filedHere)));
    }
  }
  if (!options.counties) {
    const label = data.targets.find((t) => t.county === 'total')?.label ?? '全州合计';
    for (const tier of tiers) {
      const sum = totals.get(tier) ?? { plan: zero, actual: 0, filed: 0 };
      rows.push(row('total', label, tier, sum.plan, sum.actual, poolGap(data, annual, 'total', tier, year, sum.filed)));
    }
  }
  return {
    asOf, year, period, pace, rows,
    ...(data.plan ? { document: data.plan.document } : {}),
    unplaced: tally.unplaced,
    derived: rows.some((r) => r.annual?.derived === true),
    hasTargets: data.targets.length > 0,
  };
}

/** N task 2: a county's pool for tier T in year Y holds ≥ ratio × its annual growth target. */
export function poolGap(data: Dataset, annual: AnnualTargets, county: string, tier: TierId, year: number, filed: number): PoolGap {
  const ratio = (data.plan?.poolRatios ?? DEFAULT_PLAN.poolRatios)[tier];
  const target = annual.get(county, tier, year);
  // ratios are small decimals (2, 1.5, 3): round away float noise before rounding up
  const required = ratio === null || target === undefined ? null : Math.ceil(Math.round(ratio * target.increase * 1e6) / 1e6);
  return { year, ratio, required, filed, shortfall: required === null ? null : Math.max(0, required - filed) };
}

/** County code → distinct enterprises per tier in the year's pools, withdrawn (退库) entries left out. */
export function poolFiled(index: DatasetIndex, year: number): Map<string, TierCounts> {
  const seen = new Set<string>();
  const out = new Map<string, TierCounts>();
  for (const p of index.poolsOf(year)) {
    if (p.status === 'withdrawn' || p.county === undefined) continue;
    const key = `${p.county}\u0000${p.tier}\u0000${p.creditCode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const counts = out.get(p.county) ?? zeroCounts();
    counts[p.tier] += 1;
    out.set(p.county, counts);
  }
  return out;
}
