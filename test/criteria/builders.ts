/** Small builders for criteria tests: an enterprise, indicator rows, recognitions and an AssessInput. */
import { flatten, rulesets } from '../../src/criteria/index.js';
import type { AssessConfig, AssessInput, CriterionResult, RulesetId, TierAssessment } from '../../src/criteria/types.js';
import { type DatasetIndex, buildIndex } from '../../src/model/dataset-index.js';
import type { Dataset, Enterprise, Indicators, IsoDate, Origin, Recognition, TierId } from '../../src/model/types.js';

export const ORIGIN: Origin = { loc: { file: 'data/enterprises/test.yaml', line: 1, column: 1 }, fields: {} };
export const CODE = '91532503MA7P3Q8L26';
export const AS_OF = '2026-06-30';
export const LAST = 2025;

type RowFields = Partial<Omit<Indicators, 'creditCode' | 'year' | 'origin'>>;

export function enterprise(over: Partial<Enterprise> = {}): Enterprise {
  return {
    creditCode: CODE,
    name: '红河示例精密部件有限公司（示例）',
    countyRaw: '蒙自市',
    county: '532503',
    countyHistory: [],
    niche_since: 2016,
    origin: ORIGIN,
    ...over,
  };
}

export function row(year: number, fields: RowFields = {}): Indicators {
  return { creditCode: CODE, year, origin: ORIGIN, ...fields };
}

export function recognition(tier: TierId, recognizedOn: IsoDate, over: Partial<Recognition> = {}): Recognition {
  const expires = `${Number(recognizedOn.slice(0, 4)) + 3}${recognizedOn.slice(4)}`;
  return { creditCode: CODE, tier, recognizedOn, expiresOn: expires, expiresOnExplicit: false, kind: 'new', origin: ORIGIN, ...over };
}

export interface InputOpts {
  enterprise?: Partial<Enterprise>;
  rows?: Indicators[];
  recognitions?: Recognition[];
  asOf?: IsoDate;
  config?: AssessConfig;
}

export function input(o: InputOpts = {}): AssessInput {
  const asOf = o.asOf ?? AS_OF;
  return {
    enterprise: enterprise(o.enterprise),
    recognitions: o.recognitions ?? [],
    indicators: [...(o.rows ?? [])].sort((a, b) => a.year - b.year),
    asOf,
    lastYear: Number(asOf.slice(0, 4)) - 1,
    ...(o.config !== undefined && { config: o.config }),
  };
}

/** Clean compliance and SME facts for the last fiscal year. */
export const CLEAN: RowFields = { abnormal_operation: false, serious_dishonest: false, major_incident: false, checked_on: '2026-03-01' };

/**
 * A healthy manufacturer: every little-giant criterion passes comfortably (revenue 1.2亿, R&D 4%,
 * main 90%, debt 45%, share 12%…). Tests override one figure at a time.
 */
export function strongRows(last: RowFields = {}, prev: RowFields = {}, first: RowFields = {}): Indicators[] {
  return [
    row(LAST - 2, { revenue: 10000, main_revenue: 9000, rd_expense: 400, ...first }),
    row(LAST - 1, { revenue: 11000, main_revenue: 9900, rd_expense: 440, equity_financing: 0, ...prev }),
    row(LAST, {
      revenue: 12000, main_revenue: 10800, rd_expense: 480, net_profit: 1000, total_assets: 20000, total_liabilities: 9000,
      employees: 260, rd_staff: 41, invention_patents: 5, class1_ip: 5, class1_ip_own: 3, class1_ip_high_value: 0, class2_ip: 6,
      market_share_pct: 12, digital_systems: ['ERP', 'MES'], digital_level: 3, certifications: ['ISO9001', 'ISO14001'],
      standards: 1, own_brand: true, quality_award: 'none', rd_institution: 'provincial', awards: [], high_tech_enterprise: true,
      honours: [], strategic_emerging: true, audit_filed: true, equity_financing: 0, source: 'audit', reported_on: '2026-04-20',
      ...CLEAN, ...last,
    }),
  ];
}

export function assess(ruleset: RulesetId, tier: TierId, opts: InputOpts = {}): TierAssessment {
  return rulesets[ruleset].evaluate(input(opts), tier);
}

/** Finds a criterion anywhere in the tree by id. */
export function find(a: TierAssessment, id: string): CriterionResult {
  const found = flatten(a.criteria).find((c) => c.id === id);
  if (found === undefined) throw new Error(`no criterion ${id} in ${flatten(a.criteria).map((c) => c.id).join(', ')}`);
  return found;
}

/** A DatasetIndex over one enterprise (for reports/assess). */
export function indexOf(o: InputOpts = {}): { index: DatasetIndex; enterprise: Enterprise } {
  const e = enterprise(o.enterprise);
  const data: Dataset = {
    root: 'data', files: [], counties: [], targets: [], annualTargets: [], pools: [],
    enterprises: [e], recognitions: o.recognitions ?? [], indicators: o.rows ?? [],
  };
  return { index: buildIndex(data), enterprise: e };
}
