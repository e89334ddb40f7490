/**
 * N 附件1 任务2, judged on the filing date (or --as-of without filed_on):
 * - the srdi pool is drawn “从有效期内创新型中小企业中” — a valid innovative recognition (or higher);
 * - the little-giant pool “从有效期内专精特新中小企业中筛选具有2项及以上发明专利或满足认定指标、有意愿申报的企业”
 *   — a valid srdi recognition (or higher), willing (an empty cell is reported too), and ≥ 2
 *   invention patents in the latest indicators up to the filing year, or else the little-giant
 *   criteria of plan.yaml's ruleset met (assess verdict “ready”).
 * The innovative pool has no entry condition. One finding per failed condition; withdrawn entries
 * are out of the pool and not judged. The logic lives in reports/pools.ts, shared with `gaps`.
 */
import { poolDate, poolProblems } from '../reports/pools.js';
import { defineRule } from './define.js';
import { poolTierArgs, problemArgs } from './messages-pool.js';

const FIELD = { prerequisite: 'credit_code', unwilling: 'willing', 'willing-unknown': 'willing', patents: 'credit_code' } as const;

export default defineRule({
  id: 'pool-eligibility',
  description: {
    zh: '专精特新种子库成员无有效创新型认定；小巨人种子库成员无有效专精特新认定、发明专利不足 2 项且不满足认定指标，或无申报意愿',
    en: 'srdi pool member without valid innovative; little-giant pool member without valid srdi, with < 2 invention patents unless it meets the criteria, or not willing',
  },
  defaultSeverity: 'error',
  check({ data, index, asOf, report }) {
    for (const p of data.pools) {
      if (p.status === 'withdrawn') continue;
      const { date, source } = poolDate(p, asOf);
      for (const problem of poolProblems(data, index, p, asOf)) {
        report({
          code: `pool-eligibility.${problem.kind}`,
          args: { ...poolTierArgs(p.tier), date, source, filed_year: date.slice(0, 4), ...problemArgs(problem) },
          at: { origin: p.origin, field: FIELD[problem.kind] },
        });
      }
    }
  },
});
