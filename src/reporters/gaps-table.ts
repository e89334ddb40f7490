/** `gaps --format table`: two cli-table3 tables (progress, pools), a bar per row on a terminal. */
import { Chalk, type ChalkInstance } from 'chalk';
import Table from 'cli-table3';
import type { GapReport, GapRow } from '../reports/gaps.js';
import type { PaceStatus } from '../reports/pace.js';
import { formatCount } from './format.js';
import {
  annualCell, countyName, derivedLegend, optionalCount, poolTitle, progressCells, ratioText, STATUS_WORDS, tierName, title,
  type GapsFormatOptions,
} from './gaps-common.js';
import type { Lang } from './types.js';

const BAR_CELLS = 10;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

export function progressHeaders(report: GapReport, lang: Lang): string[] {
  const end = report.period.end;
  return lang === 'zh'
    ? ['县市', '层级', '基数', '现有', '已新增', `${end}年目标`, '尚差', '按进度应达', '状态', `${report.year}年度目标`]
    : ['county', 'tier', 'baseline', 'now', 'added', `${end} target`, 'remaining', 'on pace', 'status', `${report.year} annual`];
}

export function poolHeaders(report: GapReport, lang: Lang): string[] {
  return lang === 'zh'
    ? ['县市', '层级', `${report.year}年度目标`, '倍数', '应入库', '已入库', '缺口', '不符合条件']
    : ['county', 'tier', `${report.year} annual`, 'ratio', 'required', 'filed', 'missing', 'ineligible'];
}

/** Share of the three-year increase achieved, as a bar of BAR_CELLS cells drawn in eighths. */
export function bar(row: GapRow): string {
  const fraction = row.increase > 0 ? row.increaseSoFar / row.increase : row.actual >= row.target ? 1 : 0;
  const eighths = Math.round(Math.min(1, Math.max(0, fraction)) * BAR_CELLS * 8);
  const text = '█'.repeat(Math.floor(eighths / 8)) + (EIGHTHS[eighths % 8] ?? '');
  const pct = row.increase > 0 ? `${formatCount(Math.round((100 * row.increaseSoFar) / row.increase))}%` : '';
  return `${text.padEnd(BAR_CELLS, ' ')} ${pct}`.trimEnd();
}

function paint(status: PaceStatus, chalk: ChalkInstance): ChalkInstance {
  return status === 'ahead' ? chalk.green : status === 'on-track' ? chalk.yellow : chalk.red;
}

function newTable(head: string[], numeric: readonly boolean[], chalk: ChalkInstance): Table.Table {
  return new Table({
    head: head.map((h) => chalk.bold(h)),
    colAligns: numeric.map((n) => (n ? 'right' : 'left')),
    style: { head: [], border: [], compact: true },
  });
}

export function gapsTable(report: GapReport, options: GapsFormatOptions): string {
  const { lang } = options;
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const out = [chalk.bold(title(report, lang))];

  const head = progressHeaders(report, lang);
  if (options.bars) head.push(lang === 'zh' ? '三年新增进度' : 'of the increase');
  const numeric = head.map((_, i) => i >= 2 && i !== 8 && i < 10);
  const progress = newTable(head, numeric, chalk);
  let previous: string | undefined;
  for (const row of report.rows) {
    const first = row.county !== previous;
    previous = row.county;
    const colour = paint(row.status, chalk);
    const cells = progressCells(row, lang, first ? countyName(row, lang) : '', colour(STATUS_WORDS[lang][row.status]));
    if (options.bars) cells.push(colour(bar(row)));
    progress.push(cells);
  }
  out.push(progress.toString());

  out.push('', chalk.bold(poolTitle(report, lang)));
  const pools = newTable(poolHeaders(report, lang), [false, false, true, true, true, true, true, true], chalk);
  previous = undefined;
  for (const row of report.rows) {
    const first = row.county !== previous;
    previous = row.county;
    const { pool } = row;
    const short = pool.shortfall !== null && pool.shortfall > 0;
    pools.push([
      first ? countyName(row, lang) : '',
      tierName(row, lang),
      annualCell(row),
      ratioText(pool.ratio),
      optionalCount(pool.required),
      formatCount(pool.filed),
      short ? chalk.red(optionalCount(pool.shortfall)) : optionalCount(pool.shortfall),
      pool.ineligible > 0 ? chalk.red(formatCount(pool.ineligible)) : formatCount(pool.ineligible),
    ]);
  }
  out.push(pools.toString());
  const legend = derivedLegend(report, lang);
  if (legend) out.push(chalk.dim(legend));
  return `${out.join('\n')}\n`;
}
