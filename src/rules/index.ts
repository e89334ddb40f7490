/** The rule registry. Ids are part of the interface (config, suppressions, CI): see SPEC §5. */
import type { RuleDefinition } from './define.js';
import { duplicateKey, schema, syntax, unknownField } from './loader-rules.js';
import creditCode from './credit-code.js';
import creditCodeRegion from './credit-code-region.js';
import duplicateEnterprise from './duplicate-enterprise.js';
import unknownEnterprise from './unknown-enterprise.js';
import unknownCounty from './unknown-county.js';
import planArithmetic from './plan-arithmetic.js';
import planTotal from './plan-total.js';
import planAnnual from './plan-annual.js';
import recognitionDates from './recognition-dates.js';
import recognitionOverlap from './recognition-overlap.js';
import recognitionExpiring from './recognition-expiring.js';
import ladderPrerequisite from './ladder-prerequisite.js';
import poolSize from './pool-size.js';
import poolDeadline from './pool-deadline.js';
import poolEligibility from './pool-eligibility.js';
import poolAlreadyHolds from './pool-already-holds.js';
import poolCounty from './pool-county.js';
import poolDuplicate from './pool-duplicate.js';
import indicatorConsistency from './indicator-consistency.js';
import indicatorMissing from './indicator-missing.js';
import indicatorStale from './indicator-stale.js';
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
  planArithmetic,
  planTotal,
  planAnnual,
  recognitionDates,
  recognitionOverlap,
  recognitionExpiring,
  ladderPrerequisite,
  poolSize,
  poolDeadline,
  poolEligibility,
  poolAlreadyHolds,
  poolCounty,
  poolDuplicate,
  indicatorConsistency,
  indicatorMissing,
  indicatorStale,
  suppression,
] as const satisfies readonly RuleDefinition[];

export type RuleId = (typeof RULES)[number]['id'];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);

export function ruleById(id: string): RuleDefinition | undefined {
  return RULES.find((r) => r.id === id);
}
