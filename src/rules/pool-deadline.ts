/**
 * N 附件1 任务2: “各县市于每年1月15日前将创新型中小企业、专精特新中小企业种子库报州工业和信息化局备案”.
 * An entry filed after plan.yaml `pool_deadline` (01-15) of its pool year is late. The deadline is
 * inclusive (“1月15日前” read as “by 15 January”). An entry without filed_on is not late — nothing
 * says when it was filed; the eligibility rules then judge it on --as-of and say so.
 */
import { DEFAULT_PLAN } from '../load/build.js';
import { daysBetween } from '../model/dates.js';
import { defineRule } from './define.js';
import { poolTierArgs } from './messages-pool.js';

export default defineRule({
  id: 'pool-deadline',
  description: { zh: '种子库备案日期晚于当年 1 月 15 日', en: 'a pool entry filed after 15 January of its year' },
  defaultSeverity: 'warn',
  check({ data, report }) {
    const deadline = data.plan?.poolDeadline ?? DEFAULT_PLAN.poolDeadline;
    for (const p of data.pools) {
      if (p.filedOn === undefined) continue;
      const due = `${p.year}-${deadline}`;
      if (p.filedOn <= due) continue;
      report({
        code: 'pool-deadline',
        args: { year: p.year, ...poolTierArgs(p.tier), filed: p.filedOn, deadline: due, days: daysBetween(due, p.filedOn) },
        at: { origin: p.origin, field: 'filed_on' },
        value: p.filedOn,
        expected: `≤ ${due}`,
      });
    }
  },
});
