/**
 * 创新型中小企业 (M22 annex 1): eligibility, then any direct route or a 100-point score ≥ 60 with the
 * sub-minimums 创新能力 ≥ 20, 成长性 ≥ 15, 专业化 ≥ 15. Thresholds come from the table in miit-2022.ts.
 */
import { type BandTable, type ItemEval, type ItemSpec, bandItem, maxPoints, scoreSection } from './bands.js';
import { type RdInstitution, awardCriterion, eligibility, institutionCriterion, isScienceAward, matchesAny } from './common.js';
import { type Base, anyOf, result } from './evaluate.js';
import type { Facts } from './facts.js';
import { EQUITY_WORDS, lastYears, sumAtLeast } from './finance.js';
import { fmtFlag, fmtList } from './format.js';
import { ipLadder } from './ip.js';
import { assembleScore, scoreCriterion } from './score.js';
import type { CriterionResult, Score } from './types.js';
import type { Award } from '../model/types.js';

export interface InnovativeTable {
  direct: {
    awardLevels: Award['level'][];
    /** Valid honours that qualify directly besides 高新技术企业 (matched within `honours`). */
    honours: string[];
    institutionLevels: RdInstitution[];
    /** Equity financing over the last 3 fiscal years, 万元. */
    equity: number;
  };
  pass: number;
  minimums: { innovation: number; growth: number; specialisation: number };
  bands: {
    ip: [number, number, number, number];
    rdRatio: BandTable;
    growth: BandTable;
    debt: BandTable;
    field: { strategic: number; other: number };
    mainShare: BandTable;
  };
}

/** 高新技术企业 (flag) or a listed honour such as 国家级技术创新示范企业, 知识产权优势/示范企业. */
function honourRoute(f: Facts, honours: readonly string[]): CriterionResult {
  const base: Base = { id: 'route.honour', group: 'route' };
  const hte = f.status('high_tech_enterprise');
  const listed = f.status('honours');
  const hits = (listed.value ?? []).filter((h) => matchesAny(h, honours));
  const required = ['高新技术企业', ...honours].join(' | ');
  if (hte.value === true) return result(base, 'pass', { required, actual: '高新技术企业', sources: hte.sources });
  if (hits.length > 0) return result(base, 'pass', { required, actual: fmtList(hits), sources: listed.sources });
  const actual = `${fmtFlag(hte.value ?? false)} / ${fmtList(listed.value ?? [])}`;
  if (hte.value === false && listed.value !== undefined) return result(base, 'fail', { required, actual, sources: [...hte.sources, ...listed.sources] });
  return result(base, 'unknown', { required, missing: [...hte.missing, ...listed.missing] });
}

function fieldItem(f: Facts, t: InnovativeTable['bands']['field']): ItemEval {
  const fact = f.status('strategic_emerging');
  if (fact.value === undefined) return { lo: t.other, hi: t.strategic, missing: fact.missing, sources: [] };
  const points = fact.value ? t.strategic : t.other;
  return { lo: points, hi: points, actual: fact.value ? '战略性新兴产业' : '—', missing: [], sources: fact.sources };
}

export function innovativeScore(f: Facts, t: InnovativeTable): Score {
  const y = f.lastYear;
  const b = t.bands;
  const item = (id: string, zh: string, en: string, max: number, r: ItemEval): ItemSpec => ({ id, label: { zh, en }, max, result: r });
  const sections = [
    scoreSection('innovation', { zh: '创新能力', en: 'innovation' }, [
      item('ip', '与主导产品相关的有效知识产权', 'IP tied to the main product', b.ip[0], ipLadder(f, b.ip)),
      item('rd-ratio', '上年度研发费用占营业收入比重', 'last-year R&D / revenue', maxPoints(b.rdRatio), bandItem(f.ratio('rd_expense', 'revenue', y), b.rdRatio, '%')),
    ], t.minimums.innovation),
    scoreSection('growth', { zh: '成长性', en: 'growth' }, [
      item('growth', '上年度主营业务收入增长率', 'last-year main-revenue growth', maxPoints(b.growth), bandItem(f.growth('main_revenue', y), b.growth, '%')),
      item('debt', '上年度资产负债率', 'last-year debt ratio', maxPoints(b.debt), bandItem(f.ratio('total_liabilities', 'total_assets', y), b.debt, '%')),
    ], t.minimums.growth),
    scoreSection('specialisation', { zh: '专业化', en: 'specialisation' }, [
      item('field', '主导产品所属领域', 'main product field', b.field.strategic, fieldItem(f, b.field)),
      item('main-share', '上年度主营业务收入占营业收入比重', 'last-year main revenue / revenue', maxPoints(b.mainShare), bandItem(f.ratio('main_revenue', 'revenue', y), b.mainShare, '%')),
    ], t.minimums.specialisation),
  ];
  return assembleScore(sections, t.pass);
}

export function evaluateInnovative(f: Facts, t: InnovativeTable): { criteria: CriterionResult[]; score: Score } {
  const score = innovativeScore(f, t);
  const d = t.direct;
  const routes = [
    awardCriterion(f, { id: 'route.award', group: 'route' }, d.awardLevels.join(' | '), isScienceAward(d.awardLevels)),
    honourRoute(f, d.honours),
    institutionCriterion(f, { id: 'route.rd-institution', group: 'route' }, d.institutionLevels),
    sumAtLeast(f, { id: 'route.equity', group: 'route' }, 'equity_financing', lastYears(f.lastYear, 3), d.equity, EQUITY_WORDS),
    scoreCriterion({ id: 'route.score', group: 'route' }, score),
  ];
  return { criteria: [...eligibility(f), anyOf({ id: 'route', group: 'route' }, routes)], score };
}
