/**
 * `export pools --year Y`: the seed-pool filing (种子库备案) the counties send 州工信局 by 15 January
 * and 州工信局 files with the province (N 附件1 task 2). One row per pool entry of the year, withdrawn
 * (退库) entries left out, sorted by county code then credit code; a final 合计 row counts them.
 */
import { DEFAULT_PLAN } from '../load/build.js';
import type { Lang } from '../messages.js';
import type { DatasetIndex } from '../model/dataset-index.js';
import type { Dataset, Enterprise, IsoDate, PoolEntry, TierId } from '../model/types.js';
import { currentTier } from '../criteria/index.js';
import type { ExportScope } from './scope.js';
import {
  STATUS_WORDS, TOTAL_LABEL, byCountyThenCode, enterpriseCount, header, tabulate, tierBreakdown, tierCell, tierOrder, totalRow, yesNo,
  type Column, type ExportTable,
} from './table.js';

export interface PoolsOptions {
  year: number;
  /** County codes to keep (default: all). */
  counties?: readonly string[];
  lang: Lang;
}

interface PoolLine {
  entry: PoolEntry;
  enterprise?: Enterprise;
  countyName: string;
  /** The highest valid tier on the filing date (or on the year's filing deadline without one). */
  holds?: TierId;
}

export const POOL_COLUMNS: readonly Column<PoolLine & { no: number }>[] = [
  { key: 'no', zh: '序号', en: 'no', cell: (r) => r.no },
  { key: 'county_code', zh: '县市代码', en: 'county_code', cell: (r) => r.entry.county ?? '' },
  { key: 'county', zh: '县市', en: 'county', cell: (r) => r.countyName },
  { key: 'credit_code', zh: '统一社会信用代码', en: 'credit_code', cell: (r) => r.entry.creditCode },
  { key: 'name', zh: '企业名称', en: 'name', cell: (r) => r.enterprise?.name ?? r.entry.origin.raw?.name ?? '' },
  { key: 'tier', zh: '培育层级', en: 'tier', cell: (r, lang) => tierCell(r.entry.tier, lang) },
  { key: 'current_tier', zh: '现有层级', en: 'current_tier', cell: (r, lang) => tierCell(r.holds, lang) },
  { key: 'filed_on', zh: '备案日期', en: 'filed_on', cell: (r) => r.entry.filedOn ?? '' },
  { key: 'willing', zh: '申报意愿', en: 'willing', cell: (r, lang) => yesNo(r.entry.willing, lang) },
  { key: 'planned_tier', zh: '拟培育层级', en: 'planned_tier', cell: (r, lang) => tierCell(r.entry.plannedTier, lang) },
  { key: 'planned_apply', zh: '拟申报时间', en: 'planned_apply', cell: (r) => r.entry.plannedApply ?? '' },
  { key: 'measures', zh: '完善措施', en: 'measures', cell: (r) => r.entry.measures ?? '' },
  { key: 'status', zh: '状态', en: 'status', cell: (r, lang) => (r.entry.status === undefined ? '' : STATUS_WORDS[lang][r.entry.status]) },
  { key: 'owner', zh: '服务员', en: 'owner', cell: (r) => r.entry.owner ?? '' },
];

/** The entries a year's filing lists: not withdrawn, in the chosen counties, in filing order. */
export function filedEntries(index: DatasetIndex, year: number, counties?: readonly string[]): PoolEntry[] {
  return index
    .poolsOf(year)
    .filter((p) => p.status !== 'withdrawn' && (counties === undefined || (p.county !== undefined && counties.includes(p.county))));
}

export function countyNameOf(index: DatasetIndex, code: string | undefined, raw: string): string {
  return (code === undefined ? undefined : index.countyByCode(code)?.name) ?? raw;
}

function deadline(data: Dataset, year: number): IsoDate {
  return `${year}-${data.plan?.poolDeadline ?? DEFAULT_PLAN.poolDeadline}`;
}

export function poolsExport(data: Dataset, index: DatasetIndex, opts: PoolsOptions): { table: ExportTable; scope: ExportScope } {
  const entries = filedEntries(index, opts.year, opts.counties);
  const lines: PoolLine[] = entries
    .map((entry) => {
      const enterprise = index.enterprise(entry.creditCode);
      const holds = currentTier(index.recognitionsOf(entry.creditCode), entry.filedOn ?? deadline(data, opts.year));
      return { entry, ...(enterprise && { enterprise }), countyName: countyNameOf(index, entry.county, entry.countyRaw), ...(holds && { holds }) };
    })
    .sort(byCountyThenCode((l) => l.entry.county, (l) => l.entry.creditCode, (a, b) => tierOrder(a.entry.tier, b.entry.tier)));
  const numbered = lines.map((l, i) => ({ ...l, no: i + 1 }));
  const rows = tabulate(POOL_COLUMNS, numbered, opts.lang);
  const enterprises = new Set(entries.map((e) => e.creditCode)).size;
  rows.push(totalRow(POOL_COLUMNS, { no: TOTAL_LABEL[opts.lang], name: enterpriseCount(enterprises, opts.lang), tier: tierBreakdown(entries.map((e) => e.tier), opts.lang) }));
  const named = lines.flatMap((l) => (l.enterprise ? [l.enterprise] : []));
  return {
    table: { header: header(POOL_COLUMNS, opts.lang), rows, records: lines.length, footer: [] },
    scope: {
      records: [...entries, ...named, ...named.flatMap((e) => index.recognitionsOf(e.creditCode)), ...data.counties],
      kinds: ['pools', 'counties'],
      poolYear: opts.year,
    },
  };
}
