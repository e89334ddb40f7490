/**
 * N §二 and the ladder of M22: an srdi enterprise is drawn from valid innovative ones (warn), a
 * little giant from valid srdi ones (error). Checked on the date of a new recognition; a renewal
 * (复核) reviews a recognition already held, so the lower tier is not required again for it.
 * Recognitions of an undefined enterprise are left to unknown-enterprise (no cascade of findings).
 */
import type { TierId } from '../model/types.js';
import { defineRule } from './define.js';
import { tierArgs } from './messages-plan.js';
import { TIER_NAMES } from '../model/tiers.js';

const NEEDS: Partial<Record<TierId, { tier: TierId; severity: 'warn' | 'error' }>> = {
  srdi: { tier: 'innovative', severity: 'warn' },
  'little-giant': { tier: 'srdi', severity: 'error' },
};

export default defineRule({
  id: 'ladder-prerequisite',
  description: {
    zh: '认定专精特新时未持有有效创新型认定（警告）；认定小巨人时未持有有效专精特新认定（错误）',
    en: 'a srdi recognition without a valid innovative one at that date; error for little-giant without valid srdi',
  },
  defaultSeverity: 'warn',
  check({ data, index, report }) {
    for (const r of data.recognitions) {
      const needs = NEEDS[r.tier];
      if (!needs || r.kind === 'renewal' || !index.enterprise(r.creditCode)) continue;
      if (index.validRecognition(r.creditCode, needs.tier, r.recognizedOn)) continue;
      report({
        code: 'ladder-prerequisite',
        args: { ...tierArgs(r.tier), date: r.recognizedOn, needs_zh: TIER_NAMES[needs.tier].short, needs_en: needs.tier },
        at: { origin: r.origin, field: 'recognized_on' },
        value: r.recognizedOn,
        expected: `a valid ${needs.tier} recognition on ${r.recognizedOn}`,
        severity: needs.severity,
      });
    }
  },
});
