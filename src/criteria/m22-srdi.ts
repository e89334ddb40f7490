/**
 * 专精特新中小企业 (M22 annex 2), all of: niche ≥ 2 y; last-year R&D ≥ 100 万元 and ≥ 3%; revenue
 * ≥ 1000 万元 or 2-year equity ≥ 2000 万元; and score ≥ 60 or a direct route. hh-srdi computes the 85
 * nationally defined points; 特色化 (15, provincial) is the input `srdi_tese_score`; a given
 * `srdi_score` overrides the computation and says so.
 */
import { type BandTable, type ItemEval, type ItemSpec, bandItem, maxPoints, scoreSection } from './bands.js';
import { type RdInstitution, QUALITY_STANDARDS, awardCriterion, eligibility, isFocusArea, isMakersChina, isScienceAward, matchesAny, nicheYears } from './common.js';
import { type Base, anyOf, threshold } from './evaluate.js';
import type { Facts } from './facts.js';
import { EQUITY_WORDS, RD_WORDS, lastYears, rdAmount, rdRatio, sumAtLeast } from './finance.js';
import { fmtNum } from './format.js';
import { ipLadder } from './ip.js';
import { assembleScore, scoreCriterion } from './score.js';
import type { CriterionResult, Score } from './types.js';
import type { Award } from '../model/types.js';

export interface SrdiTable {
  nicheYears: number;
  rdAmount: number;
  rdRatio: number;
  revenue: number;
  /** Revenue below `revenue` is made up for by equity financing over 2 years, 万元. */
  equityAlt: number;
  direct: { provincialAwardRank: number; nationalAwardRank: number; rdAverage: number; equity: number; makersChinaRank: number };
  pass: number;
  teseMax: number;
  bands: {
    mainShare: BandTable;
    growth: BandTable;
    niche: { perTwoYears: number; max: number };
    field: { chain: number; foundation: number };
    digital: BandTable;
    quality: { perItem: number; max: number };
    netMargin: BandTable;
    debt: BandTable;
    ip: [number, number, number, number];
    rdAmount: BandTable;
    rdRatio: BandTable;
    rdStaff: BandTable;
    institution: Record<RdInstitution, number>;
  };
}

type B = SrdiTable['bands'];
const span = (lo: number, hi: number, missing: string[], actual?: string): ItemEval => ({ lo, hi, missing, sources: [], ...(actual !== undefined && { actual }) });

function nicheItem(f: Facts, t: B['niche']): ItemEval {
  const since = f.own('niche_since');
  if (since.value === undefined) return span(0, t.max, since.missing);
  const years = f.asOfYear - since.value;
  const points = Math.min(t.max, Math.max(0, Math.floor(years / 2) * t.perTwoYears));
  return { lo: points, hi: points, actual: `${years} 年`, missing: [], sources: since.sources };
}

/** Chain key link 5; 六基, 中华老字号 or serving a chain leader 3. `chain_role` has no "none", so its absence stays open. */
function fieldItem(f: Facts, t: B['field']): ItemEval {
  const role = f.own('chain_role');
  if (role.value !== undefined) return { lo: t.chain, hi: t.chain, actual: role.value, missing: [], sources: role.sources };
  const focus = f.own('focus_area');
  const foundation = focus.value !== undefined && isFocusArea(focus.value, ['六基']);
  const lesser = foundation || f.enterprise.time_honoured === true || f.enterprise.chain_leader_supplier === true;
  return lesser ? span(t.foundation, t.chain, role.missing, focus.value ?? '') : span(0, t.chain, [...role.missing, ...focus.missing]);
}

/** 3 points per item, at most 5: quality award, ISO9001-type certification, own brand, a standard. */
function qualityItem(f: Facts, t: B['quality']): ItemEval {
  const award = f.status('quality_award');
  const certs = f.status('certifications');
  const brand = f.status('own_brand');
  const standards = f.status('standards');
  const checks = [
    { ok: award.value === undefined ? undefined : award.value !== 'none', fact: award, name: `award ${award.value}` },
    { ok: certs.value?.some((c) => matchesAny(c, QUALITY_STANDARDS)), fact: certs, name: 'ISO9001' },
    { ok: brand.value, fact: brand, name: 'brand' },
    { ok: standards.value === undefined ? undefined : standards.value >= 1, fact: standards, name: `standards ${standards.value}` },
  ];
  const yes = checks.filter((c) => c.ok === true);
  const open = checks.filter((c) => c.ok === undefined);
  return {
    lo: Math.min(t.max, yes.length * t.perItem),
    hi: Math.min(t.max, (yes.length + open.length) * t.perItem),
    actual: yes.map((c) => c.name).join(', ') || '—',
    missing: open.flatMap((c) => c.fact.missing),
    sources: yes.flatMap((c) => c.fact.sources),
  };
}

/** The better of the amount and the ratio bands. */
function rdItem(f: Facts, b: B): ItemEval {
  const amount = bandItem(f.num('rd_expense', f.lastYear), b.rdAmount, '万元');
  const ratio = bandItem(f.ratio('rd_expense', 'revenue', f.lastYear), b.rdRatio, '%');
  const better = amount.lo >= ratio.lo ? amount : ratio;
  return { ...better, lo: Math.max(amount.lo, ratio.lo), hi: Math.max(amount.hi, ratio.hi), missing: [...amount.missing, ...ratio.missing], sources: [...amount.sources, ...ratio.sources] };
}

function digitalItem(f: Facts, t: BandTable): ItemEval {
  const level = f.status('digital_level');
  return { ...bandItem(level, t, '分'), ...(level.value !== undefined && { actual: `L${level.value}` }) };
}

function institutionItem(f: Facts, t: B['institution']): ItemEval {
  const fact = f.status('rd_institution');
  if (fact.value === undefined) return span(0, Math.max(...Object.values(t)), fact.missing);
  return { lo: t[fact.value], hi: t[fact.value], actual: fact.value, missing: [], sources: fact.sources };
}

function teseItem(f: Facts, max: number): ItemEval {
  const fact = f.status('srdi_tese_score');
  if (fact.value === undefined) return span(0, max, fact.missing);
  const points = Math.min(max, Math.max(0, fact.value));
  return { lo: points, hi: points, actual: fmtNum(fact.value), missing: [], sources: fact.sources };
}

export function srdiScore(f: Facts, t: SrdiTable): Score {
  const y = f.lastYear;
  const b = t.bands;
  const method = f.config.srdiGrowthAverage ?? 'mean-of-rates';
  const item = (id: string, zh: string, en: string, max: number, r: ItemEval): ItemSpec => ({ id, label: { zh, en }, max, result: r });
  const computed = scoreSection('computed', { zh: '全国统一指标（85 分）', en: 'national indicators (85)' }, [
    item('main-share', '主营业务收入占营业收入比重', 'main revenue / revenue', maxPoints(b.mainShare), bandItem(f.ratio('main_revenue', 'revenue', y), b.mainShare, '%')),
    item('growth', '近两年主营业务收入平均增长率', '2-year average main-revenue growth', maxPoints(b.growth), bandItem(f.averageGrowth('main_revenue', y, method), b.growth, '%')),
    item('niche', '从事特定细分市场年限', 'years in the niche market', b.niche.max, nicheItem(f, b.niche)),
    item('field', '主导产品所属领域情况', 'main product field', b.field.chain, fieldItem(f, b.field)),
    item('digital', '数字化水平', 'digitalisation level', maxPoints(b.digital), digitalItem(f, b.digital)),
    item('quality', '质量管理水平', 'quality management', b.quality.max, qualityItem(f, b.quality)),
    item('net-margin', '上年度净利润率', 'last-year net profit margin', maxPoints(b.netMargin), bandItem(f.ratio('net_profit', 'revenue', y), b.netMargin, '%')),
    item('debt', '上年度资产负债率', 'last-year debt ratio', maxPoints(b.debt), bandItem(f.ratio('total_liabilities', 'total_assets', y), b.debt, '%')),
    item('ip', '与主导产品相关的有效知识产权', 'IP tied to the main product', b.ip[0], ipLadder(f, b.ip)),
    item('rd', '上年度研发费用投入', 'last-year R&D', maxPoints(b.rdAmount), rdItem(f, b)),
    item('rd-staff', '研发人员占比', 'R&D staff / employees', maxPoints(b.rdStaff), bandItem(f.ratio('rd_staff', 'employees', y), b.rdStaff, '%')),
    item('institution', '建立研发机构级别', 'R&D institution level', Math.max(...Object.values(b.institution)), institutionItem(f, b.institution)),
  ]);
  const tese = scoreSection('tese', { zh: '特色化指标（省定，输入）', en: '特色化 (provincial, input)' }, [
    item('tese', '特色化指标', '特色化 score', t.teseMax, teseItem(f, t.teseMax)),
  ]);
  const score = assembleScore([computed, tese], t.pass);
  const given = f.status('srdi_score');
  if (given.value === undefined) return score;
  const year = given.sources[0]?.year ?? f.lastYear;
  const part = computed.points !== undefined ? fmtNum(computed.points) : `${computed.range[0]}–${computed.range[1]}`;
  return {
    ...score,
    basis: 'input',
    input: { field: 'srdi_score', value: given.value, year },
    note: {
      zh: `采用输入的 srdi_score ${fmtNum(given.value)}（覆盖计算得分；计算的全国统一指标部分为 ${part}）`,
      en: `the given srdi_score ${fmtNum(given.value)} overrides the computed score (computed 85-point part: ${part})`,
    },
  };
}

export function evaluateSrdi(f: Facts, t: SrdiTable): { criteria: CriterionResult[]; score: Score } {
  const y = f.lastYear;
  const d = t.direct;
  const fin = (id: Base['id']): Base => ({ id, group: 'conditions' });
  const score = srdiScore(f, t);
  const revenue = anyOf(fin('revenue'), [
    threshold(fin('revenue.amount'), { fact: f.num('revenue', y), op: '>=', limit: t.revenue, unit: '万元', year: y }),
    sumAtLeast(f, fin('revenue.equity'), 'equity_financing', lastYears(y, 2), t.equityAlt, EQUITY_WORDS),
  ]);
  const award = (a: Award): boolean =>
    isScienceAward(['provincial'], d.provincialAwardRank)(a) || isScienceAward(['national'], d.nationalAwardRank)(a);
  const r = (id: Base['id']): Base => ({ id, group: 'route' });
  const rdAverage = { ...r('route.rd-average'), note: { zh: `年均 ≥ ${fmtNum(d.rdAverage)} 万元，即两年合计 ≥ ${fmtNum(2 * d.rdAverage)} 万元`, en: `an average ≥ ${fmtNum(d.rdAverage)} 万元 is a 2-year total ≥ ${fmtNum(2 * d.rdAverage)} 万元` } };
  const route = anyOf(r('route'), [
    awardCriterion(f, r('route.award'), `provincial ≤ #${d.provincialAwardRank} | national ≤ #${d.nationalAwardRank}`, award),
    sumAtLeast(f, rdAverage, 'rd_expense', lastYears(y, 2), 2 * d.rdAverage, RD_WORDS),
    sumAtLeast(f, r('route.equity'), 'equity_financing', lastYears(y, 2), d.equity, EQUITY_WORDS),
    awardCriterion(f, r('route.makers-china'), `national ≤ #${d.makersChinaRank}`, isMakersChina(d.makersChinaRank)),
    scoreCriterion(r('route.score'), score),
  ]);
  return {
    criteria: [
      ...eligibility(f),
      nicheYears(f, t.nicheYears, 'conditions'),
      rdAmount(f, fin('rd-amount'), t.rdAmount, [y]),
      rdRatio(f, fin('rd-ratio'), t.rdRatio, [y]),
      revenue,
      route,
    ],
    score,
  };
}
