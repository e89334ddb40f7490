/**
 * `export rollup --year Y`: the annual roll-up 州工信局 sends the province — per county × tier the
 * Attachment 2 baseline, the valid recognitions on the as-of date, the year's growth target (marked
 * 推算 when derived, DOMAIN.md §Annual targets), the year's seed pool against its required size, and
 * the 2027 target; a 全州合计 row per tier. Built from the `gaps` report so both always agree.
 */
import type { AnnualValue } from '../model/annual-targets.js';
import { yearOf } from '../model/dates.js';
import { cmp } from '../diagnostics.js';
import type { Lang } from '../messages.js';
import type { DatasetIndex } from '../model/dataset-index.js';
import type { Dataset, IsoDate } from '../model/types.js';
import { gaps, type GapRow, type PoolGap } from '../reports/gaps.js';
import type { ExportScope } from './scope.js';
import { header, tabulate, tierCell, tierOrder, type Column, type ExportTable } from './table.js';

export interface RollupOptions {
  year: number;
  asOf: IsoDate;
  counties?: readonly string[];
  lang: Lang;
}

/** A gap row's counts, with the year's growth target and pool when there are any. */
type RollupLine = Pick<GapRow, 'county' | 'name' | 'tier' | 'baseline' | 'actual' | 'increaseSoFar' | 'target' | 'remaining'> & {
  annual?: AnnualValue;
  pool?: PoolGap;
};

const SOURCE: Record<Lang, { derived: string; explicit: string }> = {
  zh: { derived: '推算', explicit: 'annual-targets.csv' },
  en: { derived: 'derived', explicit: 'annual-targets.csv' },
};

const TOTAL_NAME: Record<Lang, string> = { zh: '全州合计', en: 'Prefecture total' };

/** Headers carry the as-of date and the years, so a file read on its own says what it counts. */
export function rollupColumns(o: { year: number; asOf: IsoDate; baselineDate: IsoDate; end: number }): Column<RollupLine>[] {
  return [
    { key: 'county_code', zh: '县市代码', en: 'county_code', cell: (r) => (r.county === 'total' ? '' : r.county) },
    { key: 'county', zh: '县市', en: 'county', cell: (r, lang) => (r.county === 'total' ? (lang === 'zh' ? r.name : TOTAL_NAME.en) : r.name) },
    { key: 'tier', zh: '层级', en: 'tier', cell: (r, lang) => tierCell(r.tier, lang) },
    { key: 'baseline', zh: `基数（截至${o.baselineDate}）`, en: `baseline_${o.baselineDate}`, cell: (r) => r.baseline },
    { key: 'current', zh: `现有数（截至${o.asOf}）`, en: `current_${o.asOf}`, cell: (r) => r.actual },
    { key: 'increase_so_far', zh: '已新增', en: 'increase_so_far', cell: (r) => r.increaseSoFar },
    { key: 'annual_target', zh: `${o.year}年度增长目标`, en: `annual_target_${o.year}`, cell: (r) => r.annual?.increase },
    { key: 'annual_target_source', zh: '年度目标来源', en: 'annual_target_source', cell: (r, lang) => (r.annual ? SOURCE[lang][r.annual.derived ? 'derived' : 'explicit'] : '') },
    { key: 'pool_required', zh: `${o.year}年种子库应入库`, en: `pool_required_${o.year}`, cell: (r) => r.pool?.required ?? undefined },
    { key: 'pool_filed', zh: `${o.year}年种子库已入库`, en: `pool_filed_${o.year}`, cell: (r) => r.pool?.filed },
    { key: 'pool_shortfall', zh: '种子库缺口', en: 'pool_shortfall', cell: (r) => r.pool?.shortfall ?? undefined },
    { key: 'target', zh: `${o.end}年目标数`, en: `target_${o.end}`, cell: (r) => r.target },
    { key: 'remaining', zh: '距目标尚差', en: 'remaining', cell: (r) => r.remaining },
  ];
}

export function rollupExport(data: Dataset, index: DatasetIndex, opts: RollupOptions): { table: ExportTable; scope: ExportScope } {
  const filter = opts.counties ? { counties: opts.counties } : {};
  const report = gaps(data, index, opts.asOf, filter);
  // gaps sizes the pools of the as-of year; a roll-up of another year takes them from that year.
  const poolYear = yearOf(opts.asOf) === opts.year ? report : gaps(data, index, `${opts.year}-12-31`, filter);
  const pools = new Map(poolYear.rows.map((r) => [`${r.county}\u0000${r.tier}`, r]));
  const lines: RollupLine[] = report.rows.map((r) => {
    const y = pools.get(`${r.county}\u0000${r.tier}`);
    return {
      county: r.county, name: r.name, tier: r.tier, baseline: r.baseline, actual: r.actual, increaseSoFar: r.increaseSoFar,
      ...(y?.annual && { annual: y.annual }),
      ...(y && { pool: y.pool }),
      target: r.target, remaining: r.remaining,
    };
  });
  // County code order, the prefecture total last (SPEC §3).
  const key = (l: RollupLine): string => (l.county === 'total' ? '\uffff' : l.county);
  lines.sort((a, b) => cmp(key(a), key(b)) || tierOrder(a.tier, b.tier));
  const columns = rollupColumns({ year: opts.year, asOf: opts.asOf, baselineDate: data.plan?.baselineDate ?? '2024-12-31', end: report.period.end });
  return {
    table: { header: header(columns, opts.lang), rows: tabulate(columns, lines, opts.lang), records: lines.filter((l) => l.county !== 'total').length, footer: [] },
    scope: {
      records: [...data.counties, ...data.targets, ...data.annualTargets, ...data.enterprises, ...data.recognitions, ...index.poolsOf(opts.year), ...(data.plan ? [data.plan] : [])],
      kinds: ['plan', 'counties', 'targets', 'annual-targets', 'enterprises', 'recognitions', 'pools'],
      poolYear: opts.year,
    },
  };
}
