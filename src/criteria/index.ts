/** The criteria rulesets and the tier ladder (innovative → srdi → little-giant, N §二). */
import { isValidOn } from '../model/dataset-index.js';
import { TIERS, type IsoDate, type Recognition, type TierId } from '../model/types.js';
import { miit2022 } from './miit-2022.js';
import { miit2026 } from './miit-2026.js';
import type { Ruleset, RulesetId } from './types.js';

export const rulesets: Record<RulesetId, Ruleset> = {
  'miit-2022': miit2022,
  'miit-2026': miit2026,
};

export const RULESET_IDS: readonly RulesetId[] = ['miit-2022', 'miit-2026'];

export function isRulesetId(value: string): value is RulesetId {
  return value === 'miit-2022' || value === 'miit-2026';
}

/** The tier above `current`; `innovative` for an enterprise holding none; undefined above little-giant. */
export function nextTier(current: TierId | undefined): TierId | undefined {
  if (current === undefined) return TIERS[0];
  return TIERS[TIERS.indexOf(current) + 1];
}

/** The highest tier the enterprise holds a valid (unexpired, unrevoked) recognition of on `asOf`. */
export function currentTier(recognitions: readonly Recognition[], asOf: IsoDate): TierId | undefined {
  let best: TierId | undefined;
  for (const r of recognitions) {
    if (isValidOn(r, asOf) && (best === undefined || TIERS.indexOf(r.tier) > TIERS.indexOf(best))) best = r.tier;
  }
  return best;
}

export type * from './types.js';
export { CRITERION_LABELS, GROUP_LABELS, type CriterionId } from './labels.js';
export { flatten } from './evaluate.js';
export { fmtNum } from './format.js';
