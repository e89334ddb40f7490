/**
 * Figures that cannot all be true in one indicators row (SPEC §5): a part larger than its whole, a
 * negative stock, a share above 100 %, and a second row for the same enterprise and fiscal year
 * (the criteria would silently read only one of them).
 */
import type { MessageArgs } from '../diagnostics.js';
import { fmtNum } from '../criteria/format.js';
import { registerMessages } from '../messages.js';
import type { Indicators } from '../model/types.js';
import { defineRule } from './define.js';

const s = (a: MessageArgs, k: string): string => String(a[k] ?? '');

registerMessages({
  'indicator-consistency.exceeds': {
    zh: (a) => `${s(a, 'year')} 年 ${s(a, 'field')}（${s(a, 'value')}）大于 ${s(a, 'whole')}（${s(a, 'limit')}）`,
    en: (a) => `${s(a, 'year')}: ${s(a, 'field')} (${s(a, 'value')}) is larger than ${s(a, 'whole')} (${s(a, 'limit')})`,
  },
  'indicator-consistency.negative': {
    zh: (a) => `${s(a, 'year')} 年 ${s(a, 'field')} 为负数（${s(a, 'value')}）`,
    en: (a) => `${s(a, 'year')}: ${s(a, 'field')} is negative (${s(a, 'value')})`,
  },
  'indicator-consistency.share': {
    zh: (a) => `${s(a, 'year')} 年全国细分市场占有率 ${s(a, 'value')}% 超过 100%`,
    en: (a) => `${s(a, 'year')}: national market share ${s(a, 'value')}% is above 100%`,
  },
  'indicator-consistency.duplicate': {
    zh: (a) => `企业 ${s(a, 'code')} 的 ${s(a, 'year')} 年指标重复（首次见于 ${s(a, 'first')}），评估只采用第一条`,
    en: (a) => `a second ${s(a, 'year')} indicators row for ${s(a, 'code')} (first at ${s(a, 'first')}); assessments read only the first`,
  },
});

type NumKey = 'revenue' | 'main_revenue' | 'rd_expense' | 'total_assets' | 'total_liabilities' | 'equity_financing' | 'employees' | 'rd_staff' | 'class1_ip' | 'class1_ip_own' | 'class1_ip_high_value';

/** [part, whole]: the part can never exceed the whole. */
const PARTS: readonly [NumKey, NumKey][] = [
  ['main_revenue', 'revenue'], ['rd_expense', 'revenue'], ['rd_staff', 'employees'], ['class1_ip_own', 'class1_ip'], ['class1_ip_high_value', 'class1_ip'],
];
const NON_NEGATIVE: readonly NumKey[] = ['revenue', 'main_revenue', 'rd_expense', 'total_assets', 'total_liabilities', 'equity_financing', 'employees', 'rd_staff'];

export default defineRule({
  id: 'indicator-consistency',
  description: {
    zh: '指标行数据自相矛盾：主营业务收入大于营业收入、研发人员多于职工、资产为负、市场占有率超过 100% 等',
    en: 'impossible figures: main revenue > revenue, R&D staff > employees, negative assets, share > 100 % …',
  },
  defaultSeverity: 'error',
  check({ data, report }) {
    const first = new Map<string, Indicators>();
    for (const row of data.indicators) {
      const at = (field: string) => ({ origin: row.origin, field });
      const shown = (field: NumKey | 'market_share_pct'): string => row.origin.raw?.[field] ?? fmtNum(row[field] ?? 0);
      const key = `${row.creditCode}\u0000${row.year}`;
      const earlier = first.get(key);
      if (earlier) {
        const where = `${earlier.origin.loc.file}:${earlier.origin.loc.line}`;
        report({ code: 'indicator-consistency.duplicate', args: { code: row.creditCode, year: row.year, first: where }, at: at('year'), value: String(row.year), expected: `one row per enterprise and year (first at ${where})` });
        continue;
      }
      first.set(key, row);
      for (const field of NON_NEGATIVE) {
        const v = row[field];
        if (v !== undefined && v < 0) report({ code: 'indicator-consistency.negative', args: { year: row.year, field, value: fmtNum(v) }, at: at(field), value: shown(field), expected: '≥ 0' });
      }
      for (const [part, whole] of PARTS) {
        const [p, w] = [row[part], row[whole]];
        if (p === undefined || w === undefined || p <= w) continue;
        const args = { year: row.year, field: part, value: fmtNum(p), whole, limit: fmtNum(w) };
        report({ code: 'indicator-consistency.exceeds', args, at: at(part), value: shown(part), expected: `≤ ${whole} (${fmtNum(w)})` });
      }
      const share = row.market_share_pct;
      if (share !== undefined && share > 100) report({ code: 'indicator-consistency.share', args: { year: row.year, value: fmtNum(share) }, at: at('market_share_pct'), value: shown('market_share_pct'), expected: '0–100' });
    }
  },
});
