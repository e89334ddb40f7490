/**
 * CSV → rows keyed by header, with the line and column of every cell. csv-parse does the parsing
 * (comma or tab, RFC 4180 quotes); broken rows are reported and skipped, the rest still load.
 *
 * Two paths (issue 9): `streamCsv` hands each record to a callback as csv-parse produces it and keeps
 * no locations — a cell's location is computed from the text only when a finding needs it
 * (`CsvText`). It gives up on the first malformed record; the caller then rolls back and uses
 * `loadCsv`, which locates every cell and reports every broken record.
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

/** Line breaks as one `\n` (csv-parse then needs no detection, and line numbers are plain counts). */
export function normaliseNewlines(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Characters per parse call of `streamCsv`: big enough to amortise the call, small enough to free quickly. */
const BLOCK_CHARS = 1 << 20;

/**
 * Calls `onRecord(cells, line)` for every record, blank lines included (as `['']`), in order; `line`
 * is where the record starts. Returns false, having stopped, at the first malformed record (an
 * unclosed or stray quote): the caller discards what it received and reads the file with `loadCsv`.
 *
 * The text is parsed in blocks of whole records (cut at a line break outside quotes), each with
 * csv-parse's plain synchronous parse: memory stays that of one block, and csv-parse builds no
 * per-record info object (its `on_record` hook would, at a fifth of its parse time).
 */
export function streamCsv(csv: CsvText, onRecord: (cells: string[], line: number) => void, blockChars = BLOCK_CHARS): boolean {
  const { text, delimiter } = csv;
  const options = { delimiter, record_delimiter: '\n', relax_column_count: true } as const;
  let line = 1;
  for (let start = 0; start < text.length; ) {
    const end = blockEnd(text, start, blockChars);
    const block = text.slice(start, end);
    let records: string[][];
    try {
      records = parse(block, options) as string[][];
    } catch {
      return false;
    }
    // A quoted cell may hold line breaks; without any quote no record spans lines.
    const quoted = block.includes('"');
    for (const cells of records) {
      onRecord(cells, line);
      line++;
      if (quoted) for (const c of cells) for (let i = c.indexOf('\n'); i !== -1; i = c.indexOf('\n', i + 1)) line++;
    }
    start = end;
  }
  return true;
}

/** End (exclusive) of the block starting at `start`: after a line break outside quotes, about BLOCK_CHARS on. */
function blockEnd(text: string, start: number, blockChars: number): number {
  let quotes = 0;
  let counted = start;
  for (let nl = text.indexOf('\n', start + blockChars); nl !== -1; nl = text.indexOf('\n', nl + 1)) {
    for (let q = text.indexOf('"', counted); q !== -1 && q < nl; q = text.indexOf('"', q + 1)) quotes++;
    counted = nl;
    if (quotes % 2 === 0) return nl + 1;
  }
  return text.length;
}

/**
 * The text of a CSV file, for locating its cells on demand: a finding needs a handful of locations,
 * a 100 000-row file has millions of cells (a Location per cell cost gigabytes).
 */
export class CsvText {
  private lineStarts?: Int32Array | number[];
  readonly delimiter: ',' | '\t';

  constructor(
    readonly file: string,
    /** Normalised text (`normaliseNewlines`). */
    readonly text: string,
  ) {
    this.delimiter = detectDelimiter(text);
  }

  /** Offset of the first character of a line (1-based). */
  private lineStart(line: number): number {
    if (!this.lineStarts) {
      const starts: number[] = [0];
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) starts.push(i + 1);
      this.lineStarts = starts.length > 1024 ? Int32Array.from(starts) : starts;
    }
    return this.lineStarts[line - 1] ?? this.text.length;
  }

  /** The raw text of the record starting on `line` (quoted line breaks included, final newline not). */
  private recordText(line: number): string {
    const start = this.lineStart(line);
    let inQuotes = false;
    let i = start;
    for (; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 0x22) inQuotes = !inQuotes;
      else if (c === 0x0a && !inQuotes) break;
    }
    return this.text.slice(start, i);
  }

  /** Where each cell of the record starting on `line` begins. */
  cellLocations(line: number): Location[] {
    return cellLocations(this.file, this.recordText(line), line, this.delimiter, 'start').locs;
  }

  /** The cells of the record starting on `line`, as csv-parse reads them. */
  cells(line: number): string[] {
    const text = this.recordText(line);
    if (!text.includes('"')) return text.split(this.delimiter);
    const [cells] = parse(text, { delimiter: this.delimiter, record_delimiter: '\n', relax_column_count: true }) as string[][];
    return cells ?? [];
  }
}

export function loadCsv(file: string, text: string): CsvLoad {
  const normalised = normaliseNewlines(text);
  const delimiter = detectDelimiter(normalised);
  const drafts: Draft[] = [];
  // Collected as they are parsed: an error that stops the parser (a quote never closed) keeps the rows before it.
  const records: Parsed[] = [];
  // The last line of the previous record, read or skipped: a bad record starts after it (csv-parse
  // reports where it gave up, e.g. the end of the file for a quote that never closes).
  let previousEnd = 0;
  try {
    parse(normalised, {
      delimiter,
      record_delimiter: '\n',
      relax_column_count: true,
      skip_empty_lines: true,
      raw: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (err: { code?: string; lines?: number; message: string } | undefined) => {
        if (!err) return;
        drafts.push({ file, line: nextRecordLine(normalised, previousEnd), column: 1, ruleId: 'syntax', ...csvError(err) });
        previousEnd = err.lines ?? previousEnd;
      },
      // With `raw` and `info` csv-parse passes { record, raw, info } objects; its typings only know string[].
      on_record: (r: unknown) => {
        if (isParsed(r)) {
          records.push(r);
          previousEnd = r.info.lines;
        }
        return null;
      },
    });
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    drafts.push({ file, line: nextRecordLine(normalised, previousEnd), column: 1, ruleId: 'syntax', ...csvError(e) });
  }
  const located = records
    .map((r) => ({ cells: r.record, ...cellLocations(file, r.raw, r.info.lines, delimiter, 'end') }))
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

function isParsed(r: unknown): r is Parsed {
  return typeof r === 'object' && r !== null && 'record' in r && 'raw' in r && 'info' in r;
}

/** The first non-blank line after line `after` (1-based): where the record that failed starts. */
function nextRecordLine(text: string, after: number): number {
  let offset = 0;
  for (let line = 1; line <= after; line++) {
    const newline = text.indexOf('\n', offset);
    if (newline === -1) return after;
    offset = newline + 1;
  }
  let line = after + 1;
  for (; offset < text.length && text.charCodeAt(offset) === 10; offset++) line++;
  return line;
}

/** csv-parse's message, except for the quote that never closes: it names the line where parsing gave up. */
function csvError(err: { code?: unknown; message: string }): Pick<Draft, 'code' | 'args'> {
  if (err.code === 'CSV_QUOTE_NOT_CLOSED') return { code: 'syntax.csv-quote', args: {} };
  return { code: 'syntax.csv', args: { detail: err.message.split('\n')[0] } };
}

/**
 * Where each cell of a record starts. csv-parse reports the line on which a record ends and its
 * raw text (which may begin with skipped blank lines), so the start is recovered from the raw text;
 * `CsvText` knows the start line itself.
 */
function cellLocations(file: string, raw: string, knownLine: number, delimiter: string, known: 'start' | 'end'): { line: number; locs: Location[] } {
  let text = raw.replace(/^\n+/, '');
  if (text.endsWith('\n')) text = text.slice(0, -1);
  let line = knownLine;
  if (known === 'end') for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) line--;
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
