/**
 * Counting 实有数 (DOMAIN.md §Tiers and validity): an enterprise counts in tier T on date d iff it
 * holds a recognition of T valid on d (recognizedOn ≤ d ≤ expiresOn, and before its revocation
 * date) — each tier independently, as Attachment 2 counts. It counts in the county it belonged to
 * on d (`previous_counties` history), so a move shifts it between counties from the day after its
 * `until` date and never double-counts it.
 */
import type { DatasetIndex } from '../model/dataset-index.js';
import { TIERS, type Dataset, type IsoDate, type TierCounts, type TierId } from '../model/types.js';

export interface Tally {
  /** County code → valid recognitions per tier on the date. */
  byCounty: Map<string, TierCounts>;
  /** Valid recognitions of enterprises whose county on the date is unknown. */
  unplaced: TierCounts;
}

export const zeroCounts = (): TierCounts => ({ innovative: 0, srdi: 0, 'little-giant': 0 });

export function holdsOn(index: DatasetIndex, creditCode: string, tier: TierId, date: IsoDate): boolean {
  return index.validRecognition(creditCode, tier, date) !== undefined;
}

export function countValid(data: Dataset, index: DatasetIndex, date: IsoDate): Tally {
  const byCounty = new Map<string, TierCounts>();
  const unplaced = zeroCounts();
  for (const e of data.enterprises) {
    // a credit code defined twice counts once, as its first definition (duplicate-enterprise reports it)
    if (index.enterprise(e.creditCode) !== e) continue;
    const held = TIERS.filter((tier) => holdsOn(index, e.creditCode, tier, date));
    if (held.length === 0) continue;
    const county = index.countyOn(e, date);
    let counts = unplaced;
    if (county !== undefined) {
      counts = byCounty.get(county) ?? zeroCounts();
      byCounty.set(county, counts);
    }
    for (const tier of held) counts[tier] += 1;
  }
  return { byCounty, unplaced };
}
