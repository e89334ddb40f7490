/** The reporter contract: pure `(result, options) => string`, looked up by name (knip, Spectral). */
import type { CheckResult, Severity } from '../diagnostics.js';

export type Lang = 'zh' | 'en';

export interface RuleMeta {
  id: string;
  description: { zh: string; en: string };
  defaultSeverity: Severity;
}

export interface ReporterOptions {
  lang: Lang;
  /** ANSI colour (text reporter only); the CLI decides from the TTY, `--no-color` and `NO_COLOR`. */
  color: boolean;
  /** Every known rule, for SARIF's rule table. */
  rules: readonly RuleMeta[];
  toolVersion: string;
  /** Link to a rule's documentation (SARIF `helpUri`, markdown rule links). */
  helpUri?: (ruleId: string) => string;
  /** The project's home page (SARIF `tool.driver.informationUri`); omitted when unknown. */
  informationUri?: string;
}

export type Reporter = (result: CheckResult, options: ReporterOptions) => string;

export type ReporterName = 'text' | 'json' | 'github' | 'sarif' | 'markdown';
