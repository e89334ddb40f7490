/**
 * N 附件1 任务2: each county files its own pools (“各县市…报州工业和信息化局备案”), so a pool entry
 * belongs to the county the enterprise is in on the filing date (county history aware: an
 * enterprise that moved later is still the old county's on that date). Unknown counties and
 * enterprises are left to unknown-county and unknown-enterprise.
 */
import { poolDate } from '../reports/pools.js';
import { defineRule } from './define.js';
import './messages-pool.js';

export default defineRule({
  id: 'pool-county',
  description: { zh: '种子库备案县市与企业所在县市不符', en: "a pool entry filed by a county other than the enterprise's" },
  defaultSeverity: 'error',
  check({ data, index, asOf, report }) {
    for (const p of data.pools) {
      const enterprise = index.enterprise(p.creditCode);
      if (p.county === undefined || !enterprise) continue;
      const { date, source } = poolDate(p, asOf);
      const belongs = index.countyOn(enterprise, date);
      if (belongs === undefined || belongs === p.county) continue;
      const name = (code: string): string => index.countyByCode(code)?.name ?? code;
      report({
        code: 'pool-county',
        args: { filed_by: name(p.county), belongs: name(belongs), date, source },
        at: { origin: p.origin, field: 'county' },
        value: p.countyRaw,
        expected: name(belongs),
      });
    }
  },
});
