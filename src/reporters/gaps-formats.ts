/** The `gaps` output formats, looked up by name: pure (report, options) → string. */
import type { GapReport } from '../reports/gaps.js';
import type { GapsFormatOptions } from './gaps-common.js';
import { gapsCsv, gapsJson } from './gaps-data.js';
import { gapsMarkdown } from './gaps-markdown.js';
import { gapsTable } from './gaps-table.js';

export const GAPS_FORMATS = ['table', 'csv', 'json', 'markdown'] as const;
export type GapsFormat = (typeof GAPS_FORMATS)[number];

export const gapsFormatters: Record<GapsFormat, (report: GapReport, options: GapsFormatOptions) => string> = {
  table: gapsTable,
  csv: gapsCsv,
  json: (report) => gapsJson(report),
  markdown: gapsMarkdown,
};

export function isGapsFormat(name: string): name is GapsFormat {
  return (GAPS_FORMATS as readonly string[]).includes(name);
}

export type { GapsFormatOptions };
export { gapNotes } from './gaps-common.js';
