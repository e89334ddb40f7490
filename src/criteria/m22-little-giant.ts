/**
 * 专精特新“小巨人” (M22 annex 3, with N task 3–6 as guidance), all of 专 精 特 新 链 品. The R&D
 * criterion 新(a) depends on last-year revenue: ≥ 1亿 → ≥ 3% in each of the last 2 years; 5000万–1亿 →
 * ≥ 6% in each; < 5000万 → equity ≥ 8000 万元 in 2 years AND R&D ≥ 3000 万元 AND R&D staff ≥ 50%.
 * A direct route (national S&T award top 3 or 创客中国 national top 50 in 3 years) replaces (a)–(c).
 */
import { gte } from './bands.js';
import {
  CORE_SYSTEMS, MANAGEMENT_STANDARDS, PRODUCT_CERTIFICATIONS, type RdInstitution, awardCriterion, eligibility, hasToken,
  institutionCriterion, isFocusArea, isMakersChina, isScienceAward, listCriterion, matchesAny, nicheYears,
} from './common.js';
import { type Base, allOf, anyOf, flag, result, threshold } from './evaluate.js';
import type { Facts } from './facts.js';
import { EQUITY_WORDS, RD_WORDS, debtRatio, lastYears, mainGrowth, mainShare, rdRatio, rdStaffShare, sumAtLeast } from './finance.js';
import { fmtNum, fmtUnit } from './format.js';
import { class1IpCriterion } from './ip.js';
import type { CriterionResult } from './types.js';

export interface LittleGiantTable {
  nicheYears: number;
  mainShare: number;
  mainGrowth: number;
  debtMax: number;
  marketShare: number;
  /** 新(a), best first: revenue ≥ revenueFrom 万元 → R&D ≥ ratio % in each of the last 2 years. */
  rdBands: { revenueFrom: number; ratio: number }[];
  /** 新(a) below the lowest band. */
  lowBand: { equity: number; rdTotal: number; rdStaff: number };
  institutions: RdInstitution[];
  class1Ip: number;
  direct: { nationalAwardRank: number; makersChinaRank: number };
}

function rdIntensity(f: Facts, t: LittleGiantTable): CriterionResult {
  const base: Base = { id: 'rd-intensity', group: '新' };
  const y = f.lastYear;
  const revenue = f.num('revenue', y);
  if (revenue.value === undefined) return result(base, 'unknown', { missing: revenue.missing, required: '按营业收入分档 / by revenue band' });
  const rev = fmtUnit(revenue.value, '万元');
  const band = t.rdBands.find((b) => gte(revenue.value ?? 0, b.revenueFrom));
  if (band !== undefined) {
    const from = fmtUnit(band.revenueFrom, '万元');
    return rdRatio(f, {
      ...base,
      note: {
        zh: `上年度营业收入 ${rev} ≥ ${from}：近两年研发费用占比均须 ≥ ${fmtNum(band.ratio)}%`,
        en: `last-year revenue ${rev} ≥ ${from}: R&D ≥ ${fmtNum(band.ratio)}% of revenue in each of the last 2 years`,
      },
    }, band.ratio, lastYears(y, 2));
  }
  const low = t.lowBand;
  const period = f.config.lgRdPeriod ?? 'two-year-total';
  const rdNote = period === 'two-year-total'
    ? { zh: '原文未写明期间，按近两年合计（可配置 lgRdPeriod）', en: 'period not stated in M22 annex 3: 2-year total used (configurable: lgRdPeriod)' }
    : { zh: '原文未写明期间，按上年度（配置 lgRdPeriod）', en: 'period not stated in M22 annex 3: last year used (config lgRdPeriod)' };
  return allOf(base, [
    sumAtLeast(f, { id: 'rd-intensity.equity', group: '新' }, 'equity_financing', lastYears(y, 2), low.equity, EQUITY_WORDS),
    sumAtLeast(f, { id: 'rd-intensity.rd-total', group: '新', note: rdNote }, 'rd_expense', lastYears(y, period === 'two-year-total' ? 2 : 1), low.rdTotal, RD_WORDS),
    rdStaffShare(f, { id: 'rd-intensity.rd-staff', group: '新' }, low.rdStaff),
  ], {
    note: {
      zh: `上年度营业收入 ${rev} < ${fmtUnit(t.rdBands.at(-1)?.revenueFrom ?? 0, '万元')}：须同时满足股权融资、研发费用与研发人员条件`,
      en: `last-year revenue ${rev} < ${fmtUnit(t.rdBands.at(-1)?.revenueFrom ?? 0, '万元')}: equity, R&D and R&D-staff conditions all apply`,
    },
  });
}

function innovation(f: Facts, t: LittleGiantTable): CriterionResult {
  const g = (id: Base['id']): Base => ({ id, group: '新' });
  const general = allOf(g('innovation.general'), [
    rdIntensity(f, t),
    institutionCriterion(f, g('rd-institution'), t.institutions),
    class1IpCriterion(f, g('class1-ip'), t.class1Ip),
  ]);
  const d = t.direct;
  const direct = awardCriterion(
    f, g('innovation.direct'), `national S&T ≤ #${d.nationalAwardRank} | 创客中国 ≤ #${d.makersChinaRank}`,
    (a) => isScienceAward(['national'], d.nationalAwardRank)(a) || isMakersChina(d.makersChinaRank)(a),
  );
  return anyOf(g('innovation'), [general, direct]);
}

function chainRole(f: Facts): CriterionResult {
  const fact = f.own('chain_role');
  const base: Base = { id: 'chain-role', group: '链' };
  const required = '补短板 | 锻长板 | 填空白';
  if (fact.value === undefined) return result(base, 'unknown', { required, missing: fact.missing });
  return result(base, 'pass', { required, actual: fact.value, sources: fact.sources });
}

function focusArea(f: Facts): CriterionResult {
  const fact = f.own('focus_area');
  const base: Base = { id: 'focus-area', group: '品' };
  const required = '六基 | 十大重点产业 | 网络强国';
  if (fact.value === undefined) return result(base, 'unknown', { required, missing: fact.missing });
  return result(base, isFocusArea(fact.value) ? 'pass' : 'fail', { required, actual: fact.value, sources: fact.sources });
}

export function evaluateLittleGiant(f: Facts, t: LittleGiantTable): CriterionResult[] {
  const g = (id: Base['id'], group: string): Base => ({ id, group });
  return [
    ...eligibility(f),
    nicheYears(f, t.nicheYears, '专'),
    mainShare(f, g('main-share', '专'), t.mainShare),
    mainGrowth(f, g('main-growth', '专'), t.mainGrowth),
    listCriterion(g('digital', '精'), f.status('digital_systems'), (v) => hasToken(v, CORE_SYSTEMS), 'CAX | CAM | ERP | OA | CRM | SRM …'),
    listCriterion(
      g('certification', '精'), f.status('certifications'),
      (v) => matchesAny(v, MANAGEMENT_STANDARDS) || hasToken(v, PRODUCT_CERTIFICATIONS), 'ISO9001 | ISO14001 | ISO45001 | UL | CSA | ETL | GS …',
    ),
    debtRatio(f, g('debt-ratio', '精'), t.debtMax),
    threshold(g('market-share', '特'), { fact: f.status('market_share_pct'), op: '>=', limit: t.marketShare, unit: '%' }),
    flag(g('own-brand', '特'), f.status('own_brand'), true),
    innovation(f, t),
    chainRole(f),
    focusArea(f),
    flag({ id: 'audit-filed', group: '精', severity: 'advisory' }, f.status('audit_filed'), true),
  ];
}
