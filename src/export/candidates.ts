/**
 * `export candidates --year Y`: the year-end list of next year's national 小巨人 candidates (年底目标名单,
 * N 附件1 task 1) — every enterprise holding a valid srdi recognition and no valid little-giant one on
 * the as-of date, assessed for little-giant under the plan's ruleset, with the deciding figures of
 * the last fiscal year and its main shortfalls. Sorted by county code then credit code.
 */
import { DEFAULT_PLAN } from '../load/build.js';
import type { Lang } from '../messages.js';
import type { RulesetId } from '../criteria/index.js';
import type { DatasetIndex } from '../model/dataset-index.js';
import type { Dataset, Enterprise, Indicators, IsoDate, Recognition } from '../model/types.js';
import { assessEnterprise, type EnterpriseAssessment } from '../reports/assess.js';
import { VERDICT_TEXT } from '../reports/roadmap.js';
import type { ExportScope } from './scope.js';
import { countyNameOf } from './pools.js';
import { shortfallSummary } from './shortfalls.js';
import { TOTAL_LABEL, byCountyThenCode, enterpriseCount, header, joinList, percent, tabulate, totalRow, yesNo, type Column, type ExportTable } from './table.js';

/** The application year only sets the default as-of date (the CLI's job): the list is of that date. */
export interface CandidatesOptions {
  asOf: IsoDate;
  ruleset?: RulesetId;
  counties?: readonly string[];
  lang: Lang;
}

interface Candidate {
  no: number;
  enterprise: Enterprise;
  county?: string;
  countyName: string;
  srdi: Recognition;
  inPool: boolean;
  result: EnterpriseAssessment;
  last?: Indicators;
}

const provisional = (r: Candidate, lang: Lang): string =>
  r.result.assessment.provisional ? (lang === 'zh' ? '（暂行）' : ' (provisional)') : '';

export function candidateColumns(lastYear: number): Column<Candidate>[] {
  return [
    { key: 'no', zh: '序号', en: 'no', cell: (r) => r.no },
    { key: 'county_code', zh: '县市代码', en: 'county_code', cell: (r) => r.county ?? '' },
    { key: 'county', zh: '县市', en: 'county', cell: (r) => r.countyName },
    { key: 'credit_code', zh: '统一社会信用代码', en: 'credit_code', cell: (r) => r.enterprise.creditCode },
    { key: 'name', zh: '企业名称', en: 'name', cell: (r) => r.enterprise.name },
    { key: 'srdi_recognized_on', zh: '专精特新认定日期', en: 'srdi_recognized_on', cell: (r) => r.srdi.recognizedOn },
    { key: 'srdi_expires_on', zh: '专精特新有效期至', en: 'srdi_expires_on', cell: (r) => r.srdi.expiresOn },
    { key: 'lg_pool', zh: '小巨人种子库', en: 'lg_pool', cell: (r, lang) => yesNo(r.inPool, lang) },
    { key: 'verdict', zh: '评估结论', en: 'verdict', cell: (r, lang) => VERDICT_TEXT[r.result.assessment.verdict][lang] },
    { key: 'failing', zh: '未达标项', en: 'failing', cell: (r) => r.result.roadmap.items.filter((i) => !i.advisory && i.outcome === 'fail').length },
    { key: 'unknown', zh: '待补数据项', en: 'unknown', cell: (r) => r.result.roadmap.items.filter((i) => !i.advisory && i.outcome === 'unknown').length },
    { key: 'invention_patents', zh: `${lastYear}年发明专利（件）`, en: `invention_patents_${lastYear}`, cell: (r) => r.last?.invention_patents },
    { key: 'market_share_pct', zh: `${lastYear}年全国细分市场占有率（%）`, en: `market_share_pct_${lastYear}`, cell: (r) => r.last?.market_share_pct },
    { key: 'revenue', zh: `${lastYear}年营业收入（万元）`, en: `revenue_${lastYear}`, cell: (r) => r.last?.revenue },
    { key: 'rd_ratio_pct', zh: `${lastYear}年研发费用占比（%）`, en: `rd_ratio_pct_${lastYear}`, cell: (r) => percent(r.last?.rd_expense, r.last?.revenue) },
    { key: 'shortfalls', zh: '主要短板', en: 'main_shortfalls', cell: (r, lang) => shortfallSummary(r.result.roadmap, lang) },
    { key: 'missing', zh: '缺少数据', en: 'missing_data', cell: (r, lang) => joinList(r.result.roadmap.missingFields.map((m) => m.field), lang) },
    { key: 'ruleset', zh: '评估依据', en: 'ruleset', cell: (r, lang) => `${r.result.assessment.ruleset}${provisional(r, lang)}` },
  ];
}

export function candidatesExport(data: Dataset, index: DatasetIndex, opts: CandidatesOptions): { table: ExportTable; scope: ExportScope } {
  const ruleset = opts.ruleset ?? data.plan?.criteria ?? DEFAULT_PLAN.criteria;
  const asOfYear = Number(opts.asOf.slice(0, 4));
  const lgPool = new Set(index.poolsOf(asOfYear).filter((p) => p.tier === 'little-giant' && p.status !== 'withdrawn').map((p) => p.creditCode));
  const list: Omit<Candidate, 'no'>[] = [];
  for (const enterprise of data.enterprises) {
    if (index.enterprise(enterprise.creditCode) !== enterprise) continue; // a duplicate definition
    const srdi = index.validRecognition(enterprise.creditCode, 'srdi', opts.asOf);
    if (!srdi || index.validRecognition(enterprise.creditCode, 'little-giant', opts.asOf)) continue;
    const county = index.countyOn(enterprise, opts.asOf) ?? enterprise.county;
    if (opts.counties && (county === undefined || !opts.counties.includes(county))) continue;
    const result = assessEnterprise(index, enterprise, { asOf: opts.asOf, ruleset, tier: 'little-giant' });
    const last = index.indicatorsFor(enterprise.creditCode, result.assessment.lastYear);
    list.push({
      enterprise, ...(county !== undefined && { county }), countyName: countyNameOf(index, county, enterprise.countyRaw),
      srdi, inPool: lgPool.has(enterprise.creditCode), result, ...(last && { last }),
    });
  }
  list.sort(byCountyThenCode((c) => c.county, (c) => c.enterprise.creditCode));
  const rows = list.map((c, i) => ({ ...c, no: i + 1 }));
  const columns = candidateColumns(asOfYear - 1);
  const body = tabulate(columns, rows, opts.lang);
  const verdicts = (['ready', 'not-ready', 'insufficient-data'] as const)
    .map((v) => [v, rows.filter((r) => r.result.assessment.verdict === v).length] as const)
    .filter(([, n]) => n > 0)
    .map(([v, n]) => `${VERDICT_TEXT[v][opts.lang]} ${n}`);
  body.push(totalRow(columns, { no: TOTAL_LABEL[opts.lang], name: enterpriseCount(rows.length, opts.lang), verdict: joinList(verdicts, opts.lang) }));
  const used = rows.map((r) => r.enterprise);
  return {
    table: { header: header(columns, opts.lang), rows: body, records: rows.length, footer: [] },
    scope: {
      records: [
        ...data.enterprises, ...data.recognitions, ...data.counties, ...(data.plan ? [data.plan] : []),
        ...used.flatMap((e) => index.indicatorsOf(e.creditCode)),
      ],
      kinds: ['plan', 'counties', 'enterprises', 'recognitions', 'indicators'],
    },
  };
}
