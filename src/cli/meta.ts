/** Tool metadata shared by commands: version, rule descriptions for SARIF and docs. */
import type { RuleMeta } from '../reporters/index.js';
import { RULES } from '../rules/index.js';

export const VERSION = '0.1.0';
export const README_RULES_URL = 'https://github.com/honghe-srdi/hh-srdi/blob/main/README.md#rules';

export function ruleMetas(): RuleMeta[] {
  return RULES.map((r) => ({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity }));
}

export function helpUri(ruleId: string): string {
  return `${README_RULES_URL}-${ruleId}`;
}
