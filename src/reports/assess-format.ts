/**
 * `hh-srdi assess` output formats (SPEC §3), looked up by name: pure (report, options) → string.
 * `table` one block per enterprise; `csv` one row per enterprise × criterion; `json` version 1
 * (docs/assess.md); `markdown` an overview and a section per enterprise. `--compare` has its own four.
 */
import type { AssessFormatOptions, AssessReport } from './assess-common.js';
import { type CompareReport, compareCsv, compareJson, compareMarkdown, compareTable } from './assess-compare.js';
import { assessCsv, assessJson } from './assess-data.js';
import { assessMarkdown } from './assess-markdown.js';
import { assessTable } from './assess-table.js';

export const ASSESS_FORMATS = ['table', 'csv', 'json', 'markdown'] as const;
export type AssessFormat = (typeof ASSESS_FORMATS)[number];

export function isAssessFormat(name: string): name is AssessFormat {
  return (ASSESS_FORMATS as readonly string[]).includes(name);
}

export const assessFormatters: Record<AssessFormat, (report: AssessReport, options: AssessFormatOptions) => string> = {
  table: assessTable,
  csv: assessCsv,
  json: (report) => assessJson(report),
  markdown: assessMarkdown,
};

export const compareFormatters: Record<AssessFormat, (report: CompareReport, options: AssessFormatOptions) => string> = {
  table: compareTable,
  csv: compareCsv,
  json: (report) => compareJson(report),
  markdown: compareMarkdown,
};

export type { AssessEntry, AssessFormatOptions, AssessReport } from './assess-common.js';
export { countVerdicts, countsText, summaryLine } from './assess-common.js';
export type { CompareEntry, CompareReport } from './assess-compare.js';
