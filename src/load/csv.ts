/**
 * CSV → rows keyed by header, with the line and column of every cell. csv-parse does the parsing
 * (comma or tab, RFC 4180 quotes); broken rows are reported and skipped, the rest still load.
 */
import { parse, type Info } from 'csv-parse/sync';
import type { Draft, Location } from '../diagnostics.js';

export interface CsvRow {
  line: number;
  cells: string[];
  /** Location of each cell. */
  locs: Location[];
}

export interface CsvLoad {
  header?: { names: string[]; locs: Location[] };
  rows: CsvRow[];
  drafts: Draft[];
}

interface Parsed {
  record: string[];
  raw: string;
  info: Info;
}

export function detectDelimiter(text: string): ',' | '\t' {
  const first = text.slice(0, text.indexOf('\n') === -1 ? text.length : text.indexOf('\n'));
  const tabs = first.split('\t').length;
  const commas = first.split(',').length;
  return tabs > commas ? '\t' : ',';
}

export function loadCsv(file: string, text: string): CsvLoad {
  const normalised = text.replace(/\r\n?/g, '\n');
  const delimiter = detectDelimiter(normalised);
  const drafts: Draft[] = [];
  let records: Parsed[];
  try {
    // With `raw` and `info` csv-parse returns { record, raw, info } objects; its typings only know string[][].
    const parsed: unknown = parse(normalised, {
      delimiter,
      record_delimiter: '\n',
      relax_column_count: true,
      skip_empty_lines: true,
      raw: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (err: { code?: string; lines?: number; message: string } | undefined) => {
        if (err) drafts.push({ file, line: err.lines ?? 1, column: 1, ruleId: 'syntax', code: 'syntax.csv', args: { detail: err.message } });
      },
    });
    records = parsed as Parsed[];
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    const lines = 'lines' in e && typeof e.lines === 'number' ? e.lines : 1;
    drafts.push({ file, line: lines, column: 1, ruleId: 'syntax', code: 'syntax.csv', args: { detail: e.message } });
    return { rows: [], drafts };
  }
  const located = records
    .map((r) => ({ cells: r.record, ...cellLocations(file, r.raw, r.info.lines, delimiter) }))
    .filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (located.length === 0) return { rows: [], drafts };
  const [head, ...body] = located;
  const width = head.cells.length;
  const rows: CsvRow[] = [];
  for (const r of body) {
    if (r.cells.length > width && r.cells.slice(width).some((c) => c.trim() !== '')) {
      drafts.push({
        ...r.locs[width],
        ruleId: 'syntax',
        code: 'syntax.row-length',
        args: { actual: r.cells.length, expected: width },
      });
    }
    rows.push({ line: r.line, cells: r.cells, locs: r.locs });
  }
  return { header: { names: head.cells, locs: head.locs }, rows, drafts };
}

/**
 * Where each cell of a record starts. csv-parse reports the line on which a record ends and its
 * raw text (which may begin with skipped blank lines), so the start is recovered from the raw text.
 */
function cellLocations(file: string, raw: string, endLine: number, delimiter: string): { line: number; locs: Location[] } {
  let text = raw.replace(/^\n+/, '');
  if (text.endsWith('\n')) text = text.slice(0, -1);
  let line = endLine;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) line--;
  const start = line;
  const locs: Location[] = [];
  let column = 1;
  let inQuotes = false;
  let fieldStart = true;
  for (let i = 0; i <= text.length; i++) {
    if (fieldStart) {
      locs.push({ file, line, column });
      fieldStart = false;
    }
    if (i === text.length) break;
    const ch = text[i];
    if (ch === '"') inQuotes = !inQuotes;
    if (ch === '\n') {
      line++;
      column = 1;
      continue;
    }
    column++;
    if (ch === delimiter && !inQuotes) fieldStart = true;
  }
  return { line: start, locs };
}
