/**
 * Findings of `check` before and after a change, matched without line numbers: by rule + file +
 * message (line references in the message blanked), then by rule + message in any file (records
 * moved between files), then new and fixed findings about the same subject — same rule, file, code
 * and wording, only numbers differ — are paired as one finding that changed.
 */
import type { CheckResult, CheckSummary, Diagnostic } from '../diagnostics.js';
import { renderMessage } from '../messages.js';

export interface DiagnosticRef {
  ruleId: string;
  severity: Diagnostic['severity'];
  file: string;
  line: number;
  column: number;
  message: string;
}

export interface FindingsDiff {
  new: DiagnosticRef[];
  fixed: DiagnosticRef[];
  changed: (DiagnosticRef & { before: Pick<DiagnosticRef, 'severity' | 'line' | 'column' | 'message'> })[];
  before: CheckSummary;
  after: CheckSummary;
}

/** Message arguments that are line numbers: blanked so that a line shift does not change a message. */
const LINE_ARG = /^(line|first|first_line|\w+_line)$/;

function diagnosticKey(d: Diagnostic, file: string): string {
  const args = Object.fromEntries(Object.entries(d.args).map(([k, v]) => [k, LINE_ARG.test(k) ? '#' : v]));
  return `${d.ruleId}\u0000${file}\u0000${renderMessage(d.code, args, 'en')}`;
}

const diagnosticRef = (d: Diagnostic): DiagnosticRef => ({ ruleId: d.ruleId, severity: d.severity, file: d.file, line: d.line, column: d.column, message: d.message });

/** Multiset difference: two identical findings before and one after is one fixed. */
function unmatched(list: readonly Diagnostic[], other: readonly Diagnostic[], keyOf: (d: Diagnostic) => string, otherKey: (d: Diagnostic) => string): Diagnostic[] {
  const pool = new Map<string, number>();
  for (const d of other) pool.set(otherKey(d), (pool.get(otherKey(d)) ?? 0) + 1);
  const out: Diagnostic[] = [];
  for (const d of list) {
    const k = keyOf(d);
    const n = pool.get(k) ?? 0;
    if (n > 0) pool.set(k, n - 1);
    else out.push(d);
  }
  return out;
}

const NUMERIC = /^-?\d+(\.\d+)?$/;

/** What a finding is about, without its figures: "个旧市's 2026 innovative pool is short" whatever the count. */
function subjectKey(d: Diagnostic, file: string): string {
  const words = Object.entries(d.args).filter(([k, v]) => !LINE_ARG.test(k) && typeof v === 'string' && !NUMERIC.test(v));
  return `${d.ruleId}\u0000${file}\u0000${d.code}\u0000${JSON.stringify(words.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))}`;
}

/** A new and a fixed finding about the same subject are one finding that changed (a shortfall of 2 now 1). */
function pairChanged(added: Diagnostic[], fixed: Diagnostic[], oldFile: (d: Diagnostic) => string): { added: Diagnostic[]; fixed: Diagnostic[]; changed: FindingsDiff['changed'] } {
  const waiting = new Map<string, Diagnostic[]>();
  for (const d of fixed) {
    const k = subjectKey(d, oldFile(d));
    waiting.set(k, [...(waiting.get(k) ?? []), d]);
  }
  const changed: FindingsDiff['changed'] = [];
  const stillNew: Diagnostic[] = [];
  const paired = new Set<Diagnostic>();
  for (const d of added) {
    const was = waiting.get(subjectKey(d, d.file))?.shift();
    if (was === undefined) {
      stillNew.push(d);
      continue;
    }
    paired.add(was);
    changed.push({ ...diagnosticRef(d), before: { severity: was.severity, line: was.line, column: was.column, message: was.message } });
  }
  return { added: stillNew, fixed: fixed.filter((d) => !paired.has(d)), changed };
}

export function diagnosticDiff(before: CheckResult, after: CheckResult, renames: ReadonlyMap<string, string>): FindingsDiff {
  const oldFile = (d: Diagnostic): string => renames.get(d.file) ?? d.file;
  const oldKey = (d: Diagnostic): string => diagnosticKey(d, oldFile(d));
  const newKey = (d: Diagnostic): string => diagnosticKey(d, d.file);
  // then across files: the same rule and message elsewhere is the same finding whose rows moved
  // (a rename git did not see, records moved from a CSV into YAML files)
  const anyFile = (d: Diagnostic): string => diagnosticKey(d, '');
  const addedHere = unmatched(after.diagnostics, before.diagnostics, newKey, oldKey);
  const fixedHere = unmatched(before.diagnostics, after.diagnostics, oldKey, newKey);
  const { added, fixed, changed } = pairChanged(unmatched(addedHere, fixedHere, anyFile, anyFile), unmatched(fixedHere, addedHere, anyFile, anyFile), oldFile);
  return { new: added.map(diagnosticRef), fixed: fixed.map(diagnosticRef), changed, before: before.summary, after: after.summary };
}
