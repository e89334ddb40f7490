/**
 * Who may sit in a seed pool (N 附件1 任务2), shared by the pool rules and `gaps` so that a member
 * counted as ineligible in the report is exactly one the rules flag. Everything is judged on the
 * filing date (备案日期): a pool is filed by 15 January, and what the county knew then is what counts.
 */
import { DEFAULT_PLAN } from '../load/build.js';
import type { RulesetId, Verdict } from '../criteria/types.js';
import { isValidOn, type DatasetIndex } from '../model/dataset-index.js';
import { yearOf } from '../model/dates.js';
import { TIERS, type Dataset, type IsoDate, type PoolEntry, type Recognition, type TierId } from '../model/types.js';
import { assessTier } from './assess.js';

/** The date a pool entry is judged on: its filing date, else --as-of (and the messages say which). */
export function poolDate(entry: PoolEntry, asOf: IsoDate): { date: IsoDate; source: 'filed_on' | 'as-of' } {
  return entry.filedOn !== undefined ? { date: entry.filedOn, source: 'filed_on' } : { date: asOf, source: 'as-of' };
}

/** The highest tier at or above `floor` the enterprise holds a valid recognition of on `date`. */
export function heldAtOrAbove(index: DatasetIndex, creditCode: string, floor: TierId, date: IsoDate): Recognition | undefined {
  let best: Recognition | undefined;
  for (const r of index.recognitionsOf(creditCode)) {
    if (TIERS.indexOf(r.tier) < TIERS.indexOf(floor) || !isValidOn(r, date)) continue;
    if (best === undefined || TIERS.indexOf(r.tier) > TIERS.indexOf(best.tier)) best = r;
  }
  return best;
}

/** N: srdi pool from valid innovative SMEs, the little-giant pool from valid srdi SMEs (or higher). */
export const POOL_PREREQUISITE: Partial<Record<TierId, TierId>> = { srdi: 'innovative', 'little-giant': 'srdi' };

export type PoolProblem =
  | { kind: 'prerequisite'; needs: TierId; next?: IsoDate; lastEnded?: IsoDate }
  | { kind: 'unwilling' }
  | { kind: 'willing-unknown' }
  | { kind: 'patents'; patents?: number; year?: number; ruleset: RulesetId; verdict: Verdict };

/** The recognitions of `needs` or higher: the next one to start after `date`, the last one to end before it. */
function prerequisiteProblem(index: DatasetIndex, creditCode: string, needs: TierId, date: IsoDate): PoolProblem {
  let next: IsoDate | undefined;
  let lastEnded: IsoDate | undefined;
  for (const r of index.recognitionsOf(creditCode)) {
    if (TIERS.indexOf(r.tier) < TIERS.indexOf(needs)) continue;
    if (r.recognizedOn > date) next = next === undefined || r.recognizedOn < next ? r.recognizedOn : next;
    else {
      const end = r.revokedOn !== undefined && r.revokedOn <= r.expiresOn ? r.revokedOn : r.expiresOn;
      if (end < date && (lastEnded === undefined || end > lastEnded)) lastEnded = end;
    }
  }
  return { kind: 'prerequisite', needs, ...(next !== undefined && { next }), ...(lastEnded !== undefined && { lastEnded }) };
}

/** The latest indicators row up to the filing year that records invention patents. */
export function inventionPatents(index: DatasetIndex, creditCode: string, year: number): { patents?: number; year?: number } {
  const rows = index.indicatorsOf(creditCode);
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i];
    if (row !== undefined && row.year <= year && row.invention_patents !== undefined) return { patents: row.invention_patents, year: row.year };
  }
  return {};
}

/**
 * Why a pool entry may not be in its pool, on its filing date (empty: eligible). An innovative pool
 * has no entry condition; holding the pool's tier already is pool-already-holds, not this.
 * Entries naming an unknown enterprise are left to unknown-enterprise.
 */
export function poolProblems(data: Dataset, index: DatasetIndex, entry: PoolEntry, asOf: IsoDate): PoolProblem[] {
  const enterprise = index.enterprise(entry.creditCode);
  const needs = POOL_PREREQUISITE[entry.tier];
  if (!enterprise || needs === undefined) return [];
  const { date } = poolDate(entry, asOf);
  const problems: PoolProblem[] = [];
  if (!heldAtOrAbove(index, entry.creditCode, needs, date)) problems.push(prerequisiteProblem(index, entry.creditCode, needs, date));
  if (entry.tier !== 'little-giant') return problems;
  // N: “有意愿申报的企业” — only willing enterprises are recommended; an empty cell is not a yes.
  if (entry.willing === false) problems.push({ kind: 'unwilling' });
  if (entry.willing === undefined) problems.push({ kind: 'willing-unknown' });
  // N: “具有2项及以上发明专利或满足认定指标” — the patents branch first, the criteria only when it fails.
  const patents = inventionPatents(index, entry.creditCode, yearOf(date));
  if (patents.patents === undefined || patents.patents < 2) {
    const ruleset = data.plan?.criteria ?? DEFAULT_PLAN.criteria;
    const { verdict } = assessTier(index, enterprise, { asOf: date, ruleset, tier: 'little-giant' }).assessment;
    if (verdict !== 'ready') problems.push({ kind: 'patents', ...patents, ruleset, verdict });
  }
  return problems;
}
