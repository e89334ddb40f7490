/**
 * `diff --format markdown`, for a pull-request comment or a job summary: a one-line headline, then
 * one collapsible <details> section per kind of change (findings and gaps open). Every cell is
 * escaped, and each section is cut after `maxRows` rows so that a big diff still fits in a comment.
 */
import type { DataDiff } from '../reports/diff.js';
import { sections } from './diff-sections.js';
import { baseLine, headline, type DiffFormatOptions, type Section } from './diff-common.js';
import { escapeControl } from './format.js';
import { escapeCell } from './markdown.js';

export const DEFAULT_MAX_ROWS = 100;

const ICONS = { '+': '➕', '-': '➖', '~': '✏️', '↻': '🔁' } as const;

function html(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function sectionLines(s: Section, maxRows: number, lang: DiffFormatOptions['lang']): string[] {
  const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  const shown = s.rows.slice(0, maxRows);
  const out = [`<details${s.open ? ' open' : ''}><summary><b>${html(s.title)}</b> — ${html(s.summary)}</summary>`, ''];
  out.push(row(['', ...s.head.map(escapeCell)]), row(['---', ...s.head.map(() => '---')]));
  for (const r of shown) out.push(row([ICONS[r.mark], ...r.cells.map((c) => escapeCell(escapeControl(c)))]));
  const more = s.rows.length - shown.length;
  if (more > 0) out.push('', lang === 'zh' ? `……另有 ${more} 行（完整内容见 --format text 或 json）` : `… and ${more} more (the full list: --format text or json)`);
  if (s.note) out.push('', `<sub>${html(s.note)}</sub>`);
  out.push('', '</details>', '');
  return out;
}

export function diffMarkdown(d: DataDiff, options: DiffFormatOptions): string {
  const title = options.lang === 'zh' ? 'hh-srdi 数据变化：' : 'hh-srdi diff: ';
  const out = [`### ${title}${escapeCell(headline(d, options.lang))}`, '', `<sub>${html(baseLine(d, options.lang))}</sub>`, ''];
  for (const s of sections(d, options.lang)) out.push(...sectionLines(s, options.maxRows ?? DEFAULT_MAX_ROWS, options.lang));
  return `${out.join('\n')}`;
}
