/** GitHub Actions workflow commands (annotations); escaping as in @actions/core's command.ts. */
import type { CheckResult, Diagnostic, Severity } from '../diagnostics.js';
import { detailSuffix, repoFile, summaryLine } from './format.js';
import { markdown } from './markdown.js';
import type { Reporter, ReporterOptions } from './types.js';

const COMMANDS: Record<Severity, string> = { error: 'error', warn: 'warning', info: 'notice' };

export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export const github: Reporter = (result, options) => {
  const lines = result.diagnostics.map((d) => annotation(d, options));
  lines.push(summaryLine(result.summary, options.lang));
  return `${lines.join('\n')}\n`;
};

function annotation(d: Diagnostic, options: ReporterOptions): string {
  const properties: [string, string | number | undefined][] = [
    ['file', repoFile(d.file)],
    ['line', d.line],
    ['col', d.column],
    ['endLine', d.endLine],
    ['endColumn', d.endColumn],
    ['title', d.ruleId],
  ];
  const list = properties
    .filter((p): p is [string, string | number] => p[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  const message = d.message + detailSuffix(d, options.lang);
  return `::${COMMANDS[d.severity]} ${list}::${escapeData(message)}`;
}

/** The full report for `$GITHUB_STEP_SUMMARY` (the CLI writes it). */
export function githubStepSummary(result: CheckResult, options: ReporterOptions): string {
  return markdown(result, options);
}
