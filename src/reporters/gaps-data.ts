/** `gaps --format csv | json`: one record per county × tier, progress and pool side by side. */
import { stringify } from 'csv-stringify/sync';
import type { GapReport, GapRow } from '../reports/gaps.js';
import { countyName, round2, STATUS_WORDS, tierName, type GapsFormatOptions } from './gaps-common.js';
import type { Lang } from './types.js';

const CSV_HEADERS: Record<Lang, (r: GapReport) => string[]> = {
  en: (r) => [
    'county_code', 'county', 'tier', 'baseline', 'actual', 'increase_so_far', 'increase', `target_${r.period.end}`, 'remaining', 'expected_on_pace',
    'status', 'year', 'annual_target', 'annual_target_source', 'pool_ratio', 'pool_required', 'pool_filed', 'pool_shortfall', 'pool_ineligible',
  ],
  zh: (r) => [
    '县市代码', '县市', '层级', '基数', '现有数', '已新增', '三年新增数', `${r.period.end}年目标数`, '尚差', '按进度应达',
    '状态', '年度', '年度增长目标', '年度目标来源', '种子库倍数', '种子库应入库', '种子库已入库', '种子库缺口', '种子库不符合条件',
  ],
};

const SOURCE: Record<Lang, { derived: string; explicit: string }> = {
  en: { derived: 'derived', explicit: 'annual-targets.csv' },
  zh: { derived: '推算', explicit: 'annual-targets.csv' },
};

const cell = (n: number | null | undefined): string => (n === null || n === undefined ? '' : String(n));

function csvRow(row: GapRow, lang: Lang): string[] {
  const { pool, annual } = row;
  return [
    row.county === 'total' ? '' : row.county,
    countyName(row, lang),
    tierName(row, lang),
    cell(row.baseline), cell(row.actual), cell(row.increaseSoFar), cell(row.increase), cell(row.target), cell(row.remaining),
    round2(row.expected).toFixed(2),
    STATUS_WORDS[lang][row.status],
    cell(pool.year),
    cell(annual?.increase),
    annual ? SOURCE[lang][annual.derived ? 'derived' : 'explicit'] : '',
    cell(pool.ratio), cell(pool.required), cell(pool.filed), cell(pool.shortfall), cell(pool.ineligible),
  ];
}

export function gapsCsv(report: GapReport, options: GapsFormatOptions): string {
  const rows = [CSV_HEADERS[options.lang](report), ...report.rows.map((r) => csvRow(r, options.lang))];
  return stringify(rows, { record_delimiter: '\n' });
}

/** The JSON document of `gaps --format json` (version 1). Field names are English in both languages. */
export function gapsJson(report: GapReport): string {
  const doc = {
    version: 1,
    asOf: report.asOf,
    year: report.year,
    ...(report.document !== undefined ? { document: report.document } : {}),
    period: report.period,
    pace: report.pace,
    rows: report.rows.map((r) => ({
      county: r.county,
      name: r.name,
      tier: r.tier,
      baseline: r.baseline,
      actual: r.actual,
      increaseSoFar: r.increaseSoFar,
      increase: r.increase,
      target: r.target,
      remaining: r.remaining,
      expected: round2(r.expected),
      status: r.status,
      annualTarget: r.annual ?? null,
      pool: r.pool,
    })),
    unplaced: report.unplaced,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
