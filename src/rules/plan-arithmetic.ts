/** N Attachment 2: in every targets row, baseline + three-year increase = 2027 target, per tier. */
import { TIERS } from '../model/types.js';
import { defineRule } from './define.js';
import { tierArgs } from './messages-plan.js';

/** Field-name suffix of a tier in targets.csv (`target_little_giant`). */
export const TIER_COLUMN = { innovative: 'innovative', srdi: 'srdi', 'little-giant': 'little_giant' } as const;

export default defineRule({
  id: 'plan-arithmetic',
  description: { zh: '目标表中实有数 + 新增数 ≠ 目标数', en: 'baseline + increase ≠ target in a targets row' },
  defaultSeverity: 'error',
  check({ data, report }) {
    for (const row of data.targets) {
      for (const tier of TIERS) {
        const baseline = row.baseline[tier];
        const increase = row.increase[tier];
        const target = row.target[tier];
        const sum = baseline + increase;
        if (sum === target) continue;
        report({
          code: 'plan-arithmetic',
          args: { county: row.label, ...tierArgs(tier), baseline, increase, sum, target },
          at: { origin: row.origin, field: `target_${TIER_COLUMN[tier]}` },
          value: String(target),
          expected: String(sum),
        });
      }
    }
  },
});
