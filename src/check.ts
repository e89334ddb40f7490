/**
 * The pure core of `hh-srdi check`: loader findings + every rule's findings → sorted diagnostics
 * with configured severities (knip: severity is configuration), suppressions applied, messages rendered.
 */
import { sortDiagnostics, summarise, type CheckResult, type Diagnostic, type Draft, type Location, type Severity, type SeveritySetting, type SuppressionDirective } from './diagnostics.js';
import type { LoadResult } from './load/folder.js';
import { renderMessage, type Lang } from './messages.js';
import { buildIndex, type DatasetIndex } from './model/dataset-index.js';
import type { IsoDate } from './model/types.js';
import type { Finding, RuleDefinition } from './rules/define.js';
import { RULES } from './rules/index.js';

export interface CheckOptions {
  asOf: IsoDate;
  lang: Lang;
  /** `rules:` of the config: id → error | warn | info | off. */
  severities?: Readonly<Record<string, SeveritySetting>>;
  /** Report only these files (paths as printed); cross-file rules still see the whole folder. */
  onlyFiles?: ReadonlySet<string>;
  quiet?: boolean;
}

export function locate(at: Finding['at']): Location {
  if ('file' in at) return at;
  const loc = (at.field && at.origin.fields[at.field]) || at.origin.loc;
  return loc;
}

export function collectDrafts(load: LoadResult, asOf: IsoDate, rules: readonly RuleDefinition[] = RULES, index: DatasetIndex = buildIndex(load.data)): Draft[] {
  const drafts: Draft[] = [...load.drafts];
  for (const rule of rules) {
    if (!rule.check) continue;
    rule.check({
      data: load.data,
      index,
      asOf,
      report: (f) => {
        const loc = locate(f.at);
        drafts.push({
          file: loc.file, line: loc.line, column: loc.column,
          ...(loc.endLine !== undefined ? { endLine: loc.endLine, endColumn: loc.endColumn } : {}),
          ruleId: rule.id, code: f.code, args: f.args ?? {},
          ...(f.severity ? { severity: f.severity } : {}),
          ...(f.path !== undefined ? { path: f.path } : {}),
          ...(f.value !== undefined ? { value: f.value } : {}),
          ...(f.expected !== undefined ? { expected: f.expected } : {}),
        });
      },
    });
  }
  return drafts;
}

export function finalise(drafts: readonly Draft[], suppressions: readonly SuppressionDirective[], files: number, opts: CheckOptions): CheckResult {
  const defaults = new Map<string, Severity>(RULES.map((r) => [r.id, r.defaultSeverity]));
  const suppressed = suppressionIndex(suppressions);
  const out: Diagnostic[] = [];
  for (const d of [...drafts, ...suppressionDrafts(suppressions, drafts, defaults)]) {
    const configured = opts.severities?.[d.ruleId];
    if (configured === 'off') continue;
    const severity = configured ?? d.severity ?? defaults.get(d.ruleId) ?? 'error';
    if (opts.quiet && severity !== 'error') continue;
    if (opts.onlyFiles && !opts.onlyFiles.has(d.file)) continue;
    if (suppressed.has(`${d.file}\u0000${d.line}\u0000${d.ruleId}`)) continue;
    const { code, args, expected, value, ...rest } = d;
    out.push({
      ...rest,
      severity,
      code,
      args,
      message: clip(renderMessage(code, args, opts.lang), 1000),
      ...(value === undefined ? {} : { value: clip(value, MAX_VALUE) }),
      ...(expected === undefined ? {} : { expected: typeof expected === 'string' ? expected : expected[opts.lang] }),
    });
  }
  const diagnostics = sortDiagnostics(out);
  return { diagnostics, summary: summarise(diagnostics, files) };
}

/** Findings about the suppressions themselves: no reason, unknown rule, nothing to silence. */
function suppressionDrafts(list: readonly SuppressionDirective[], drafts: readonly Draft[], known: ReadonlyMap<string, Severity>): Draft[] {
  const present = new Set(drafts.map((d) => `${d.file}\u0000${d.line}\u0000${d.ruleId}`));
  const out: Draft[] = [];
  for (const s of list) {
    const at = { file: s.at.file, line: s.at.line, column: s.at.column, ruleId: 'suppression' };
    if (!s.reason) {
      out.push({ ...at, code: 'suppression.no-reason', args: { rules: s.ruleIds.join(', ') } });
      continue;
    }
    for (const rule of s.ruleIds) {
      if (!known.has(rule)) out.push({ ...at, code: 'suppression.unknown-rule', args: { rule }, value: rule });
      else if (!present.has(`${s.file}\u0000${s.line}\u0000${rule}`)) out.push({ ...at, code: 'suppression.unused', args: { rule, line: s.line } });
    }
  }
  return out;
}

/** A 50 MB cell must not become a 50 MB diagnostic: values and messages are clipped for output. */
const MAX_VALUE = 200;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}… (${text.length} chars)` : text;
}

function suppressionIndex(list: readonly SuppressionDirective[]): Set<string> {
  const set = new Set<string>();
  for (const s of list) if (s.reason) for (const id of s.ruleIds) set.add(`${s.file}\u0000${s.line}\u0000${id}`);
  return set;
}

export function check(load: LoadResult, opts: CheckOptions): CheckResult {
  return finalise(collectDrafts(load, opts.asOf), load.suppressions, load.data.files.length, opts);
}

/**
 * `check`'s errors alone, for the commands that warn or refuse on them (gaps, assess, export, report).
 * indicator-missing only warns and assesses every pool member, so it is left out — unless the config
 * makes it an error, or makes suppression findings errors (its suppressions would then look unused).
 * The errors are exactly `check`'s.
 */
export function checkErrors(load: LoadResult, opts: CheckOptions): CheckResult {
  const needed = opts.severities?.['indicator-missing'] === 'error' || opts.severities?.suppression === 'error';
  const rules = needed ? RULES : RULES.filter((r) => r.id !== 'indicator-missing');
  return finalise(collectDrafts(load, opts.asOf, rules), load.suppressions, load.data.files.length, { ...opts, quiet: true });
}
