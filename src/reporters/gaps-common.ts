/**
 * Wording and cell values shared by the `gaps` formats. Numbers are formatted by hand (no
 * toLocaleString), so output never depends on the machine's locale or time zone.
 */
import type { GapReport, GapRow } from '../reports/gaps.js';
import type { PaceStatus } from '../reports/pace.js';
import { tierLabel } from '../model/tiers.js';
import type { TierCounts } from '../model/types.js';
import { formatCount } from './format.js';
import type { Lang } from './types.js';

export interface GapsFormatOptions {
  lang: Lang;
  color: boolean;
  /** Draw a bar per row (table format on a terminal). */
  bars: boolean;
}

export const STATUS_WORDS: Record<Lang, Record<PaceStatus, string>> = {
  en: { ahead: 'ahead', 'on-track': 'on track', behind: 'behind' },
  zh: { ahead: '超前', 'on-track': '正常', behind: '滞后' },
};

/** `x` with one decimal, half away from zero: 12.25 → "12.3". */
export function decimal1(x: number): string {
  const tenths = Math.round(Math.abs(x) * 10 + 1e-9);
  const text = `${formatCount(Math.floor(tenths / 10))}.${tenths % 10}`;
  return x < 0 && tenths > 0 ? `-${text}` : text;
}

/** Rounded to 2 decimals for JSON (the status is computed from the exact value). */
export function round2(x: number): number {
  return Math.round(x * 100 + (x >= 0 ? 1e-9 : -1e-9)) / 100;
}

export const signed = (n: number): string => (n > 0 ? `+${formatCount(n)}` : formatCount(n));

export function countyName(row: GapRow, lang: Lang): string {
  if (row.county !== 'total') return row.name;
  return lang === 'zh' ? row.name : 'Prefecture total';
}

export const tierName = (row: GapRow, lang: Lang): string => tierLabel(row.tier, lang);

export function annualCell(row: GapRow): string {
  if (!row.annual) return '—';
  return `${formatCount(row.annual.increase)}${row.annual.derived ? '*' : ''}`;
}

export const optionalCount = (n: number | null): string => (n === null ? '—' : formatCount(n));

export function ratioText(ratio: number | null): string {
  return ratio === null ? '—' : `${String(ratio)}×`;
}

export function title(report: GapReport, lang: Lang): string {
  const { pace, asOf } = report;
  const pct = decimal1((100 * pace.elapsedDays) / pace.totalDays);
  const doc = report.document ?? (lang === 'zh' ? '倍增计划' : 'the doubling plan');
  return lang === 'zh'
    ? `截至 ${asOf} 对照 ${doc} 目标（规划期 ${report.period.start}–${report.period.end} 已过 ${pace.elapsedDays}/${pace.totalDays} 天，${pct}%）`
    : `Gaps against ${doc} as of ${asOf} (${pace.elapsedDays} of ${pace.totalDays} days of ${report.period.start}–${report.period.end} gone, ${pct}%)`;
}

export function poolTitle(report: GapReport, lang: Lang): string {
  return lang === 'zh'
    ? `${report.year} 年种子库（应入库 = 倍数 × 年度增长目标；不符合条件 = 已入库但未通过 pool-eligibility 检查）`
    : `${report.year} seed pools (required = ratio × annual growth target; ineligible = filed but failing pool-eligibility)`;
}

/** The legend for derived annual targets, when the report uses one. */
export function derivedLegend(report: GapReport, lang: Lang): string | undefined {
  if (!report.derived) return undefined;
  const { start, end } = report.period;
  return lang === 'zh'
    ? `* 推算：annual-targets.csv 未给出的年度增长目标，按三年新增数在 ${start}–${end} 年平均分摊（余数计入较早年度）`
    : `* derived: annual growth targets not given in annual-targets.csv, split evenly from the three-year increase over ${start}–${end} (remainder to the earliest years)`;
}

/** Notes about the run for stderr (the report itself goes to stdout). */
export function gapNotes(report: GapReport, lang: Lang): string[] {
  const notes: string[] = [];
  const zh = lang === 'zh';
  if (!report.hasTargets) notes.push(zh ? '未找到 targets.csv：基数与目标均按 0 计' : 'no targets.csv found: baselines and targets count as 0');
  if (report.derived) {
    notes.push(zh ? `标 * 的 ${report.year} 年度增长目标为推算值；可在 annual-targets.csv 中给出` : `${report.year} annual growth targets marked * are derived; give them in annual-targets.csv`);
  }
  if (report.pace.elapsedDays === 0) {
    notes.push(zh ? `评估日期 ${report.asOf} 早于规划期：按进度应达数即基数` : `${report.asOf} is before the plan period: the on-pace expectation is the baseline`);
  } else if (report.pace.elapsedDays === report.pace.totalDays && report.asOf > report.pace.end) {
    notes.push(zh ? `评估日期 ${report.asOf} 晚于规划期：按进度应达数即 ${report.period.end} 年目标` : `${report.asOf} is after the plan period: the on-pace expectation is the ${report.period.end} target`);
  }
  const unplaced = sumCounts(report.unplaced);
  if (unplaced > 0) {
    notes.push(zh ? `${unplaced} 条有效认定的企业所在县市未知，未计入任何县市` : `${unplaced} valid recognitions are not counted in any county: the enterprise's county is unknown`);
  }
  return notes;
}

function sumCounts(c: TierCounts): number {
  return c.innovative + c.srdi + c['little-giant'];
}

/**
 * The cells of one progress row, shared by the table and markdown formats; `status` renders the
 * status cell (coloured on a terminal, an icon in markdown), `county` the first cell.
 */
export function progressCells(row: GapRow, lang: Lang, county: string, status: string): string[] {
  return [
    county,
    tierName(row, lang),
    formatCount(row.baseline),
    formatCount(row.actual),
    signed(row.increaseSoFar),
    formatCount(row.target),
    formatCount(row.remaining),
    decimal1(row.expected),
    status,
    annualCell(row),
  ];
}
