/** A rule is data plus a pure `check` over the loaded model (attw: one check per file). */
import type { Location, MessageArgs, Severity } from '../diagnostics.js';
import type { Dataset, IsoDate, Origin } from '../model/types.js';
import type { DatasetIndex } from '../model/dataset-index.js';

export interface RuleContext {
  data: Dataset;
  index: DatasetIndex;
  /** The `--as-of` date (Asia/Shanghai calendar date). */
  asOf: IsoDate;
  /** Report one finding. `at` is a Location, or a record origin plus a field name to point at its value. */
  report(finding: Finding): void;
}

export interface Finding {
  code: string;
  args?: MessageArgs;
  at: Location | { origin: Origin; field?: string };
  path?: string;
  value?: string;
  expected?: string | { zh: string; en: string };
  /** Overrides the rule's severity for this finding (e.g. duplicate-enterprise warns for a shared name). */
  severity?: Severity;
}

export interface RuleDefinition<Id extends string = string> {
  id: Id;
  description: { zh: string; en: string };
  defaultSeverity: Severity;
  /** Rules implemented by the loaders (syntax, schema…) have no check of their own. */
  check?: (ctx: RuleContext) => void;
}

export function defineRule<const Id extends string>(rule: RuleDefinition<Id>): RuleDefinition<Id> {
  return rule;
}
