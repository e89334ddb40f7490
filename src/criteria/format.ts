/**
 * Deterministic number formatting for criteria texts — by hand, never toLocaleString, so output does
 * not depend on the machine's locale (SPEC §4).
 */
import type { Lang, Unit } from './types.js';

/** Thousands separators, at most `decimals` decimals, trailing zeros dropped: 8000 → "8,000", 2.10 → "2.1". */
export function fmtNum(n: number, decimals = 2): string {
  // Most numbers in criteria texts are integers (limits, counts, points): their digits are the answer.
  if (Number.isSafeInteger(n)) {
    if (n > -1000 && n < 1000) return String(n);
    return n < 0 ? `-${grouped(String(-n))}` : grouped(String(n));
  }
  if (!Number.isFinite(n)) return String(n);
  const fixed = Math.abs(n).toFixed(decimals);
  // toFixed writes 1e21 and above in exponent form.
  if (fixed.includes('e')) return fmtNumGeneral(n, decimals);
  const dot = fixed.indexOf('.');
  if (dot < 0) return `${n < 0 && fixed !== '0' ? '-' : ''}${grouped(fixed)}`;
  let end = fixed.length;
  while (end > dot + 1 && fixed.charCodeAt(end - 1) === 48) end--;
  const int = fixed.slice(0, dot);
  const frac = fixed.slice(dot + 1, end);
  const negative = n < 0 && (int !== '0' || frac !== '');
  return `${negative ? '-' : ''}${grouped(int)}${frac !== '' ? `.${frac}` : ''}`;
}

/** "1234567" → "1,234,567". */
function grouped(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let out = digits.slice(0, head);
  for (let i = head; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return out;
}

/** The formula fmtNum's shortcuts must agree with (tested on random numbers). */
export function fmtNumGeneral(n: number, decimals = 2): string {
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
