/** `check --format json`: the documented, stable shape of SPEC §5 — nothing internal leaks. */
import type { Diagnostic, Severity } from '../diagnostics.js';
import type { Reporter } from './types.js';

export interface JsonDiagnostic {
  ruleId: string;
  severity: Severity;
  message: string;
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  path?: string;
  value?: string;
  expected?: string;
}

export interface JsonReport {
  version: 1;
  diagnostics: JsonDiagnostic[];
  summary: { errors: number; warnings: number; files: number };
}

export const json: Reporter = (result) => {
  const { errors, warnings, files } = result.summary;
  const report: JsonReport = {
    version: 1,
    diagnostics: result.diagnostics.map(toJson),
    summary: { errors, warnings, files },
  };
  return `${JSON.stringify(report, null, 2)}\n`;
};

/** Keys in SPEC order (JSON.stringify keeps insertion order); optional keys only when set. */
function toJson(d: Diagnostic): JsonDiagnostic {
  const out: JsonDiagnostic = {
    ruleId: d.ruleId,
    severity: d.severity,
    message: d.message,
    file: d.file,
    line: d.line,
    column: d.column,
  };
  if (d.endLine !== undefined) out.endLine = d.endLine;
  if (d.endColumn !== undefined) out.endColumn = d.endColumn;
  if (d.path !== undefined) out.path = d.path;
  if (d.value !== undefined) out.value = d.value;
  if (d.expected !== undefined) out.expected = d.expected;
  return out;
}
