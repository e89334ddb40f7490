/**
 * `export roadmap`: the 施工路线图 of the year's pool enterprises (N 附件1 task 10) as a table for the
 * service staff — one row per enterprise × shortfall, so that Excel can filter by county, owner or
 * criterion; an enterprise with nothing to close gets one row. Sorted by county code then credit code.
 */
import { DEFAULT_PLAN } from '../load/build.js';
import type { Lang } from '../messages.js';
import type { RulesetId } from '../criteria/index.js';
import { GROUP_LABELS } from '../criteria/labels.js';
import type { DatasetIndex } from '../model/dataset-index.js';
import type { Dataset, Enterprise, IsoDate, PoolEntry } from '../model/types.js';
import { assessEnterprise, type EnterpriseAssessment } from '../reports/assess.js';
import { VERDICT_TEXT, type RoadmapItem } from '../reports/roadmap.js';
import type { Measure } from '../criteria/measures.js';
import { countyNameOf, filedEntries } from './pools.js';
import type { ExportScope } from './scope.js';
import { gapText } from './shortfalls.js';
import { TOTAL_LABEL, byCountyThenCode, enterpriseCount, header, joinList, tabulate, tierCell, tierOrder, totalRow, type Column, type ExportTable } from './table.js';

export interface RoadmapOptions {
  year: number;
  asOf: IsoDate;
  ruleset?: RulesetId;
  counties?: readonly string[];
  lang: Lang;
}

interface RoadmapLine {
  no: number;
  entry: PoolEntry;
  enterprise: Enterprise;
  countyName: string;
  result: EnterpriseAssessment;
  /** 1-based within the enterprise; undefined on the single row of an enterprise without shortfalls. */
  itemNo?: number;
  item?: RoadmapItem;
}

const NONE: Record<Lang, string> = { zh: '无', en: 'none' };
const ADVISORY: Record<Lang, string> = { zh: '（建议项，不影响结论）', en: ' (advisory, does not decide)' };
const APPLY_SOURCE: Record<Lang, Record<'pool' | 'suggested', string>> = {
  zh: { pool: '种子库填报', suggested: '建议' },
  en: { pool: 'pool entry', suggested: 'suggested' },
};

/** The item's own measures, or its routes' measures, once each in order. */
function measuresOf(item: RoadmapItem): Measure[] {
  const all = [...item.measures, ...(item.alternatives ?? []).flatMap(measuresOf)];
  return all.filter((m, i) => all.findIndex((x) => x.id === m.id) === i);
}

const provisional = (r: RoadmapLine, lang: Lang): string => (r.result.roadmap.provisional ? (lang === 'zh' ? '（暂行）' : ' (provisional)') : '');

export const ROADMAP_COLUMNS: readonly Column<RoadmapLine>[] = [
  { key: 'no', zh: '序号', en: 'no', cell: (r) => r.no },
  { key: 'county_code', zh: '县市代码', en: 'county_code', cell: (r) => r.entry.county ?? '' },
  { key: 'county', zh: '县市', en: 'county', cell: (r) => r.countyName },
  { key: 'credit_code', zh: '统一社会信用代码', en: 'credit_code', cell: (r) => r.enterprise.creditCode },
  { key: 'name', zh: '企业名称', en: 'name', cell: (r) => r.enterprise.name },
  { key: 'tier', zh: '培育层级', en: 'tier', cell: (r, lang) => tierCell(r.entry.tier, lang) },
  { key: 'current_tier', zh: '现有层级', en: 'current_tier', cell: (r, lang) => tierCell(r.result.currentTier, lang) },
  { key: 'target_tier', zh: '拟培育层级', en: 'target_tier', cell: (r, lang) => tierCell(r.result.targetTier, lang) },
  { key: 'verdict', zh: '评估结论', en: 'verdict', cell: (r, lang) => VERDICT_TEXT[r.result.roadmap.verdict][lang] },
  { key: 'item_no', zh: '短板序号', en: 'item_no', cell: (r) => r.itemNo },
  { key: 'group', zh: '类别', en: 'group', cell: (r, lang) => (r.item?.group !== undefined ? GROUP_LABELS[r.item.group]?.[lang] ?? r.item.group : '') },
  {
    key: 'criterion', zh: '指标短板', en: 'criterion',
    cell: (r, lang) => (r.item ? `${r.item.label[lang]}${r.item.advisory ? ADVISORY[lang] : ''}` : NONE[lang]),
  },
  { key: 'actual', zh: '现状', en: 'actual', cell: (r) => (r.item?.alternatives === undefined ? r.item?.actual : undefined) },
  { key: 'required', zh: '要求', en: 'required', cell: (r) => (r.item?.alternatives === undefined ? r.item?.required : undefined) },
  { key: 'gap', zh: '差距', en: 'gap', cell: (r, lang) => (r.item ? gapText(r.item, lang) : '') },
  { key: 'measures', zh: '完善措施', en: 'measures', cell: (r, lang) => joinList((r.item ? measuresOf(r.item) : []).map((m) => m.text[lang]), lang) },
  { key: 'measure_sources', zh: '措施依据', en: 'measure_sources', cell: (r, lang) => joinList([...new Set((r.item ? measuresOf(r.item) : []).map((m) => m.source))], lang) },
  { key: 'planned_apply', zh: '拟申报时间', en: 'planned_apply', cell: (r) => r.result.roadmap.plannedApply.value },
  { key: 'planned_apply_source', zh: '申报时间来源', en: 'planned_apply_source', cell: (r, lang) => APPLY_SOURCE[lang][r.result.roadmap.plannedApply.source] },
  { key: 'pool_measures', zh: '县市填报措施', en: 'pool_measures', cell: (r) => r.entry.measures ?? '' },
  { key: 'owner', zh: '服务员', en: 'owner', cell: (r) => r.entry.owner ?? '' },
  { key: 'ruleset', zh: '评估依据', en: 'ruleset', cell: (r, lang) => `${r.result.roadmap.ruleset}${provisional(r, lang)}` },
];

export function roadmapExport(data: Dataset, index: DatasetIndex, opts: RoadmapOptions): { table: ExportTable; scope: ExportScope } {
  const ruleset = opts.ruleset ?? data.plan?.criteria ?? DEFAULT_PLAN.criteria;
  const filed = filedEntries(index, opts.year, opts.counties);
  const entries = filed
    .flatMap((entry) => {
      const enterprise = index.enterprise(entry.creditCode);
      return enterprise ? [{ entry, enterprise }] : [];
    })
    .sort(byCountyThenCode((x) => x.entry.county, (x) => x.entry.creditCode, (a, b) => tierOrder(a.entry.tier, b.entry.tier)));
  const lines: RoadmapLine[] = entries.flatMap(({ entry, enterprise }, i) => {
    const result = assessEnterprise(index, enterprise, { asOf: opts.asOf, ruleset, poolEntry: entry });
    const base = { no: i + 1, entry, enterprise, countyName: countyNameOf(index, entry.county, entry.countyRaw), result };
    const items = result.roadmap.items;
    return items.length === 0 ? [base] : items.map((item, k) => ({ ...base, itemNo: k + 1, item }));
  });
  const rows = tabulate(ROADMAP_COLUMNS, lines, opts.lang);
  const shortfalls = lines.filter((l) => l.item !== undefined && !l.item.advisory).length;
  const total = opts.lang === 'zh' ? `${shortfalls} 项` : `${shortfalls} ${shortfalls === 1 ? 'shortfall' : 'shortfalls'}`;
  const enterprises = new Set(entries.map((x) => x.enterprise.creditCode)).size;
  rows.push(totalRow(ROADMAP_COLUMNS, { no: TOTAL_LABEL[opts.lang], name: enterpriseCount(enterprises, opts.lang), criterion: total }));
  const used = entries.map((x) => x.enterprise);
  return {
    table: { header: header(ROADMAP_COLUMNS, opts.lang), rows, records: entries.length, footer: [] },
    scope: {
      records: [
        ...filed, ...used, ...data.counties, ...(data.plan ? [data.plan] : []),
        ...used.flatMap((e) => [...index.recognitionsOf(e.creditCode), ...index.indicatorsOf(e.creditCode)]),
      ],
      kinds: ['plan', 'pools', 'counties', 'indicators'],
      poolYear: opts.year,
    },
  };
}
