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
import { TIERS, type Dataset, type IsoDate, type PoolEntry, type TierCounts, type TierId } from '../model/types.js';
import { countValid, zeroCounts } from './counting.js';
import { poolProblems } from './pools.js';
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
  /** Of `filed`, the members that fail pool-eligibility on their filing date (counted in `filed` all the same). */
  ineligible: number;
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
  const pools = poolGaps(data, index, year, annual, (p) => poolProblems(data, index, p, asOf).length > 0);
  const tiers = TIERS.filter((t) => !options.tiers || options.tiers.includes(t));

  const plans = new Map<string, { name: string; plan: Record<TierId, Plan> }>();
  for (const t of data.targets) {
    if (t.county === 'total' || t.county.startsWith('?') || plans.has(t.county)) continue;
    const plan = (tier: TierId): Plan => ({ baseline: t.baseline[tier], increase: t.increase[tier], target: t.target[tier] });
    plans.set(t.county, { name: t.label, plan: { innovative: plan('innovative'), srdi: plan('srdi'), 'little-giant': plan('little-giant') } });
  }
  // Counties without a targets row still show what they hold (with zero targets).
  const extra = [...new Set([...tally.byCounty.keys(), ...pools.keys()])].filter((c) => c !== 'total' && !plans.has(c)).sort();
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
  const totals = new Map<TierId, { plan: Plan; actual: number }>();
  const pool = (county: string, tier: TierId): PoolGap => pools.get(county)?.[tier] ?? poolGap(data, annual, county, tier, year);
  for (const [county, { name, plan }] of plans) {
    for (const tier of TIERS) {
      const actual = tally.byCounty.get(county)?.[tier] ?? 0;
      const sum = totals.get(tier) ?? { plan: { ...zero }, actual: 0 };
      sum.plan = { baseline: sum.plan.baseline + plan[tier].baseline, increase: sum.plan.increase + plan[tier].increase, target: sum.plan.target + plan[tier].target };
      sum.actual += actual;
      totals.set(tier, sum);
      if (options.counties && !options.counties.includes(county)) continue;
      if (!tiers.includes(tier)) continue;
      rows.push(row(county, name, tier, plan[tier], actual, pool(county, tier)));
    }
  }
  if (!options.counties) {
    const label = data.targets.find((t) => t.county === 'total')?.label ?? '全州合计';
    for (const tier of tiers) {
      const sum = totals.get(tier) ?? { plan: zero, actual: 0 };
      rows.push(row('total', label, tier, sum.plan, sum.actual, pool('total', tier)));
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
export function poolGap(data: Dataset, annual: AnnualTargets, county: string, tier: TierId, year: number, filed = 0, ineligible = 0): PoolGap {
  const ratio = (data.plan?.poolRatios ?? DEFAULT_PLAN.poolRatios)[tier];
  const target = annual.get(county, tier, year);
  // ratios are small decimals (2, 1.5, 3): round away float noise before rounding up
  const required = ratio === null || target === undefined ? null : Math.ceil(Math.round(ratio * target.increase * 1e6) / 1e6);
  return { year, ratio, required, filed, shortfall: required === null ? null : Math.max(0, required - filed), ineligible };
}

/**
 * Every county's pools of `year` against their required size, plus the prefecture's under `total`
 * (the sum of the counties): the one computation behind both the pool-size rule and `gaps`.
 * Counties: those with targets or annual targets, and those that filed.
 */
export function poolGaps(
  data: Dataset, index: DatasetIndex, year: number, annual: AnnualTargets = buildAnnualTargets(data), isIneligible?: (p: PoolEntry) => boolean,
): Map<string, Record<TierId, PoolGap>> {
  const filed = poolFiled(index, year);
  const ineligible = isIneligible ? poolFiled(index, year, isIneligible) : new Map<string, TierCounts>();
  const counties = new Set<string>([...data.targets, ...data.annualTargets].map((t) => t.county).filter((c) => c !== 'total' && !c.startsWith('?')));
  for (const c of filed.keys()) counties.add(c);
  const sum = (m: Map<string, TierCounts>, tier: TierId): number => [...m.values()].reduce((n, c) => n + c[tier], 0);
  const out = new Map<string, Record<TierId, PoolGap>>();
  const gapsOf = (county: string, count: (m: Map<string, TierCounts>, tier: TierId) => number): Record<TierId, PoolGap> => {
    const gap = (tier: TierId): PoolGap => poolGap(data, annual, county, tier, year, count(filed, tier), count(ineligible, tier));
    return { innovative: gap('innovative'), srdi: gap('srdi'), 'little-giant': gap('little-giant') };
  };
  for (const c of [...counties].sort()) out.set(c, gapsOf(c, (m, tier) => m.get(c)?.[tier] ?? 0));
  out.set('total', gapsOf('total', sum));
  return out;
}

/**
 * County code → distinct enterprises per tier in the year's pools, withdrawn (退库) entries left out,
 * eligible or not, as filed; with `only`, just the entries it selects (gaps: the ineligible ones).
 */
export function poolFiled(index: DatasetIndex, year: number, only?: (p: PoolEntry) => boolean): Map<string, TierCounts> {
  const seen = new Set<string>();
  const out = new Map<string, TierCounts>();
  for (const p of index.poolsOf(year)) {
    if (p.status === 'withdrawn' || p.county === undefined) continue;
    const key = `${p.county}\u0000${p.tier}\u0000${p.creditCode}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (only && !only(p)) continue;
    const counts = out.get(p.county) ?? zeroCounts();
    counts[p.tier] += 1;
    out.set(p.county, counts);
  }
  return out;
}
