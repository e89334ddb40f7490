/**
 * Ruleset `miit-2026` — PROVISIONAL. 工信部企业〔2026〕2号《优质中小企业梯度培育管理办法》 was released on
 * 2026-01-17; the figures below rest on secondary sources (DOMAIN.md marks them "?") and every output
 * says so. No national score table: the 发展评价得分 (工信厅企业〔2024〕75号) is an input (`dev_score`).
 * No direct routes. A confirmed text is a change of the numbers in these tables.
 */
import { isValidOn } from '../model/dataset-index.js';
import type { TierId } from '../model/types.js';
import { type RdInstitution, awardCriterion, eligibility, holdsTier, institutionCriterion, isScienceAward, nicheYears } from './common.js';
import { type Base, anyOf, assemble, result, threshold } from './evaluate.js';
import { Facts } from './facts.js';
import { EQUITY_WORDS, RD_WORDS, debtRatio, lastYears, mainShare, rdAmount, rdRatio, sumAtLeast } from './finance.js';
import { fmtNum } from './format.js';
import { class1IpCriterion } from './ip.js';
import { evaluateInnovative } from './m22-innovative.js';
import { M22_INNOVATIVE, evaluateM22 } from './miit-2022.js';
import type { AssessInput, CriterionResult, Ruleset, RulesetId, Text, TierAssessment } from './types.js';

export const M26 = {
  released: '2026-01-17', // confirmed
  effective: '2026-04-01', // (?)
  /** 2026 小巨人 renewals (复核) still use miit-2022 (?). */
  m22LittleGiantRenewalYears: [2026],
};

/** 专精特新中小企业 (?). */
export const M26_SRDI = {
  nicheYears: 3,
  revenue: 1500, // 上年度营业收入 1500 万元以上
  equityAlt: 2000, // 或近两年股权融资 2000 万元以上
  mainShare: 80,
  debtMax: 80, // 上年末资产负债率
  rdAmount: 100, // 近两年每年研发费用 ≥ 100 万元
  rdRatio: 3, // 且每年占营业收入 ≥ 3%
  class1Ip: 1, // ≥ 1 项Ⅰ类知识产权在用
  ipWaiver: { awardLevels: ['provincial', 'national'], awardRank: 3, institutions: ['provincial', 'national'] },
  devScore: 50, // 发展评价得分 (renewal: either of the last 2 years)
} satisfies Table;

/** 专精特新“小巨人” (?). */
export const M26_LITTLE_GIANT = {
  nicheYears: 3,
  revenue: 5000, // 上年度营业收入 5000 万元以上
  mainShare: 90,
  revenueCagr: 5, // 近两年营业收入复合增长率 ≥ 5% (not tested on renewal)
  debtMax: 75,
  rdTotal: 1200, // 近两年研发费用合计 ≥ 1200 万元
  rdRatio: 3, // 且每年 ≥ 3%
  class1Ip: 4,
  ipWaiver: { awardLevels: ['national'], awardRank: 3, institutions: [] },
  marketShare: 10, // 全国细分市场占有率 ≥ 10%
  marketRank: 3, // 或全国前三
  devScore: 60,
} satisfies Table;

interface Table {
  nicheYears: number;
  revenue: number;
  equityAlt?: number;
  mainShare: number;
  revenueCagr?: number;
  debtMax: number;
  rdAmount?: number;
  rdTotal?: number;
  rdRatio: number;
  class1Ip: number;
  ipWaiver: { awardLevels: ('national' | 'provincial')[]; awardRank: number; institutions: RdInstitution[] };
  marketShare?: number;
  marketRank?: number;
  devScore: number;
}

const PROVISIONAL: Text = {
  zh: '暂行口径：miit-2026（工信部企业〔2026〕2号）数值来自二手资料，尚未与原文核对',
  en: 'provisional: miit-2026 (工信部企业〔2026〕2号) figures come from secondary sources and are not confirmed',
};

/**
 * 发展评价得分 of year(asOf) (falling back to the last fiscal year's row, where platform scores are
 * often recorded); on renewal the better of the two years counts.
 */
function devScore(f: Facts, min: number, renewal: boolean): CriterionResult {
  const base: Base = { id: 'dev-score', group: 'conditions' };
  const [now, before] = [f.num('dev_score', f.asOfYear), f.num('dev_score', f.lastYear)];
  const known = [now, before].filter((x) => x.value !== undefined);
  const pick = renewal ? known.sort((a, b) => (b.value ?? 0) - (a.value ?? 0))[0] : known[0];
  const fact = pick ?? { value: undefined, missing: now.missing, sources: [] };
  return threshold(renewal ? { ...base, note: { zh: '复核：近两年任一年达标即可', en: 'renewal: either of the last 2 years counts' } } : base, { fact, op: '>=', limit: min, unit: '分' });
}

function ipOrWaiver(f: Facts, t: Table): CriterionResult {
  const w = t.ipWaiver;
  const routes = [
    class1IpCriterion(f, { id: 'class1-ip', group: 'conditions' }, t.class1Ip),
    awardCriterion(f, { id: 'waiver.award', group: 'conditions' }, `${w.awardLevels.join(' | ')} ≤ #${w.awardRank}`, isScienceAward(w.awardLevels, w.awardRank)),
  ];
  if (w.institutions.length > 0) routes.push(institutionCriterion(f, { id: 'waiver.rd-institution', group: 'conditions' }, w.institutions));
  return anyOf({ id: 'ip', group: 'conditions' }, routes);
}

function marketPosition(f: Facts, share: number, rank: number): CriterionResult {
  const c = (id: Base['id']): Base => ({ id, group: 'conditions' });
  const r = f.status('market_rank');
  const rankResult =
    r.value === undefined
      ? result(c('market-rank'), 'unknown', { required: `≤ #${rank}`, missing: r.missing })
      : result(c('market-rank'), r.value <= rank ? 'pass' : 'fail', { required: `≤ #${rank}`, actual: `#${fmtNum(r.value)}`, sources: r.sources });
  const shareResult = threshold(c('market-share'), { fact: f.status('market_share_pct'), op: '>=', limit: share, unit: '%' });
  return anyOf(c('market-position'), [shareResult, rankResult]);
}

function srdi(f: Facts, input: AssessInput, renewal: boolean): CriterionResult[] {
  const t = M26_SRDI;
  const y = f.lastYear;
  const c = (id: Base['id']): Base => ({ id, group: 'conditions' });
  return [
    ...eligibility(f),
    holdsTier(input, 'innovative'),
    nicheYears(f, t.nicheYears, 'conditions'),
    anyOf(c('revenue'), [
      threshold(c('revenue.amount'), { fact: f.num('revenue', y), op: '>=', limit: t.revenue, unit: '万元', year: y }),
      sumAtLeast(f, c('revenue.equity'), 'equity_financing', lastYears(y, 2), t.equityAlt, EQUITY_WORDS),
    ]),
    mainShare(f, c('main-share'), t.mainShare),
    debtRatio(f, c('debt-ratio'), t.debtMax),
    rdAmount(f, c('rd-amount'), t.rdAmount, lastYears(y, 2)),
    rdRatio(f, c('rd-ratio'), t.rdRatio, lastYears(y, 2)),
    ipOrWaiver(f, t),
    devScore(f, t.devScore, renewal),
  ];
}

function littleGiant(f: Facts, input: AssessInput, renewal: boolean): CriterionResult[] {
  const t = M26_LITTLE_GIANT;
  const y = f.lastYear;
  const c = (id: Base['id']): Base => ({ id, group: 'conditions' });
  const cagr: Base = renewal
    ? { ...c('revenue-cagr'), severity: 'advisory', note: { zh: '复核时不考核', en: 'not tested on renewal (复核)' } }
    : c('revenue-cagr');
  return [
    ...eligibility(f),
    holdsTier(input, 'srdi'),
    nicheYears(f, t.nicheYears, 'conditions'),
    threshold(c('revenue.amount'), { fact: f.num('revenue', y), op: '>=', limit: t.revenue, unit: '万元', year: y }),
    mainShare(f, c('main-share'), t.mainShare),
    threshold(cagr, { fact: f.averageGrowth('revenue', y, 'cagr'), op: '>=', limit: t.revenueCagr, unit: '%', year: y }),
    debtRatio(f, c('debt-ratio'), t.debtMax),
    sumAtLeast(f, c('rd-total'), 'rd_expense', lastYears(y, 2), t.rdTotal, RD_WORDS),
    rdRatio(f, c('rd-ratio'), t.rdRatio, lastYears(y, 2)),
    ipOrWaiver(f, t),
    marketPosition(f, t.marketShare, t.marketRank),
    devScore(f, t.devScore, renewal),
  ];
}

export function evaluateM26(input: AssessInput, tier: TierId): TierAssessment {
  const f = new Facts(input);
  const ruleset: RulesetId = 'miit-2026';
  const renewal = input.recognitions.some((r) => r.tier === tier && isValidOn(r, input.asOf));
  const notes: Text[] = [PROVISIONAL];
  if (input.asOf < M26.effective) {
    notes.push({ zh: `工信部企业〔2026〕2号自 ${M26.effective} 起施行（?），评估日尚未生效`, en: `工信部企业〔2026〕2号 applies from ${M26.effective} (?), after the assessment date` });
  }
  const common = { tier, ruleset, provisional: true, input };
  if (tier === 'innovative') {
    notes.push({
      zh: '2026 版“科技和创新型中小企业”标准未收录，暂按 miit-2022 附件1 评价',
      en: 'the 2026 科技和创新型中小企业 standard is not on file: miit-2022 annex 1 is applied',
    });
    return assemble({ ...common, ...evaluateInnovative(f, M22_INNOVATIVE), notes });
  }
  if (tier === 'little-giant' && renewal && M26.m22LittleGiantRenewalYears.includes(f.asOfYear)) {
    const m22 = evaluateM22(input, tier);
    notes.push({ zh: `${f.asOfYear} 年“小巨人”复核仍适用 miit-2022 标准（?）`, en: `小巨人 renewals (复核) in ${f.asOfYear} still use the miit-2022 criteria (?)` });
    return { ...m22, ruleset, provisional: true, notes: [...notes, ...m22.notes] };
  }
  const criteria = tier === 'srdi' ? srdi(f, input, renewal) : littleGiant(f, input, renewal);
  if (renewal) notes.push({ zh: '复核（已持有该层级有效认定）', en: 'renewal (复核): the enterprise holds a valid recognition of this tier' });
  return assemble({ ...common, criteria, notes });
}

export const miit2026: Ruleset = {
  id: 'miit-2026',
  provisional: true,
  label: { zh: '工信部企业〔2026〕2号（暂行口径，待原文确认）', en: '工信部企业〔2026〕2号 (provisional, not confirmed)' },
  evaluate: evaluateM26,
};
