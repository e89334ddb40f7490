/**
 * Deterministic number formatting for criteria texts — by hand, never toLocaleString, so output does
 * not depend on the machine's locale (SPEC §4).
 */
import type { Lang, Unit } from './types.js';

/** Thousands separators, at most `decimals` decimals, trailing zeros dropped: 8000 → "8,000", 2.10 → "2.1". */
export function fmtNum(n: number, decimals = 2): string {
  if (!Number.isFinite(n)) return String(n);
  const [int, frac = ''] = Math.abs(n).toFixed(decimals).split('.');
  const trimmed = frac.replace(/0+$/, '');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const negative = n < 0 && (int !== '0' || trimmed !== '');
  return `${negative ? '-' : ''}${grouped}${trimmed ? `.${trimmed}` : ''}`;
}

/** Rounds a shortfall up to 0.01, so that adding the stated amount really closes it. */
export function ceil2(n: number): number {
  return Math.ceil(n * 100 - 1e-6) / 100;
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

const UNIT_SUFFIX: Record<Lang | 'sym', Record<Unit, string>> = {
  sym: { 万元: ' 万元', '%': '%', 项: ' 项', 人: ' 人', 年: ' 年', 分: ' 分', pp: ' pp' },
  zh: { 万元: ' 万元', '%': '%', 项: ' 项', 人: ' 人', 年: ' 年', 分: ' 分', pp: ' 个百分点' },
  en: { 万元: ' 万元', '%': '%', 项: ' items', 人: ' people', 年: ' years', 分: ' points', pp: ' pp' },
};

/** A value with its unit: "8,000 万元", "2.1%", "3 years". `sym` is the language-neutral form. */
export function fmtUnit(n: number, unit: Unit, lang: Lang | 'sym' = 'sym', decimals = 2): string {
  return `${fmtNum(n, decimals)}${UNIT_SUFFIX[lang][unit]}`;
}

/**
 * Formats a value next to its threshold with enough decimals (2, up to 4) that a failing value never
 * prints the same as its threshold (2.999% is not "3%" when the rule is ≥ 3%).
 */
export function fmtAgainst(value: number, limit: number, unit: Unit, lang: Lang | 'sym' = 'sym'): string {
  for (let decimals = 2; decimals < 4; decimals++) {
    if (value === limit || fmtNum(value, decimals) !== fmtNum(limit, decimals)) return fmtUnit(value, unit, lang, decimals);
  }
  // Still equal at 4 decimals: truncate towards the failing side rather than round onto the threshold.
  const truncated = value < limit ? Math.floor(value * 1e4) / 1e4 : Math.ceil(value * 1e4) / 1e4;
  return fmtUnit(truncated, unit, lang, 4);
}

export function fmtRequired(op: '>=' | '<=', limit: number, unit: Unit): string {
  return `${op === '>=' ? '≥' : '≤'} ${fmtUnit(limit, unit)}`;
}

export function fmtFlag(value: boolean): string {
  return value ? '✓' : '✗';
}

export function fmtList(values: readonly string[]): string {
  return values.length === 0 ? '—' : values.join(', ');
}
