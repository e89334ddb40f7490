/**
 * On pace (DOMAIN.md): expected count on d = baseline + increase × elapsed / total, where total is
 * the number of days of the plan period (2025-01-01..2027-12-31: 1095) and elapsed the number of
 * period days up to and including d — the as-of date counts as a whole day gone, so 2025-01-01
 * gives 1/1095, 2026-12-31 gives 730/1095 and 2027-12-31 the full increase. Before the period
 * elapsed is 0 (expected = baseline), after it elapsed = total (expected = the 2027 target).
 */
import { daysBetween } from '../model/dates.js';
import type { IsoDate } from '../model/types.js';

export type PaceStatus = 'ahead' | 'on-track' | 'behind';

export interface Pace {
  start: IsoDate;
  end: IsoDate;
  elapsedDays: number;
  totalDays: number;
}

export function paceOf(period: { start: number; end: number }, asOf: IsoDate): Pace {
  const start = `${String(period.start).padStart(4, '0')}-01-01`;
  const end = `${String(period.end).padStart(4, '0')}-12-31`;
  const totalDays = Math.max(1, daysBetween(start, end) + 1);
  const elapsedDays = Math.min(totalDays, Math.max(0, daysBetween(start, asOf) + 1));
  return { start, end, elapsedDays, totalDays };
}

export function expectedCount(baseline: number, increase: number, pace: Pace): number {
  return baseline + (increase * pace.elapsedDays) / pace.totalDays;
}

/**
 * ahead: actual ≥ expected; on track: actual ≥ floor(expected); behind otherwise. Compared in whole
 * numbers (actual − baseline) × total vs increase × elapsed, so no rounding can tip a status.
 */
export function paceStatus(actual: number, baseline: number, increase: number, pace: Pace): PaceStatus {
  const progress = (actual - baseline) * pace.totalDays;
  const due = increase * pace.elapsedDays;
  if (progress >= due) return 'ahead';
  const floorExpected = baseline + Math.floor(due / pace.totalDays);
  return actual >= floorExpected ? 'on-track' : 'behind';
}
