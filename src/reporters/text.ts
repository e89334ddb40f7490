/** ESLint "stylish"-like report: grouped by file, aligned columns, one summary line. */
import { Chalk, type ChalkInstance } from 'chalk';
import type { CheckSummary, Diagnostic, Severity } from '../diagnostics.js';
import {
  detailLine,
  displayWidth,
  escapeControl,
  groupByFile,
  padEndWidth,
  severityWord,
  summaryLine,
} from './format.js';
import type { Lang, Reporter } from './types.js';

interface Row {
  severity: Severity;
  line: string;
  column: string;
  word: string;
  message: string;
  ruleId: string;
  detail: string | undefined;
}

export const text: Reporter = (result, options) => {
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const out: string[] = [];
  for (const [file, diagnostics] of groupByFile(result.diagnostics)) {
    out.push(chalk.underline(escapeControl(file)));
    out.push(...fileRows(diagnostics, options.lang, chalk), '');
  }
  out.push(colourSummary(result.summary, options.lang, chalk));
  return `${out.join('\n')}\n`;
};

function fileRows(diagnostics: readonly Diagnostic[], lang: Lang, chalk: ChalkInstance): string[] {
  const rows: Row[] = diagnostics.map((d) => ({
    severity: d.severity,
    line: String(d.line),
    column: String(d.column),
    word: severityWord(d.severity, lang),
    message: escapeControl(d.message),
    ruleId: escapeControl(d.ruleId),
    detail: detailLine(d, lang),
  }));
  const width = (pick: (row: Row) => string): number =>
    rows.reduce((max, row) => Math.max(max, displayWidth(pick(row))), 0);
  const lineWidth = width((r) => r.line);
  const columnWidth = width((r) => r.column);
  const wordWidth = width((r) => r.word);
  const messageWidth = width((r) => r.message);
  const lines: string[] = [];
  for (const row of rows) {
    const position = `${row.line.padStart(lineWidth)}:${row.column.padEnd(columnWidth)}`;
    const word = paint(row.severity, chalk)(row.word) + ' '.repeat(wordWidth - displayWidth(row.word));
    lines.push(`  ${chalk.dim(position)}  ${word}  ${padEndWidth(row.message, messageWidth)}  ${chalk.dim(row.ruleId)}`);
    if (row.detail !== undefined) lines.push(`    ${chalk.dim(row.detail)}`);
  }
  return lines;
}

function paint(severity: Severity, chalk: ChalkInstance): ChalkInstance {
  if (severity === 'error') return chalk.red;
  if (severity === 'warn') return chalk.yellow;
  return chalk.blue;
}

function colourSummary(summary: CheckSummary, lang: Lang, chalk: ChalkInstance): string {
  const line = summaryLine(summary, lang);
  if (summary.errors > 0) return chalk.red.bold(line);
  if (summary.warnings > 0) return chalk.yellow.bold(line);
  if (summary.infos > 0) return chalk.blue.bold(line);
  return chalk.green.bold(line);
}
