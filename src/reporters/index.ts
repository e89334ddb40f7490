/** Reporters by name: `check --format <name>` picks one here. */
import { github } from './github.js';
import { json } from './json.js';
import { markdown } from './markdown.js';
import { sarif } from './sarif.js';
import { text } from './text.js';
import type { Reporter, ReporterName } from './types.js';

export type { Lang, Reporter, ReporterName, ReporterOptions, RuleMeta } from './types.js';
export type { JsonDiagnostic, JsonReport } from './json.js';
export type { SarifLog } from './sarif.js';
export { githubStepSummary } from './github.js';

export const reporters: Record<ReporterName, Reporter> = { text, json, github, sarif, markdown };

export const reporterNames: readonly ReporterName[] = ['text', 'json', 'github', 'sarif', 'markdown'];

export function isReporterName(name: string): name is ReporterName {
  return reporterNames.some((n) => n === name);
}
