/**
 * DOMAIN.md §Annual targets: explicit annual growth targets of a county × tier must add up to its
 * three-year increase in Attachment 2 (a year without a row counts 0). County × tier pairs without explicit
 * rows are derived (model/annual-targets.ts) and add up by construction.
 */
import { explicitAnnualTargets, planPeriod } from '../model/annual-targets.js';
import type { AnnualTarget, TargetRow, TierId } from '../model/types.js';
import { defineRule } from './define.js';
import { tierArgs } from './messages-plan.js';

function threeYearIncrease(targets: readonly TargetRow[], county: string, tier: TierId): number | undefined {
  const row = targets.find((r) => r.county === county);
  if (row) return row.increase[tier];
  if (county !== 'total') return undefined;
  const counties = targets.filter((r) => r.county !== 'total' && !r.county.startsWith('?'));
  return counties.length > 0 ? counties.reduce((acc, r) => acc + r.increase[tier], 0) : undefined;
}

export default defineRule({
  id: 'plan-annual',
  description: { zh: '年度增长目标之和 ≠ 三年新增数', en: 'explicit annual targets do not add up to the three-year increase' },
  defaultSeverity: 'error',
  check({ data, index, report }) {
    const { start, end } = planPeriod(data);
    for (const rows of explicitAnnualTargets(data).values()) {
      const first = rows[0];
      if (!first) continue;
      const county = first.county === 'total' ? '全州合计' : index.countyByCode(first.county)?.name ?? first.county;
      const tier = tierArgs(first.tier);
      const counted = new Map<number, AnnualTarget>();
      for (const row of rows) {
        const earlier = counted.get(row.year);
        if (row.year < start || row.year > end) {
          report({ code: 'plan-annual.year', args: { year: row.year, start, end }, at: { origin: row.origin, field: 'year' }, value: String(row.year), expected: `${start}–${end}` });
        } else if (earlier) {
          report({ code: 'plan-annual.duplicate', args: { year: row.year, county, ...tier, first: earlier.origin.loc.line }, at: { origin: row.origin, field: 'year' }, value: String(row.year) });
        } else {
          counted.set(row.year, row);
        }
      }
      const increase = threeYearIncrease(data.targets, first.county, first.tier);
      const kept = [...counted.values()].sort((a, b) => a.year - b.year);
      const sum = kept.reduce((acc, r) => acc + r.increase, 0);
      if (increase === undefined || sum === increase) continue;
      const last = kept[kept.length - 1] ?? first;
      report({
        code: 'plan-annual',
        args: { county, ...tier, sum, increase, years: kept.map((r) => `${r.year}: ${r.increase}`).join(', ') },
        at: { origin: last.origin, field: 'increase' },
        value: String(last.increase),
        expected: `Σ = ${increase}`,
      });
    }
  },
});
