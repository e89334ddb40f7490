/**
 * N 附件1 任务2: each year every county files an innovative and an srdi seed pool of at least 2× that
 * year's growth target (“不少于年度增长目标数2倍”), and the prefecture's roll-up is held to the same
 * multiple. Ratios come from plan.yaml `pool_ratios` (null = no size rule; little-giant is null
 * unless the province-style 3× is switched on). A zero annual target requires no pool. Members are
 * counted as filed — eligible or not, withdrawn (退库) ones excepted — so that one ineligible member
 * is one pool-eligibility finding, not two; `gaps` shows how many of them are ineligible.
 */
import type { Location } from '../diagnostics.js';
import { buildAnnualTargets } from '../model/annual-targets.js';
import { TIERS } from '../model/types.js';
import { poolGaps } from '../reports/gaps.js';
import { defineRule } from './define.js';
import { poolTierArgs } from './messages-pool.js';

export default defineRule({
  id: 'pool-size',
  description: {
    zh: '县市（或全州）某层级种子库入库数少于 倍数 × 年度增长目标（说明还差几家）',
    en: "a county's (or the prefecture's) pool of a tier is below ratio × its annual growth target (says how many are missing)",
  },
  defaultSeverity: 'error',
  check({ data, index, report }) {
    const annual = buildAnnualTargets(data);
    const totalName = data.targets.find((t) => t.county === 'total')?.label ?? '全州合计';
    for (const year of index.poolYears()) {
      const entries = index.poolsOf(year);
      const line1: Location = { file: entries[0]?.origin.loc.file ?? '', line: 1, column: 1 };
      for (const [county, pools] of poolGaps(data, index, year, annual)) {
        for (const tier of TIERS) {
          const { ratio, required, filed, shortfall } = pools[tier];
          if (ratio === null || required === null || required === 0 || shortfall === null || shortfall === 0) continue;
          const target = annual.get(county, tier, year);
          const mine = county === 'total' ? [] : entries.filter((p) => p.county === county && p.tier === tier);
          const first = mine.find((p) => p.status !== 'withdrawn') ?? mine[0];
          const name = county === 'total' ? undefined : (index.countyByCode(county)?.name ?? county);
          report({
            code: 'pool-size',
            args: {
              county_zh: name ?? totalName,
              county_en: name ?? 'Prefecture total',
              year,
              ...poolTierArgs(tier),
              filed,
              required,
              ratio,
              annual: target?.increase ?? 0,
              annual_source: target?.derived ? 'derived' : 'explicit',
              ...(required !== ratio * (target?.increase ?? 0) && { rounded: 'up' }),
              missing: shortfall,
            },
            at: first ? first.origin.loc : line1,
            expected: `≥ ${required}`,
          });
        }
      }
    }
  },
});
