/**
 * Criteria every tier shares under both rulesets: SME status, compliance, the ladder prerequisite, the
 * niche-market years, award routes, and the lists (information systems, certifications, focus areas)
 * that declared fields are matched against.
 */
import { isValidOn } from '../model/dataset-index.js';
import { TIER_NAMES } from '../model/tiers.js';
import type { Award, Indicators } from '../model/types.js';
import { type Base, flag, result, threshold } from './evaluate.js';
import { type Fact, type Facts, known, provenance, unknown } from './facts.js';
import { fmtList, fmtNum, fmtUnit } from './format.js';
import type { AssessInput, CriterionResult, Text } from './types.js';

/** 工信部联企业〔2011〕300号, industry (工业): an SME has < 1000 staff or < 40 000 万元 revenue (DOMAIN.md). */
export const SME_INDUSTRY = {
  maxEmployees: 1000,
  maxRevenue: 40000,
  /** Best first: medium ≥ 300 staff and ≥ 2000 万元; small ≥ 20 and ≥ 300 万元; otherwise micro. */
  sizes: [
    { size: { zh: '中型', en: 'medium' }, employees: 300, revenue: 2000 },
    { size: { zh: '小型', en: 'small' }, employees: 20, revenue: 300 },
  ],
  micro: { zh: '微型', en: 'micro' },
};

/** N task 3: 研发设计（CAX）、生产制造（CAM）、经营管理（ERP/OA）、运维服务（CRM）、供应链管理（SRM）等. */
export const CORE_SYSTEMS = ['CAX', 'CAD', 'CAE', 'CAPP', 'CAM', 'ERP', 'OA', 'CRM', 'SRM', 'MES', 'PLM', 'PDM', 'SCM', 'WMS', 'APS', 'QMS', 'EAM', 'HRM'];
/** N task 5: 质量、环境、职业安全等管理体系认证 (ISO 9001 / 14001 / 45001 and their sector variants). */
export const MANAGEMENT_STANDARDS = ['9001', '14001', '45001', '18001', '16949', '13485', '9100', '27001', '50001', '22000', '20000'];
/** Quality-management certifications for the srdi quality item ("ISO9001-type"). */
export const QUALITY_STANDARDS = ['9001', '16949', '13485', '9100'];
/** N task 5: 发达国家和地区产品认证（UL、CSA、ETL、GS等）. */
export const PRODUCT_CERTIFICATIONS = ['UL', 'CSA', 'ETL', 'GS', 'VDE', 'TUV', 'PSE'];

/** N §二: the three focus areas and their items. */
export const FOCUS_AREAS = {
  六基: ['六基', '核心基础零部件', '元器件', '关键软件', '先进基础工艺', '关键基础材料', '产业技术基础'],
  十大重点产业: [
    '十大重点产业', '新一代信息技术', '高档数控机床', '机器人', '航空航天装备', '海洋工程装备', '高技术船舶',
    '先进轨道交通装备', '节能与新能源汽车', '电力装备', '农机装备', '新材料', '高性能医疗器械',
  ],
  网络强国: ['网络强国', '信息基础设施', '关键核心技术', '网络安全', '数据安全'],
};

const squash = (s: string): string => s.normalize('NFKC').replace(/[\s\-_/]/g, '').toUpperCase().replace('Ü', 'U');

/** The names values are matched against come from the rulesets' lists: each is squashed once. */
const SQUASHED_NAMES = new Map<string, string>();

export function matchesAny(value: string, names: readonly string[]): boolean {
  const v = squash(value);
  for (const name of names) {
    let n = SQUASHED_NAMES.get(name);
    if (n === undefined) SQUASHED_NAMES.set(name, (n = squash(name)));
    if (v.includes(n)) return true;
  }
  return false;
}

/** Certifications named as tokens (UL, GS…) must match a whole token, so "GSP" is not "GS". */
export function hasToken(value: string, tokens: readonly string[]): boolean {
  const parts = value.normalize('NFKC').toUpperCase().replace('Ü', 'U').split(/[^A-Z0-9]+/);
  return tokens.some((t) => parts.includes(t));
}

export function isFocusArea(value: string, areas: readonly (keyof typeof FOCUS_AREAS)[] = ['六基', '十大重点产业', '网络强国']): boolean {
  return areas.some((a) => matchesAny(value, FOCUS_AREAS[a]));
}

function sizeClass(employees: number, revenue: number): Text {
  const t = SME_INDUSTRY;
  if (employees >= t.maxEmployees && revenue >= t.maxRevenue) return { zh: '大型', en: 'large' };
  return t.sizes.find((s) => employees >= s.employees && revenue >= s.revenue)?.size ?? t.micro;
}

export function smeCriterion(f: Facts): CriterionResult {
  const base: Base = { id: 'sme', group: 'eligibility' };
  const declared = f.status('sme');
  if (declared.value !== undefined) {
    const note = { zh: '以申报的 sme 字段为准（覆盖工业企业规模标准）', en: 'the declared `sme` field overrides the industrial size test' };
    return flag({ ...base, note }, declared, true);
  }
  const t = SME_INDUSTRY;
  const emp = f.num('employees', f.lastYear);
  const rev = f.num('revenue', f.lastYear);
  const empOk = emp.value === undefined ? undefined : emp.value < t.maxEmployees;
  const revOk = rev.value === undefined ? undefined : rev.value < t.maxRevenue;
  const required = `< ${fmtNum(t.maxEmployees)} 人 | < ${fmtUnit(t.maxRevenue, '万元')}`;
  const parts = [emp.value !== undefined ? `${fmtNum(emp.value)} 人` : '?', rev.value !== undefined ? fmtUnit(rev.value, '万元') : '?'];
  const size = emp.value !== undefined && rev.value !== undefined ? sizeClass(emp.value, rev.value) : undefined;
  const actual = parts.join(' / ') + (size ? ` (${size.en})` : '');
  const common = { required, actual, year: f.lastYear };
  if (empOk === true || revOk === true) {
    return result(base, 'pass', { ...common, sources: empOk === true ? emp.sources : rev.sources });
  }
  if (empOk === false && revOk === false) {
    const note = { zh: `非中小企业（${size?.zh ?? ''}）：从业人员与营业收入均超出标准`, en: `not an SME (${size?.en ?? ''}): both staff and revenue exceed the limits` };
    return result(base, 'fail', { ...common, note, sources: [...emp.sources, ...rev.sources] });
  }
  return result(base, 'unknown', { ...common, missing: [...emp.missing, ...rev.missing], sources: [...emp.sources, ...rev.sources] });
}

/** N task 6: not on 经营异常名录 / 严重失信主体名单 — the latest statement decides. */
function listed(f: Facts, id: 'compliance.abnormal-operation' | 'compliance.serious-dishonest'): CriterionResult {
  const field = id === 'compliance.abnormal-operation' ? 'abnormal_operation' : 'serious_dishonest';
  return flag({ id, group: 'eligibility' }, f.status(field), false);
}

/** No major incident or tax evasion in 3 years: any flagged year in year(asOf) − 3 .. year(asOf) fails. */
function majorIncident(f: Facts): CriterionResult {
  const base: Base = { id: 'compliance.major-incident', group: 'eligibility' };
  const flagged = f.rowsStating('major_incident', f.asOfYear - 3, f.asOfYear).filter((r) => r.major_incident === true);
  const last = flagged.at(-1);
  if (last !== undefined) {
    return result(base, 'fail', { required: '✓', actual: '✗', year: last.year, sources: flagged.map((r) => provenance('major_incident', r)) });
  }
  return flag(base, f.status('major_incident'), false);
}

export function eligibility(f: Facts): CriterionResult[] {
  return [smeCriterion(f), listed(f, 'compliance.abnormal-operation'), listed(f, 'compliance.serious-dishonest'), majorIncident(f)];
}

/**
 * "从事特定细分市场时间达到N年以上": full years as of asOf, counted from the start of the year in
 * `niche_since` (its month is not recorded), i.e. year(asOf) − niche_since. Entering the niche in 2024
 * gives 2 years throughout 2026, and 3 years from 1 January 2027.
 */
export function nicheYears(f: Facts, min: number, group?: string): CriterionResult {
  const since = f.own('niche_since');
  const fact = since.value === undefined ? unknown<number>(since.missing) : known(f.asOfYear - since.value, since.sources);
  const from = (since.value ?? 0) + min;
  return threshold(
    { id: 'niche-years', ...(group !== undefined && { group }) },
    {
      fact,
      op: '>=',
      limit: min,
      unit: '年',
      shortfall: (years) => ({
        amount: min - years,
        unit: '年',
        text: {
          en: `${fmtNum(years)} years in the niche (since ${since.value}) < ${min} — eligible from ${from}`,
          zh: `从事细分市场 ${fmtNum(years)} 年（自 ${since.value} 年起）< ${min} 年 — ${from} 年起满足`,
        },
      }),
    },
  );
}

/** The ladder (M26): holds a valid recognition of the tier below on the assessment date. */
export function holdsTier(input: AssessInput, tier: 'innovative' | 'srdi'): CriterionResult {
  const base: Base = { id: tier === 'innovative' ? 'prerequisite.innovative' : 'prerequisite.srdi', group: 'prerequisite' };
  const valid = input.recognitions.find((r) => r.tier === tier && isValidOn(r, input.asOf));
  if (valid === undefined) {
    const name = TIER_NAMES[tier];
    return result(base, 'fail', {
      required: '✓',
      actual: '✗',
      note: { zh: `须先取得${name.zh}认定`, en: `needs a valid ${name.en} recognition first` },
    });
  }
  return result(base, 'pass', {
    required: '✓',
    actual: `${valid.recognizedOn} – ${valid.expiresOn}`,
    sources: [{ field: `recognitions.${tier}`, year: Number(valid.recognizedOn.slice(0, 4)) }],
  });
}

/** A direct route or waiver by award (科技奖 / 创客中国) won in the last 3 years. */
export function awardCriterion(f: Facts, base: Base, required: string, test: (a: Award) => boolean): CriterionResult {
  const fact = f.awards(test);
  if (fact.value === undefined) return result(base, 'unknown', { required, missing: fact.missing });
  const describe = (a: Award): string => `${a.year} ${a.name ?? a.kind} (${a.level}${a.rank !== undefined ? ` #${a.rank}` : ''})`;
  if (fact.value.length > 0) return result(base, 'pass', { required, actual: fact.value.map(describe).join('; '), sources: fact.sources });
  return result(base, 'fail', { required, actual: '—', sources: fact.sources });
}

export const isScienceAward = (levels: readonly Award['level'][], maxRank?: number) => (a: Award): boolean =>
  a.kind === 'science' && levels.includes(a.level) && (maxRank === undefined || (a.rank !== undefined && a.rank <= maxRank));

export const isMakersChina = (maxRank: number) => (a: Award): boolean =>
  a.kind === 'makers-china' && a.level === 'national' && a.rank !== undefined && a.rank <= maxRank;

export type RdInstitution = NonNullable<Indicators['rd_institution']>;

/** The R&D institution is one of `accepted` (levels: none < below-city/own/joint < city < provincial < national). */
export function institutionCriterion(f: Facts, base: Base, accepted: readonly RdInstitution[]): CriterionResult {
  const fact = f.status('rd_institution');
  const required = accepted.join(' | ');
  if (fact.value === undefined) return result(base, 'unknown', { required, missing: fact.missing });
  return result(base, accepted.includes(fact.value) ? 'pass' : 'fail', { required, actual: fact.value, sources: fact.sources });
}

/** A list field contains a match (information systems, certifications). Empty list fails; absent is unknown. */
export function listCriterion(base: Base, fact: Fact<string[]>, matches: (value: string) => boolean, required: string): CriterionResult {
  if (fact.value === undefined) return result(base, 'unknown', { required, missing: fact.missing });
  const hits = fact.value.filter(matches);
  const actual = fmtList(fact.value);
  return result(base, hits.length > 0 ? 'pass' : 'fail', { required, actual, sources: fact.sources });
}
