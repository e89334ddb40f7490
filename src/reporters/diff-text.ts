/** `diff --format text`: the headline, then each section as aligned columns (coloured on a TTY). */
import { Chalk, type ChalkInstance } from 'chalk';
import type { DataDiff } from '../reports/diff.js';
import { sections } from './diff-sections.js';
import { baseLine, headline, type DiffFormatOptions, type Mark, type Section } from './diff-common.js';
import { displayWidth, escapeControl, padEndWidth } from './format.js';

function paint(mark: Mark, chalk: ChalkInstance): ChalkInstance {
  if (mark === '+') return chalk.green;
  if (mark === '-') return chalk.red;
  return chalk.yellow;
}

function sectionLines(s: Section, chalk: ChalkInstance): string[] {
  const rows = s.rows.map((r) => r.cells.map(escapeControl));
  const widths = s.head.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  // the last column is not padded (no trailing blanks)
  const line = (cells: readonly string[]): string => cells.map((c, i) => (i === cells.length - 1 ? c : padEndWidth(c, widths[i] ?? 0))).join('  ').trimEnd();
  const out = [`${chalk.bold(s.title)} — ${s.summary}`, chalk.dim(`    ${line(s.head)}`)];
  s.rows.forEach((r, i) => out.push(`  ${paint(r.mark, chalk)(r.mark)} ${line(rows[i] ?? [])}`));
  if (s.note) out.push(chalk.dim(`  ${s.note}`));
  return out;
}

export function diffText(d: DataDiff, options: DiffFormatOptions): string {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const title = options.lang === 'zh' ? 'hh-srdi 数据变化：' : 'hh-srdi diff: ';
  const out = [`${chalk.bold(title)}${headline(d, options.lang)}`, chalk.dim(baseLine(d, options.lang))];
  for (const s of sections(d, options.lang)) out.push('', ...sectionLines(s, chalk));
  return `${out.join('\n')}\n`;
}
