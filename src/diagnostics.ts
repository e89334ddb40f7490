/** A finding, as data. Lines and columns are 1-based; `file` is relative to the cwd with POSIX slashes. */
export type Severity = 'error' | 'warn' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Location {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export type MessageArgs = Readonly<Record<string, string | number>>;

export interface Diagnostic extends Location {
  ruleId: string;
  severity: Severity;
  /** Typed message code (see messages.ts) rendered in zh/en by `renderMessage`. */
  code: string;
  args: MessageArgs;
  /** Rendered message in the run's language; filled by the runner. */
  message: string;
  /** Dotted path of the offending value inside the record, e.g. `recognitions[1].recognized_on`. */
  path?: string;
  /** The offending value as written in the file. */
  value?: string;
  /** What was expected, human-readable. */
  expected?: string;
}

export interface CheckSummary {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  summary: CheckSummary;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warn: 1, info: 2 };

/** Stable order: file → line → column → rule id → message (Spectral). Also removes exact duplicates. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  const sorted = [...list].sort(
    (a, b) =>
      cmp(a.file, b.file) ||
      a.line - b.line ||
      a.column - b.column ||
      cmp(a.ruleId, b.ruleId) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      cmp(a.message, b.message),
  );
  return sorted.filter(
    (d, i) =>
      i === 0 ||
      !(
        d.file === sorted[i - 1].file &&
        d.line === sorted[i - 1].line &&
        d.column === sorted[i - 1].column &&
        d.ruleId === sorted[i - 1].ruleId &&
        d.message === sorted[i - 1].message
      ),
  );
}

/** Code-point comparison: independent of the machine's locale. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function summarise(diagnostics: readonly Diagnostic[], files: number): CheckSummary {
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warn') warnings++;
    else infos++;
  }
  return { errors, warnings, infos, files };
}

/** attw's getExitCode: 1 for errors or too many warnings, else 0. */
export function exitCodeFor(summary: CheckSummary, maxWarnings: number | undefined): 0 | 1 {
  if (summary.errors > 0) return 1;
  if (maxWarnings !== undefined && maxWarnings >= 0 && summary.warnings > maxWarnings) return 1;
  return 0;
}

/** A finding before the runner stamps its configured severity and renders its message. */
export interface Draft extends Location {
  ruleId: string;
  code: string;
  args: MessageArgs;
  severity?: Severity;
  path?: string;
  value?: string;
  /** What was expected; bilingual when it is prose, picked by the run's language. */
  expected?: string | { zh: string; en: string };
}

/** An inline suppression: `# hh-srdi-disable-next-line rule-id -- reason` or a CSV `suppress` cell. */
export interface SuppressionDirective {
  file: string;
  /** The line whose diagnostics it silences. */
  line: number;
  ruleIds: string[];
  reason: string;
  at: Location;
}
