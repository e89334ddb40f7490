/**
 * What the command definitions need to describe their options, kept free of the modules that
 * implement them so that `--help` loads none of those: the choice lists (test/cli/startup.test.ts
 * checks they equal the implementations' own), defaults shown in help, and the list parser.
 */
import type { RulesetId } from '../criteria/types.js';
import type { ReporterName } from '../reporters/types.js';

/** `check --format`: reporterNames in src/reporters/index.ts. */
export const CHECK_FORMATS: readonly ReporterName[] = ['text', 'json', 'github', 'sarif', 'markdown'];
/** `gaps --format` besides xlsx: GAPS_FORMATS in src/reporters/gaps-formats.ts. */
export const GAPS_FORMATS = ['table', 'csv', 'json', 'markdown'] as const;
/** `assess --format` besides xlsx: ASSESS_FORMATS in src/reports/assess-format.ts. */
export const ASSESS_FORMATS = ['table', 'csv', 'json', 'markdown'] as const;
/** `diff --format`: DIFF_FORMATS in src/reporters/diff-formats.ts. */
export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
/** `--ruleset`: RULESET_IDS in src/criteria/index.ts. */
export const RULESET_IDS: readonly RulesetId[] = ['miit-2022', 'miit-2026'];
/** `diff --threshold` default, in percent: DEFAULT_THRESHOLD_PCT in src/reports/diff.ts. */
export const DIFF_THRESHOLD_PCT = 10;

/** Repeatable and comma-separated (ASCII, full-width or 、). */
export const collect = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value.split(/[,，、]/u).map((v) => v.trim()).filter((v) => v !== ''),
];
