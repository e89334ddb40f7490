/**
 * Recognised enterprises update their figures on the MIIT platform by 31 May each year (DOMAIN.md,
 * platform practice): after that date, one holding a valid recognition should have an indicators row
 * for the last fiscal year, or every assessment of it reads stale or missing numbers.
 */
import { currentTier } from '../criteria/index.js';
import type { MessageArgs } from '../diagnostics.js';
import { registerMessages } from '../messages.js';
import { defineRule } from './define.js';
import { tierArgs } from './messages-plan.js';

const s = (a: MessageArgs, k: string): string => String(a[k] ?? '');

/** The annual update is due by this day (MM-DD); the warning starts the day after. */
export const UPDATE_DUE = '05-31';

registerMessages({
  'indicator-stale': {
    zh: (a) => `企业持有有效${s(a, 'tier_zh')}认定，但没有 ${s(a, 'fiscal')} 年度指标（每年 5 月 31 日前应更新上年数据）${a.latest ? `；最近一期为 ${s(a, 'latest')} 年` : ''}`,
    en: (a) => `holds a valid ${s(a, 'tier_en')} recognition but has no indicators for fiscal ${s(a, 'fiscal')} (due by 31 May)${a.latest ? `; the latest are for ${s(a, 'latest')}` : ''}`,
  },
});

export default defineRule({
  id: 'indicator-stale',
  description: { zh: '已认定企业在 5 月 31 日后仍无上年度指标（年度更新义务）', en: 'a recognized enterprise has no indicators for last year after 31 May (annual update duty)' },
  defaultSeverity: 'warn',
  check({ data, index, asOf, report }) {
    if (asOf.slice(5) <= UPDATE_DUE) return;
    const fiscal = Number(asOf.slice(0, 4)) - 1;
    for (const e of data.enterprises) {
      if (index.enterprise(e.creditCode) !== e) continue; // a duplicate definition: duplicate-enterprise reports it
      const tier = currentTier(index.recognitionsOf(e.creditCode), asOf);
      if (tier === undefined || index.indicatorsFor(e.creditCode, fiscal)) continue;
      const rows = index.indicatorsOf(e.creditCode);
      const latest = rows.length > 0 ? rows[rows.length - 1].year : undefined;
      report({
        code: 'indicator-stale',
        args: { ...tierArgs(tier), fiscal, ...(latest !== undefined && { latest }) },
        at: { origin: e.origin, field: 'credit_code' },
        expected: { zh: `${fiscal} 年度指标`, en: `indicators for fiscal ${fiscal}` },
      });
    }
  },
});
