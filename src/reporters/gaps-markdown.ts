/** `gaps --format markdown`: the progress and pool tables for a PR comment or a 季度调度 note. */
import type { GapReport } from '../reports/gaps.js';
import { formatCount } from './format.js';
import {
  annualCell, countyName, derivedLegend, optionalCount, poolTitle, progressCells, ratioText, STATUS_WORDS, tierName, title,
  type GapsFormatOptions,
} from './gaps-common.js';
import { poolHeaders, progressHeaders } from './gaps-table.js';

const ICONS = { ahead: '🟢', 'on-track': '🟡', behind: '🔴' } as const;

function escapeCell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\*/g, '\\*').replace(/[\r\n]+/g, ' ');
}

function table(head: readonly string[], numeric: readonly boolean[], rows: readonly string[][]): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(head), `| ${numeric.map((n) => (n ? '---:' : '---')).join(' | ')} |`, ...rows.map(line)];
}

export function gapsMarkdown(report: GapReport, options: GapsFormatOptions): string {
  const { lang } = options;
  const out = [`### ${title(report, lang)}`, ''];
  const progress = report.rows.map((row) => progressCells(row, lang, countyName(row, lang), `${ICONS[row.status]} ${STATUS_WORDS[lang][row.status]}`));
  out.push(...table(progressHeaders(report, lang), [false, false, true, true, true, true, true, true, false, true], progress), '');
  out.push(`#### ${poolTitle(report, lang)}`, '');
  const pools = report.rows.map((row) => [
    countyName(row, lang),
    tierName(row, lang),
    annualCell(row),
    ratioText(row.pool.ratio),
    optionalCount(row.pool.required),
    formatCount(row.pool.filed),
    optionalCount(row.pool.shortfall),
    formatCount(row.pool.ineligible),
  ]);
  out.push(...table(poolHeaders(report, lang), [false, false, true, true, true, true, true, true], pools), '');
  const legend = derivedLegend(report, lang);
  if (legend) out.push(escapeCell(legend), '');
  return out.join('\n');
}
