/**
 * Messages of the plan and recognition rules (issue 3), registered at import time. Tier names come
 * in as `tier_zh` / `tier_en` args (see `tierArgs`), so one code renders in both languages.
 */
import type { MessageArgs } from '../diagnostics.js';
import { registerMessages } from '../messages.js';
import { TIER_NAMES } from '../model/tiers.js';
import type { TierId } from '../model/types.js';

const s = (a: MessageArgs, k: string): string => String(a[k] ?? '');

export function tierArgs(tier: TierId): { tier_zh: string; tier_en: string } {
  return { tier_zh: TIER_NAMES[tier].short, tier_en: tier };
}

registerMessages({
  'plan-arithmetic': {
    zh: (a) => `${s(a, 'county')} ${s(a, 'tier_zh')}：实有数 ${s(a, 'baseline')} + 新增数 ${s(a, 'increase')} = ${s(a, 'sum')}，但目标数为 ${s(a, 'target')}`,
    en: (a) => `${s(a, 'county')} ${s(a, 'tier_en')}: baseline ${s(a, 'baseline')} + increase ${s(a, 'increase')} = ${s(a, 'sum')}, but the target is ${s(a, 'target')}`,
  },
  'plan-total': {
    zh: (a) => `全州合计的${s(a, 'column_zh')}为 ${s(a, 'actual')}，各县市之和为 ${s(a, 'sum')}`,
    en: (a) => `the prefecture total's ${s(a, 'column_en')} is ${s(a, 'actual')}, the counties add up to ${s(a, 'sum')}`,
  },
  'plan-annual': {
    zh: (a) => `${s(a, 'county')} ${s(a, 'tier_zh')} 的年度增长目标合计 ${s(a, 'sum')}（${s(a, 'years')}），与三年新增数 ${s(a, 'increase')} 不符`,
    en: (a) => `the annual targets of ${s(a, 'county')} ${s(a, 'tier_en')} add up to ${s(a, 'sum')} (${s(a, 'years')}), the three-year increase is ${s(a, 'increase')}`,
  },
  'plan-annual.year': {
    zh: (a) => `年度 ${s(a, 'year')} 不在规划期 ${s(a, 'start')}–${s(a, 'end')} 内`,
    en: (a) => `year ${s(a, 'year')} is outside the plan period ${s(a, 'start')}–${s(a, 'end')}`,
  },
  'plan-annual.duplicate': {
    zh: (a) => `${s(a, 'county')} ${s(a, 'tier_zh')} ${s(a, 'year')} 年的年度目标重复（首次见于第 ${s(a, 'first')} 行）`,
    en: (a) => `a second ${s(a, 'year')} annual target for ${s(a, 'county')} ${s(a, 'tier_en')} (first on line ${s(a, 'first')})`,
  },
  'recognition-dates.order': {
    zh: (a) => `有效期至 ${s(a, 'expires')} 早于认定日期 ${s(a, 'recognized')}`,
    en: (a) => `expires_on ${s(a, 'expires')} is before recognized_on ${s(a, 'recognized')}`,
  },
  'recognition-dates.validity': {
    zh: (a) => `有效期 ${s(a, 'recognized')} 至 ${s(a, 'expires')} 不是 ${s(a, 'years')} 年，且未在 note（备注）中说明原因`,
    en: (a) => `validity ${s(a, 'recognized')} to ${s(a, 'expires')} is not ${s(a, 'years')} years and no note gives the reason`,
  },
  'recognition-dates.future': {
    zh: (a) => `${s(a, 'what_zh')} ${s(a, 'date')} 晚于评估日期 ${s(a, 'asOf')}`,
    en: (a) => `${s(a, 'what_en')} ${s(a, 'date')} is after the as-of date ${s(a, 'asOf')}`,
  },
  'recognition-dates.revoked': {
    zh: (a) => `撤销日期 ${s(a, 'revoked')} 不在有效期 ${s(a, 'recognized')} 至 ${s(a, 'expires')} 内`,
    en: (a) => `revoked_on ${s(a, 'revoked')} is outside the validity ${s(a, 'recognized')} to ${s(a, 'expires')}`,
  },
  'recognition-overlap': {
    zh: (a) => `${s(a, 'tier_zh')}认定（${s(a, 'start')}）与 ${s(a, 'prev_start')} 的认定（有效期至 ${s(a, 'prev_end')}）重叠；复核请标注 kind: renewal（复核）`,
    en: (a) => `${s(a, 'tier_en')} recognition of ${s(a, 'start')} overlaps the one of ${s(a, 'prev_start')} (valid to ${s(a, 'prev_end')}); mark a 复核 as kind: renewal`,
  },
  'recognition-expiring': {
    zh: (a) => `${s(a, 'tier_zh')}认定将于 ${s(a, 'expires')} 到期（距评估日 ${s(a, 'days')} 天），尚无复核记录`,
    en: (a) => `${s(a, 'tier_en')} recognition expires on ${s(a, 'expires')} (${s(a, 'days')} days after the as-of date) and no renewal (复核) is recorded`,
  },
  'ladder-prerequisite': {
    zh: (a) => `${s(a, 'date')} 认定为${s(a, 'tier_zh')}时未持有有效的${s(a, 'needs_zh')}认定`,
    en: (a) => `recognised ${s(a, 'tier_en')} on ${s(a, 'date')} without a valid ${s(a, 'needs_en')} recognition on that date`,
  },
});
