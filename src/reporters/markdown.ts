/** Markdown report: PR comments and `$GITHUB_STEP_SUMMARY`. One table per file. */
import type { CheckSummary, Diagnostic, Severity } from '../diagnostics.js';
import {
  count,
  escapeControl,
  groupByFile,
  problemCount,
  quoteValue,
  severityCounts,
  severityWord,
  showExpected,
  summaryLine,
} from './format.js';
import type { Lang, Reporter, ReporterOptions } from './types.js';

const ICONS: Record<Severity, string> = { error: '❌', warn: '⚠️', info: 'ℹ️' };

const HEADERS: Record<Lang, string[]> = {
  en: ['line:col', 'severity', 'rule', 'message', 'value'],
  zh: ['行:列', '级别', '规则', '说明', '值'],
};

export const markdown: Reporter = (result, options) => {
  const out = [heading(result.summary, options.lang), ''];
  if (result.diagnostics.length === 0) out.push(summaryLine(result.summary, options.lang), '');
  for (const [file, diagnostics] of groupByFile(result.diagnostics)) {
    out.push(`#### ${codeSpan(escapeControl(file))}`, '');
    out.push(tableRow(HEADERS[options.lang]), '| ---: | --- | --- | --- | --- |');
    for (const d of diagnostics) out.push(tableRow(cells(d, options), false));
    out.push('');
  }
  return out.join('\n');
};

function heading(summary: CheckSummary, lang: Lang): string {
  const files = count(summary.files, 'file', lang);
  const status = problemCount(summary) === 0 ? (lang === 'zh' ? '✔ 未发现问题' : '✔ no problems') : `✖ ${severityCounts(summary, lang)}`;
  return lang === 'zh' ? `### hh-srdi 检查：${status}（共 ${files}）` : `### hh-srdi check: ${status} (${files})`;
}

function cells(d: Diagnostic, options: ReporterOptions): string[] {
  const rule = escapeCell(d.ruleId);
  return [
    `${d.line}:${d.column}`,
    `${ICONS[d.severity]} ${severityWord(d.severity, options.lang)}`,
    options.helpUri === undefined ? rule : `[${rule}](${linkDestination(options.helpUri(d.ruleId))})`,
    escapeCell(d.message),
    escapeCell(valueCell(d, options.lang)),
  ];
}

function valueCell(d: Diagnostic, lang: Lang): string {
  const label = lang === 'zh' ? '应为：' : 'expected: ';
  const expected = d.expected === undefined ? undefined : `${label}${showExpected(d.expected)}`;
  if (d.value === undefined) return expected ?? '';
  const value = quoteValue(d.value);
  if (expected === undefined) return value;
  return lang === 'zh' ? `${value}（${expected}）` : `${value} (${expected})`;
}

function tableRow(cellTexts: readonly string[], escape = true): string {
  return `| ${cellTexts.map((c) => (escape ? escapeCell(c) : c)).join(' | ')} |`;
}

/** Backslash-escape Markdown punctuation (incl. the cell separator `|`); line breaks become `<br>`. */
export function escapeCell(s: string): string {
  return s.replace(/[\\`*_[\]<>|~&]/g, '\\$&').replace(/\r\n|\r|\n/g, '<br>');
}

function linkDestination(uri: string): string {
  return `<${uri.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>`;
}

/** A code span whose fence is longer than any backtick run inside (CommonMark). */
function codeSpan(s: string): string {
  const longest = Math.max(0, ...(s.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = s.startsWith('`') || s.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}
