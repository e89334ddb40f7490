/** Wording and string helpers shared by the reporters: locale-independent, deterministic. */
import type { CheckSummary, Diagnostic, Severity } from '../diagnostics.js';
import type { Lang } from './types.js';

/** Longest value shown, in code points; longer ones end with "…". */
export const VALUE_MAX = 80;

export function truncate(s: string, max = VALUE_MAX): string {
  const chars = Array.from(s);
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}

// C0/C1 controls, DEL, line separators and bidi overrides (Trojan Source) are shown as escapes, so a
// finding stays on its own line and data cannot restyle or reorder the terminal.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff]/gu;
const NAMED_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function escapeControl(s: string): string {
  return s.replace(
    UNSAFE,
    (c) => NAMED_ESCAPES[c] ?? `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`,
  );
}

/** A value as shown to people: truncated, escaped, in «guillemets». */
export function quoteValue(value: string): string {
  return `«${escapeControl(truncate(value))}»`;
}

export function showExpected(expected: string): string {
  return escapeControl(truncate(expected));
}

/** Terminal columns taken by `s`: East Asian wide/full-width characters count 2, combining marks 0. */
export function displayWidth(s: string): number {
  // Reports measure every cell: printable ASCII is 1, other BMP characters are looked up (issue 9).
  let width = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) width += 1;
    else if (c >= 0xd800 && c <= 0xdfff) return width + codePointsWidth(s.slice(i));
    else width += bmpWidth(c);
  }
  return width;
}

/** The width of each BMP character once it has been seen (NOT_SEEN before). */
const NOT_SEEN = 255;
const BMP_WIDTHS = new Uint8Array(0x10000).fill(NOT_SEEN);

function bmpWidth(c: number): number {
  let w = BMP_WIDTHS[c];
  if (w === NOT_SEEN) BMP_WIDTHS[c] = w = charWidth(String.fromCharCode(c));
  return w;
}

/** The general rule, code point by code point (astral characters, lone surrogates). */
export function codePointsWidth(s: string): number {
  let width = 0;
  for (const ch of s) width += charWidth(ch);
  return width;
}

function charWidth(ch: string): number {
  if (/^[\p{Mn}\p{Me}\p{Cf}]$/u.test(ch)) return 0;
  return isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    cp === 0x2329 ||
    cp === 0x232a ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe10 && cp <= 0xfe19) ||
    (cp >= 0xfe30 && cp <= 0xfe6f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1f64f) ||
    (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

export function padEndWidth(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

/** Integers with "," thousands separators, by hand (toLocaleString depends on the machine). */
export function formatCount(n: number): string {
  const digits = String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return n < 0 ? `-${digits}` : digits;
}

const SEVERITY_WORDS: Record<Lang, Record<Severity, string>> = {
  en: { error: 'error', warn: 'warn', info: 'info' },
  zh: { error: '错误', warn: '警告', info: '提示' },
};

export function severityWord(severity: Severity, lang: Lang): string {
  return SEVERITY_WORDS[lang][severity];
}

type Noun = 'problem' | 'error' | 'warning' | 'info' | 'file';

const NOUNS: Record<Noun, { one: string; many: string; zh: string }> = {
  problem: { one: 'problem', many: 'problems', zh: '个问题' },
  error: { one: 'error', many: 'errors', zh: '个错误' },
  warning: { one: 'warning', many: 'warnings', zh: '个警告' },
  info: { one: 'info', many: 'infos', zh: '个提示' },
  file: { one: 'file', many: 'files', zh: '个文件' },
};

/** "1 error", "2 errors", "2 个错误". */
export function count(n: number, noun: Noun, lang: Lang): string {
  const word = NOUNS[noun];
  if (lang === 'zh') return `${formatCount(n)} ${word.zh}`;
  return `${formatCount(n)} ${n === 1 ? word.one : word.many}`;
}

export function problemCount(summary: CheckSummary): number {
  return summary.errors + summary.warnings + summary.infos;
}

/** "2 errors, 1 warning" (+ infos when there are any). */
export function severityCounts(summary: CheckSummary, lang: Lang): string {
  const parts = [count(summary.errors, 'error', lang), count(summary.warnings, 'warning', lang)];
  if (summary.infos > 0) parts.push(count(summary.infos, 'info', lang));
  return parts.join(lang === 'zh' ? '，' : ', ');
}

/** The closing line of the text report: "✖ 3 problems (2 errors, 1 warning) in 41 files". */
export function summaryLine(summary: CheckSummary, lang: Lang): string {
  const files = count(summary.files, 'file', lang);
  const problems = problemCount(summary);
  if (problems === 0) return lang === 'zh' ? `✔ ${files}，未发现问题` : `✔ no problems in ${files}`;
  const total = count(problems, 'problem', lang);
  const counts = severityCounts(summary, lang);
  return lang === 'zh' ? `✖ ${total}（${counts}），共 ${files}` : `✖ ${total} (${counts}) in ${files}`;
}

/** "value: «x»  expected: y" — undefined when the diagnostic carries neither. */
export function detailLine(d: Diagnostic, lang: Lang): string | undefined {
  const parts = detailParts(d, lang, lang === 'zh' ? '：' : ': ');
  return parts.length > 0 ? parts.join('  ') : undefined;
}

/** " (value: «x»; expected: y)" appended to one-line messages; "" when there is nothing to add. */
export function detailSuffix(d: Diagnostic, lang: Lang): string {
  const parts = detailParts(d, lang, lang === 'zh' ? '：' : ': ');
  if (parts.length === 0) return '';
  return lang === 'zh' ? `（${parts.join('；')}）` : ` (${parts.join('; ')})`;
}

function detailParts(d: Diagnostic, lang: Lang, colon: string): string[] {
  const labels = lang === 'zh' ? { value: '值', expected: '应为' } : { value: 'value', expected: 'expected' };
  const parts: string[] = [];
  if (d.value !== undefined) parts.push(`${labels.value}${colon}${quoteValue(d.value)}`);
  if (d.expected !== undefined) parts.push(`${labels.expected}${colon}${showExpected(d.expected)}`);
  return parts;
}

/** Diagnostics grouped by file, in the (already sorted) input order. */
export function groupByFile(diagnostics: readonly Diagnostic[]): Map<string, Diagnostic[]> {
  const groups = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) {
    const group = groups.get(d.file);
    if (group) group.push(d);
    else groups.set(d.file, [d]);
  }
  return groups;
}

/** The repository file behind a location: `pools/2026.xlsx!种子库` (a workbook sheet) → `pools/2026.xlsx`. */
export function repoFile(file: string): string {
  const bang = file.indexOf('!');
  return bang === -1 ? file : file.slice(0, bang);
}
