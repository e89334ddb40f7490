/**
 * "Never exported when check finds errors in the records it would export" (SPEC §3): which of
 * check's error-level diagnostics concern an export. A diagnostic counts when it sits on a line of a
 * record the export uses, or on a line of a relevant file that no loaded record claims — a row that
 * failed to load, a header, a syntax error — since such a line may hide a record the export misses.
 */
import type { Diagnostic } from '../diagnostics.js';
import { classify } from '../load/classify.js';
import type { FileKind } from '../model/schemas.js';
import type { Dataset, Origin } from '../model/types.js';

export interface ExportScope {
  /** The records the export reads. */
  records: readonly { origin: Origin }[];
  /** File kinds whose unclaimed lines count (pools: only the files of `poolYear`, or without a year). */
  kinds: readonly FileKind[];
  poolYear?: number;
}

/**
 * Findings about totals, not about any record: an undersized pool (pool-size) is what the roll-up
 * reports in its shortfall column, and a filing of the members there are is still a true filing.
 */
const AGGREGATE_RULES: ReadonlySet<string> = new Set(['pool-size']);

type Lines = Map<string, Set<number>>;

function addLines(lines: Lines, origin: Origin): void {
  const add = (file: string, line: number): void => {
    const set = lines.get(file);
    if (set) set.add(line);
    else lines.set(file, new Set([line]));
  };
  add(origin.loc.file, origin.loc.line);
  for (const loc of Object.values(origin.fields)) add(loc.file, loc.line);
}

function claimedLines(data: Dataset): Lines {
  const lines: Lines = new Map();
  const all: { origin: Origin }[][] = [data.counties, data.targets, data.annualTargets, data.enterprises, data.recognitions, data.indicators, data.pools];
  for (const list of all) for (const r of list) addLines(lines, r.origin);
  if (data.plan) addLines(lines, data.plan.origin);
  return lines;
}

function inRoot(file: string, root: string): string | undefined {
  if (root === '') return file;
  return file.startsWith(`${root}/`) ? file.slice(root.length + 1) : undefined;
}

export function blockingErrors(diagnostics: readonly Diagnostic[], data: Dataset, scope: ExportScope): Diagnostic[] {
  const errors = diagnostics.filter((d) => d.severity === 'error' && !AGGREGATE_RULES.has(d.ruleId));
  if (errors.length === 0) return [];
  const used: Lines = new Map();
  for (const r of scope.records) addLines(used, r.origin);
  const claimed = claimedLines(data);
  const relevantFile = (file: string): boolean => {
    if (used.has(file)) return true;
    // A workbook's findings name its sheet (`pools/2026.xlsx!Sheet1`); the kind is the file's.
    const rel = inRoot(file.replace(/(\.xlsx)![^/]*$/i, '$1'), data.root);
    const kind = rel === undefined ? undefined : classify(rel);
    if (!kind || !scope.kinds.includes(kind.kind)) return false;
    return kind.kind !== 'pools' || kind.year === undefined || scope.poolYear === undefined || kind.year === scope.poolYear;
  };
  return errors.filter((d) => used.get(d.file)?.has(d.line) === true || (relevantFile(d.file) && claimed.get(d.file)?.has(d.line) !== true));
}
