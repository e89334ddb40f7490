/**
 * What every export shares: a table is a header, rows and footer lines, built from a documented
 * column list (Chinese and English header, one cell function). Pure — the CLI encodes and writes it.
 */
import { cmp } from '../diagnostics.js';
import type { Lang } from '../messages.js';
import { tierLabel } from '../model/tiers.js';
import { TIERS, type PoolStatus, type TierId } from '../model/types.js';
import type { Cell } from './csv.js';

export interface ExportTable {
  header: string[];
  rows: Cell[][];
  /** How many of the rows are records (the rest are 合计 rows). */
  records: number;
  /** One-cell lines after the rows (the --allow-errors notice). */
  footer: string[];
}

export interface Column<R> {
  /** Stable key, used by the total row and the documentation test. */
  key: string;
  zh: string;
  en: string;
  cell: (row: R, lang: Lang) => Cell;
}

export function header<R>(columns: readonly Column<R>[], lang: Lang): string[] {
  return columns.map((c) => c[lang]);
}

export function tabulate<R>(columns: readonly Column<R>[], items: readonly R[], lang: Lang): Cell[][] {
  return items.map((item) => columns.map((c) => c.cell(item, lang)));
}

/** A 合计 row: the given cells under their columns, the rest empty. */
export function totalRow<R>(columns: readonly Column<R>[], cells: Readonly<Record<string, Cell>>): Cell[] {
  return columns.map((c) => cells[c.key] ?? '');
}

export const TOTAL_LABEL: Record<Lang, string> = { zh: '合计', en: 'total' };

export function tierCell(tier: TierId | undefined, lang: Lang): string {
  return tier === undefined ? '' : tierLabel(tier, lang);
}

/** "创新型 3；专精特新 2；小巨人 1" — tiers with no entries left out. */
export function tierBreakdown(tiers: readonly TierId[], lang: Lang): string {
  const parts = TIERS.map((t) => [t, tiers.filter((x) => x === t).length] as const)
    .filter(([, n]) => n > 0)
    .map(([t, n]) => `${tierLabel(t, lang)} ${n}`);
  return parts.join(lang === 'zh' ? '；' : '; ');
}

export function enterpriseCount(n: number, lang: Lang): string {
  return lang === 'zh' ? `${n} 家` : `${n} ${n === 1 ? 'enterprise' : 'enterprises'}`;
}

export function yesNo(value: boolean | undefined, lang: Lang): string {
  if (value === undefined) return '';
  return lang === 'zh' ? (value ? '是' : '否') : value ? 'yes' : 'no';
}

export const STATUS_WORDS: Record<Lang, Record<PoolStatus, string>> = {
  zh: { 'in-pool': '在库', diagnosed: '已诊断', improving: '培育中', applied: '已申报', recognized: '已认定', withdrawn: '退库' },
  en: { 'in-pool': 'in-pool', diagnosed: 'diagnosed', improving: 'improving', applied: 'applied', recognized: 'recognized', withdrawn: 'withdrawn' },
};

export function joinList(items: readonly string[], lang: Lang): string {
  return items.join(lang === 'zh' ? '；' : '; ');
}

/** Rows sort by county code then credit code (SPEC §3); an unresolved county sorts last. */
export function byCountyThenCode<R>(county: (r: R) => string | undefined, code: (r: R) => string, then?: (a: R, b: R) => number): (a: R, b: R) => number {
  const key = (r: R): string => county(r) ?? '\uffff';
  return (a, b) => cmp(key(a), key(b)) || cmp(code(a), code(b)) || (then ? then(a, b) : 0);
}

export const tierOrder = (a: TierId, b: TierId): number => TIERS.indexOf(a) - TIERS.indexOf(b);

/** A ratio in percent with at most 2 decimals, or empty when either side is unknown or the base is 0. */
export function percent(part: number | undefined, whole: number | undefined): number | undefined {
  if (part === undefined || whole === undefined || whole === 0) return undefined;
  return round2((100 * part) / whole);
}

export function round2(x: number): number {
  return Math.round(x * 100 + (x >= 0 ? 1e-9 : -1e-9)) / 100;
}
