/**
 * `gaps --format xlsx` and `assess --format xlsx`: the reports' own numbers as sheets — a progress
 * sheet and a pool sheet for gaps (the two tables of the terminal view, headed as in its CSV), an
 * overview and a criteria sheet for assess. Nothing is recomputed: rows come from the reports.
 */
import type { Lang } from '../messages.js';
import { tierLabel } from '../model/tiers.js';
import type { AssessReport } from '../reports/assess-common.js';
import {
  OUTCOME_WORD, countyText, criterionName, gapText as criterionGap, provenanceText, rowsOf, rulesetText, tierText, verdictText,
} from '../reports/assess-common.js';
import type { GapReport, GapRow } from '../reports/gaps.js';
import { STATUS_WORDS, countyName, round2 } from '../reporters/gaps-common.js';
import { shortfallSummary } from './shortfalls.js';
import { header, joinList, tabulate, type Column } from './table.js';
import { DECIMAL_FORMAT, type SheetSpec } from './xlsx.js';

const SOURCE: Record<Lang, { derived: string; explicit: string }> = {
  zh: { derived: '推算', explicit: 'annual-targets.csv' },
  en: { derived: 'derived', explicit: 'annual-targets.csv' },
};

const lead: Column<GapRow>[] = [
  { key: 'county_code', zh: '县市代码', en: 'county_code', cell: (r) => (r.county === 'total' ? '' : r.county) },
  { key: 'county', zh: '县市', en: 'county', cell: (r, lang) => countyName(r, lang) },
  { key: 'tier', zh: '层级', en: 'tier', cell: (r, lang) => tierLabel(r.tier, lang) },
];

function progressColumns(report: GapReport): Column<GapRow>[] {
  const end = report.period.end;
  return [
    ...lead,
    { key: 'baseline', zh: '基数', en: 'baseline', cell: (r) => r.baseline },
    { key: 'actual', zh: '现有数', en: 'actual', cell: (r) => r.actual },
    { key: 'increase_so_far', zh: '已新增', en: 'increase_so_far', cell: (r) => r.increaseSoFar },
    { key: 'increase', zh: '三年新增数', en: 'increase', cell: (r) => r.increase },
    { key: 'target', zh: `${end}年目标数`, en: `target_${end}`, cell: (r) => r.target },
    { key: 'remaining', zh: '尚差', en: 'remaining', cell: (r) => r.remaining },
    { key: 'expected', zh: '按进度应达', en: 'expected_on_pace', cell: (r) => round2(r.expected) },
    { key: 'status', zh: '状态', en: 'status', cell: (r, lang) => STATUS_WORDS[lang][r.status] },
    { key: 'annual_target', zh: `${report.year}年度增长目标`, en: `annual_target_${report.year}`, cell: (r) => r.annual?.increase },
    { key: 'annual_target_source', zh: '年度目标来源', en: 'annual_target_source', cell: (r, lang) => (r.annual ? SOURCE[lang][r.annual.derived ? 'derived' : 'explicit'] : '') },
  ];
}

const POOL_COLUMNS: Column<GapRow>[] = [
  ...lead,
  { key: 'year', zh: '年度', en: 'year', cell: (r) => r.pool.year },
  { key: 'annual_target', zh: '年度增长目标', en: 'annual_target', cell: (r) => r.annual?.increase },
  { key: 'pool_ratio', zh: '种子库倍数', en: 'pool_ratio', cell: (r) => r.pool.ratio ?? undefined },
  { key: 'pool_required', zh: '种子库应入库', en: 'pool_required', cell: (r) => r.pool.required ?? undefined },
  { key: 'pool_filed', zh: '种子库已入库', en: 'pool_filed', cell: (r) => r.pool.filed },
  { key: 'pool_shortfall', zh: '种子库缺口', en: 'pool_shortfall', cell: (r) => r.pool.shortfall ?? undefined },
  { key: 'pool_ineligible', zh: '种子库不符合条件', en: 'pool_ineligible', cell: (r) => r.pool.ineligible },
];

export function gapsSheets(report: GapReport, lang: Lang): SheetSpec[] {
  const records = report.rows.filter((r) => r.county !== 'total').length;
  const progress = progressColumns(report);
  return [
    {
      name: lang === 'zh' ? '目标进度' : 'progress',
      header: header(progress, lang),
      rows: tabulate(progress, report.rows, lang),
      records,
      formats: progress.map((c) => (c.key === 'expected' ? DECIMAL_FORMAT : undefined)),
    },
    { name: lang === 'zh' ? `${report.year}年种子库` : `pools ${report.year}`, header: header(POOL_COLUMNS, lang), rows: tabulate(POOL_COLUMNS, report.rows, lang), records },
  ];
}

type Entry = AssessReport['entries'][number];

const OVERVIEW: Column<Entry>[] = [
  { key: 'county_code', zh: '县市代码', en: 'county_code', cell: (e) => e.result.county ?? '' },
  { key: 'county', zh: '县市', en: 'county', cell: (e) => countyText(e) },
  { key: 'credit_code', zh: '统一社会信用代码', en: 'credit_code', cell: (e) => e.result.creditCode },
  { key: 'name', zh: '企业名称', en: 'name', cell: (e) => e.result.name },
  { key: 'current_tier', zh: '现有层级', en: 'current_tier', cell: (e, lang) => tierText(e.result.currentTier, lang) },
  { key: 'target_tier', zh: '目标层级', en: 'target_tier', cell: (e, lang) => tierText(e.result.targetTier, lang) },
  { key: 'ruleset', zh: '认定标准', en: 'ruleset', cell: (e, lang) => rulesetText(e.result.assessment.ruleset, e.result.assessment.provisional, lang) },
  { key: 'verdict', zh: '结论', en: 'verdict', cell: (e, lang) => verdictText(e.result.assessment.verdict, lang) },
  { key: 'failing', zh: '未达标项', en: 'failing', cell: (e) => e.result.roadmap.items.filter((i) => !i.advisory && i.outcome === 'fail').length },
  { key: 'unknown', zh: '待补数据项', en: 'unknown', cell: (e) => e.result.roadmap.items.filter((i) => !i.advisory && i.outcome === 'unknown').length },
  { key: 'shortfalls', zh: '主要短板', en: 'main_shortfalls', cell: (e, lang) => shortfallSummary(e.result.roadmap, lang) },
  { key: 'missing', zh: '缺少数据', en: 'missing_data', cell: (e, lang) => joinList(e.result.assessment.missingFields.map((m) => m.field), lang) },
  { key: 'planned_apply', zh: '拟申报时间', en: 'planned_apply', cell: (e) => e.result.roadmap.plannedApply.value },
];

const CRITERIA_HEADER: Record<Lang, string[]> = {
  zh: ['县市代码', '县市', '统一社会信用代码', '企业名称', '目标层级', '结论', '指标代码', '上级指标', '指标', '结果', '实际值', '要求', '差距', '差距单位', '差距说明', '年度', '缺少数据', '数据来源'],
  en: ['county_code', 'county', 'credit_code', 'name', 'target_tier', 'verdict', 'criterion_id', 'parent_id', 'criterion', 'outcome', 'actual', 'required', 'shortfall', 'shortfall_unit', 'gap', 'year', 'missing', 'data_source'],
};

/** One row per enterprise × criterion, parents before children (as `assess --format csv`). */
function criteriaRows(report: AssessReport, lang: Lang): (string | number | undefined)[][] {
  return report.entries.flatMap((e) => {
    const r = e.result;
    const a = r.assessment;
    const head = [r.county ?? '', countyText(e), r.creditCode, r.name, tierText(r.targetTier, lang), verdictText(a.verdict, lang)];
    return rowsOf(a.criteria).map((row) => {
      const c = row.c;
      const sources = [...new Set(c.sources.map((p) => provenanceText(p, lang)))].join('; ');
      return [
        ...head, c.id, row.parent ?? '', criterionName(c, lang), OUTCOME_WORD[lang][c.outcome], c.actual, c.required,
        c.shortfall?.amount, c.shortfall?.unit, criterionGap(row, lang), c.year, c.missing.join('; '), sources,
      ];
    });
  });
}

export function assessSheets(report: AssessReport, lang: Lang): SheetSpec[] {
  return [
    { name: lang === 'zh' ? '评估结论' : 'assessments', header: header(OVERVIEW, lang), rows: tabulate(OVERVIEW, report.entries, lang) },
    { name: lang === 'zh' ? '指标明细' : 'criteria', header: CRITERIA_HEADER[lang], rows: criteriaRows(report, lang) },
  ];
}
