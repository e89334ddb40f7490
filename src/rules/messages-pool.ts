/**
 * Messages of the seed-pool rules (issue 4), registered at import time. Tier names come in as
 * `tier_zh` / `tier_en` (see `tierArgs`); the date an entry is judged on comes in as `date` plus
 * `source` (`filed_on` or `as-of`), so every message says which date it used.
 */
import type { MessageArgs } from '../diagnostics.js';
import { registerMessages } from '../messages.js';
import type { TierId } from '../model/types.js';
import type { PoolProblem } from '../reports/pools.js';
import { tierArgs } from './messages-plan.js';

const s = (a: MessageArgs, k: string): string => String(a[k] ?? '');

/** "on 2026-01-06 (filing date)" / "on 2026-11-28 (the as-of date; no filed_on)". */
const onZh = (a: MessageArgs): string => `${s(a, 'date')}（${a.source === 'as-of' ? '评估日期；未填备案日期' : '备案日期'}）`;
const onEn = (a: MessageArgs): string => `${s(a, 'date')} (${a.source === 'as-of' ? 'the as-of date; no filed_on' : 'filing date'})`;

export function poolTierArgs(tier: TierId, prefix = ''): Record<string, string> {
  const t = tierArgs(tier);
  return { [`${prefix}tier_zh`]: t.tier_zh, [`${prefix}tier_en`]: t.tier_en };
}

/** The args of one pool-eligibility problem (numbers stay numbers; absent facts stay absent). */
export function problemArgs(p: PoolProblem): Record<string, string | number> {
  switch (p.kind) {
    case 'prerequisite':
      return { ...poolTierArgs(p.needs, 'needs_'), ...(p.next !== undefined && { next: p.next }), ...(p.lastEnded !== undefined && { ended: p.lastEnded }) };
    case 'patents':
      return {
        ruleset: p.ruleset,
        verdict: p.verdict,
        ...(p.patents !== undefined && { patents: p.patents }),
        ...(p.year !== undefined && { year: p.year }),
      };
    default:
      return {};
  }
}

const VERDICT: Record<string, { zh: string; en: string }> = {
  ready: { zh: '具备申报条件', en: 'ready' },
  'not-ready': { zh: '暂不具备申报条件', en: 'not ready' },
  'insufficient-data': { zh: '数据不足，无法判定', en: 'insufficient data' },
};

registerMessages({
  'pool-size': {
    zh: (a) =>
      `${s(a, 'county_zh')} ${s(a, 'year')} 年${s(a, 'tier_zh')}种子库：已入库 ${s(a, 'filed')} 家，应入库 ${s(a, 'required')} 家（${s(a, 'ratio')} × ${s(a, 'annual')}${a.annual_source === 'derived' ? '，年度目标为推算值' : ''}${a.rounded !== undefined ? '，向上取整' : ''}）— 差 ${s(a, 'missing')} 家`,
    en: (a) =>
      `${s(a, 'county_en')} ${s(a, 'year')} ${s(a, 'tier_en')} pool: ${s(a, 'filed')} filed, ${s(a, 'required')} required (${s(a, 'ratio')} × ${s(a, 'annual')}${a.annual_source === 'derived' ? ', derived' : ''}${a.rounded !== undefined ? ', rounded up' : ''}) — ${s(a, 'missing')} missing`,
  },
  'pool-deadline': {
    zh: (a) => `${s(a, 'year')} 年${s(a, 'tier_zh')}种子库于 ${s(a, 'filed')} 备案，晚于截止日期 ${s(a, 'deadline')}（逾期 ${s(a, 'days')} 天）`,
    en: (a) => `filed for the ${s(a, 'year')} ${s(a, 'tier_en')} pool on ${s(a, 'filed')}, after the ${s(a, 'deadline')} deadline (${s(a, 'days')} days late)`,
  },
  'pool-eligibility.prerequisite': {
    zh: (a) =>
      `${s(a, 'tier_zh')}种子库成员在 ${onZh(a)}未持有有效的${s(a, 'needs_tier_zh')}认定` +
      (a.next !== undefined ? `；其认定自 ${s(a, 'next')} 起才生效` : a.ended !== undefined ? `；上一次认定已于 ${s(a, 'ended')} 失效` : ''),
    en: (a) =>
      `${s(a, 'tier_en')} pool member holds no valid ${s(a, 'needs_tier_en')} recognition on ${onEn(a)}` +
      (a.next !== undefined ? `; its recognition starts only on ${s(a, 'next')}` : a.ended !== undefined ? `; the last one ended on ${s(a, 'ended')}` : ''),
  },
  'pool-eligibility.unwilling': {
    zh: () => '小巨人种子库成员无申报意愿（申报意愿：否）；通知只推荐有意愿申报的企业',
    en: () => 'little-giant pool member is not willing to apply (willing: false); N recommends willing enterprises only',
  },
  'pool-eligibility.willing-unknown': {
    zh: () => '小巨人种子库成员未填写申报意愿；通知只推荐有意愿申报的企业，请填写“是”或“否”',
    en: () => 'willingness not recorded for a little-giant pool member; N recommends willing enterprises only — fill in willing',
  },
  'pool-eligibility.patents': {
    zh: (a) =>
      `小巨人种子库成员在 ${onZh(a)}` +
      (a.patents !== undefined ? `仅有发明专利 ${s(a, 'patents')} 项（${s(a, 'year')} 年指标），不足 2 项` : `发明专利数未知（无 ${s(a, 'filed_year')} 年及以前的指标）`) +
      `，且不满足小巨人认定指标（${s(a, 'ruleset')}：${VERDICT[s(a, 'verdict')]?.zh ?? s(a, 'verdict')}）`,
    en: (a) =>
      `little-giant pool member on ${onEn(a)}: ` +
      (a.patents !== undefined ? `${s(a, 'patents')} invention patent${a.patents === 1 ? '' : 's'} (${s(a, 'year')} indicators), fewer than 2` : `invention patents unknown (no indicators up to ${s(a, 'filed_year')})`) +
      `, and the little-giant criteria are not met (${s(a, 'ruleset')}: ${VERDICT[s(a, 'verdict')]?.en ?? s(a, 'verdict')})`,
  },
  'pool-already-holds': {
    zh: (a) => `${s(a, 'tier_zh')}种子库成员在 ${onZh(a)}已持有有效的${s(a, 'held_tier_zh')}认定（${s(a, 'from')} 至 ${s(a, 'to')}），无需入库`,
    en: (a) => `${s(a, 'tier_en')} pool member already holds a valid ${s(a, 'held_tier_en')} recognition (${s(a, 'from')} to ${s(a, 'to')}) on ${onEn(a)}`,
  },
  'pool-county': {
    zh: (a) => `由 ${s(a, 'filed_by')} 备案入库，但企业在 ${onZh(a)}属于 ${s(a, 'belongs')}`,
    en: (a) => `filed by ${s(a, 'filed_by')}, but the enterprise belongs to ${s(a, 'belongs')} on ${onEn(a)}`,
  },
  'pool-duplicate': {
    zh: (a) => `企业 ${s(a, 'code')} 在 ${s(a, 'year')} 年${s(a, 'tier_zh')}种子库中重复出现（首次见于${a.first_file ? ` ${s(a, 'first_file')}` : ''}第 ${s(a, 'first_line')} 行）`,
    en: (a) => `enterprise ${s(a, 'code')} appears twice in the ${s(a, 'year')} ${s(a, 'tier_en')} pool (first ${a.first_file ? `in ${s(a, 'first_file')} ` : ''}on line ${s(a, 'first_line')})`,
  },
});
