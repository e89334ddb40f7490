/** N Attachment 2: the 全州合计 row is the sum of the 13 county rows, column by column. */
import { TIERS, type TargetRow } from '../model/types.js';
import { defineRule } from './define.js';
import { TIER_COLUMN } from './plan-arithmetic.js';
import { TIER_NAMES } from '../model/tiers.js';

const PARTS = [
  { key: 'baseline', zh: '实有数' },
  { key: 'increase', zh: '新增数' },
  { key: 'target', zh: '目标数' },
] as const;

export default defineRule({
  id: 'plan-total',
  description: { zh: '全州合计行 ≠ 各县市之和', en: 'the 全州合计 row ≠ sum of the county rows' },
  defaultSeverity: 'error',
  check({ data, report }) {
    const totals = data.targets.filter((r) => r.county === 'total');
    const counties = data.targets.filter((r) => r.county !== 'total');
    if (counties.length === 0) return;
    for (const total of totals) {
      for (const part of PARTS) {
        for (const tier of TIERS) {
          const sum = counties.reduce((acc, r: TargetRow) => acc + r[part.key][tier], 0);
          const actual = total[part.key][tier];
          if (sum === actual) continue;
          const column = `${part.key}_${TIER_COLUMN[tier]}`;
          report({
            code: 'plan-total',
            args: { column_zh: `${part.zh}_${TIER_NAMES[tier].short}`, column_en: column, actual, sum },
            at: { origin: total.origin, field: column },
            value: String(actual),
            expected: String(sum),
          });
        }
      }
    }
  },
});
