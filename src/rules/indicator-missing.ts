/**
 * N task 10: every pool enterprise gets a 施工路线图, which needs the figures its target tier's
 * criteria read. Warns, at the pool entry, when the assessment of a pool member of the --as-of year
 * leaves criteria open for want of data — naming the fields most-blocking first (SPEC §3).
 */
import type { MessageArgs } from '../diagnostics.js';
import { DEFAULT_PLAN } from '../load/build.js';
import { registerMessages } from '../messages.js';
import { TIER_NAMES } from '../model/tiers.js';
import { assessTier } from '../reports/assess.js';
import { defineRule } from './define.js';
import { tierArgs } from './messages-plan.js';

const s = (a: MessageArgs, k: string): string => String(a[k] ?? '');

/** Fields named in the message; the rest are counted. */
const SHOWN = 5;

registerMessages({
  'indicator-missing': {
    zh: (a) => `${s(a, 'year')} 年${s(a, 'pool_zh')}种子库成员缺少${s(a, 'tier_zh')}认定条件所需的 ${s(a, 'count')} 项数据（${s(a, 'ruleset')}，按影响排序）：${s(a, 'fields')}`,
    en: (a) => `${s(a, 'year')} ${s(a, 'pool_en')} pool member lacks ${s(a, 'count')} ${a.count === 1 ? 'figure' : 'figures'} the ${s(a, 'tier_en')} criteria need (${s(a, 'ruleset')}, most blocking first): ${s(a, 'fields')}`,
  },
});

export default defineRule({
  id: 'indicator-missing',
  description: { zh: '种子库成员缺少目标层级认定条件所需的指标', en: "a pool member lacks the indicators its target tier's criteria need" },
  defaultSeverity: 'warn',
  check({ data, index, asOf, report }) {
    const year = Number(asOf.slice(0, 4));
    const ruleset = data.plan?.criteria ?? DEFAULT_PLAN.criteria;
    for (const pool of index.poolsOf(year)) {
      if (pool.status === 'withdrawn' || pool.status === 'recognized') continue;
      const enterprise = index.enterprise(pool.creditCode);
      if (!enterprise) continue; // unknown-enterprise reports it
      const { targetTier, assessment } = assessTier(index, enterprise, { asOf, ruleset, poolEntry: pool });
      const missing = assessment.missingFields;
      if (missing.length === 0) continue;
      const names = missing.map((m) => m.field);
      const more = names.length > SHOWN ? ` (+${names.length - SHOWN})` : '';
      const pooled = tierArgs(pool.tier);
      report({
        code: 'indicator-missing',
        args: { year, ...tierArgs(targetTier), pool_zh: pooled.tier_zh, pool_en: pooled.tier_en, ruleset, count: names.length, fields: `${names.slice(0, SHOWN).join(', ')}${more}` },
        at: { origin: pool.origin },
        value: names.join(', '),
        expected: { zh: `${TIER_NAMES[targetTier].short}认定条件所需的全部指标`, en: `every figure the ${targetTier} criteria read` },
      });
    }
  },
});
