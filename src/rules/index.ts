/** The rule registry. Ids are part of the interface (config, suppressions, CI): see SPEC §5. */
import type { RuleDefinition } from './define.js';
import { duplicateKey, schema, syntax, unknownField } from './loader-rules.js';
import creditCode from './credit-code.js';
import creditCodeRegion from './credit-code-region.js';
import duplicateEnterprise from './duplicate-enterprise.js';
import unknownEnterprise from './unknown-enterprise.js';
import unknownCounty from './unknown-county.js';
import suppression from './suppression.js';

export const RULES = [
  syntax,
  schema,
  unknownField,
  duplicateKey,
  creditCode,
  creditCodeRegion,
  duplicateEnterprise,
  unknownEnterprise,
  unknownCounty,
  suppression,
] as const satisfies readonly RuleDefinition[];

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): RuleDefinition | undefined {
  return RULES.find((r) => r.id === id);
}
