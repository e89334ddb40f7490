/** Loads a data folder through a Vfs: every file, every record, every located problem. */
import { posix } from 'node:path';
import type { Draft, SuppressionDirective } from '../diagnostics.js';
import type { Dataset } from '../model/types.js';
import { SCHEMAS, type FileKind } from '../model/schemas.js';
import { classify, unread, type Classified } from './classify.js';
import { decode, looksBinary, type Encoding } from './decode.js';
import { CsvText, loadCsv, normaliseNewlines, streamCsv, type CsvLoad } from './csv.js';
import { loadYaml } from './yaml.js';
import { csvRecords, csvRowReader, yamlRecords, type RawRecord } from './records.js';
import { BUILD_ORDER, DatasetBuilder, type FileInfo } from './build.js';
import { fieldSet, type FieldSet } from './headers.js';
import { loadXlsx, type SheetLoad } from './xlsx.js';
import './messages.js';

export interface LoadOptions {
  vfs: import('./vfs.js').Vfs;
  /** The folder as the Vfs reads it. */
  root: string;
  /** The folder as diagnostics print it (relative to the cwd, POSIX; '' for the cwd). */
  displayRoot: string;
  encoding?: Encoding;
  /** YAML files larger than this are refused with a located message (issue 9). */
  maxYamlBytes?: number;
  /** Called after each file is parsed (for a progress line on long runs). */
  onProgress?: (done: number, total: number) => void;
}

export interface LoadResult {
  data: Dataset;
  drafts: Draft[];
  suppressions: SuppressionDirective[];
}

export const DEFAULT_MAX_YAML_BYTES = 20 * 1024 * 1024;
const READ_AHEAD = 16;


/** Reads one file; YAML files over the size limit are not read (their size is returned instead). */
async function readFile(opts: LoadOptions, rel: string, classified: Classified): Promise<{ bytes?: Uint8Array; size?: number; sheet?: SheetLoad }> {
  const abs = opts.root ? posix.join(opts.root, rel) : rel;
  // A workbook is unzipped and parsed here, off the ordered parse loop (exceljs is asynchronous).
  if (classified.format === 'xlsx') return { sheet: await loadXlsx(display(opts, rel), await opts.vfs.read(abs), classified.kind) };
  if (classified.format === 'yaml') {
    const size = await opts.vfs.size(abs);
    if (size > (opts.maxYamlBytes ?? DEFAULT_MAX_YAML_BYTES)) return { size };
  }
  return { bytes: await opts.vfs.read(abs) };
}

/**
 * Parses one file's bytes and adds its records to the dataset. A CSV file streams: each row is
 * validated as it is parsed and then dropped. If the fast stream meets a malformed record, what it
 * added is rolled back and the file is read again by the careful parser, which locates every error.
 */
function addFile(
  opts: LoadOptions,
  rel: string,
  classified: Classified,
  content: { bytes?: Uint8Array; size?: number; sheet?: SheetLoad },
  builder: DatasetBuilder,
  drafts: Draft[],
  suppressions: SuppressionDirective[],
): void {
  const file = display(opts, rel);
  const info: FileInfo = { file, kind: classified.kind, classified };
  const addAll = (records: readonly RawRecord[]): void => {
    for (const r of records) builder.add(r, info);
  };
  if (content.sheet) return addAll(tableRecords(content.sheet.file, content.sheet.csv, classified.kind, drafts, suppressions));
  if (!content.bytes) {
    const limit = opts.maxYamlBytes ?? DEFAULT_MAX_YAML_BYTES;
    drafts.push({ file, line: 1, column: 1, ruleId: 'syntax', code: 'syntax.too-large', args: { size: mb(content.size ?? 0), limit: mb(limit) } });
    return;
  }
  const { text } = decode(content.bytes, opts.encoding);
  if (text.trim() === '') {
    drafts.push({ file, line: 1, column: 1, ruleId: 'syntax', code: 'syntax.empty', args: {} });
    return;
  }
  if (looksBinary(text)) {
    drafts.push({ file, line: 1, column: 1, ruleId: 'syntax', code: 'syntax.binary', args: {} });
    return;
  }
  if (classified.format === 'yaml') {
    const y = loadYaml(file, text);
    drafts.push(...y.drafts);
    suppressions.push(...y.suppressions);
    if (y.tree) addAll(yamlRecords(file, y.tree, drafts));
    return;
  }
  const normalised = normaliseNewlines(text);
  const rollback = builder.mark();
  const suppressionCount = suppressions.length;
  const csv = new CsvText(file, normalised);
  const rows = csvRowReader(csv, csvFields(classified.kind), drafts, suppressions, (r) => builder.add(r, info));
  if (streamCsv(csv, rows.read)) {
    if (!rows.hasHeader()) drafts.push({ file, line: 1, column: 1, ruleId: 'syntax', code: 'syntax.no-header', args: {} });
    return;
  }
  rollback();
  suppressions.length = suppressionCount;
  addAll(tableRecords(file, loadCsv(file, normalised), classified.kind, drafts, suppressions));
}

/** A CSV file or a workbook's sheet (`file` is then `x.xlsx!Sheet1`) → located raw records. */
function tableRecords(file: string, csv: CsvLoad, kind: FileKind, drafts: Draft[], suppressions: SuppressionDirective[]): RawRecord[] {
  drafts.push(...csv.drafts);
  if (!csv.header) drafts.push({ file, line: 1, column: 1, ruleId: 'syntax', code: 'syntax.no-header', args: {} });
  return csvRecords(file, csv, csvFields(kind), drafts, suppressions);
}

/** A CSV row is flat: an enterprise's recognitions and indicators have files of their own. */
function csvFields(kind: FileKind): FieldSet {
  return kind === 'enterprises' ? fieldSet(SCHEMAS[kind], ['recognitions', 'indicators']) : fieldSet(SCHEMAS[kind]);
}

function display(opts: LoadOptions, rel: string): string {
  return opts.displayRoot ? posix.join(opts.displayRoot, rel) : rel;
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export async function loadFolder(opts: LoadOptions): Promise<LoadResult> {
  const drafts: Draft[] = [];
  const suppressions: SuppressionDirective[] = [];
  const paths = await opts.vfs.list(opts.root);
  const files: string[] = [];
  const todo: [string, Classified][] = [];
  for (const rel of paths) {
    const classified = classify(rel);
    if (!classified) {
      const note = unread(rel);
      if (note) drafts.push({ file: display(opts, rel), line: 1, column: 1, ruleId: 'syntax', severity: 'info', code: note.code, args: 'suggestion' in note && note.suggestion ? { suggestion: note.suggestion } : {} });
      continue;
    }
    files.push(display(opts, rel));
    todo.push([rel, classified]);
  }
  // Kinds in build order (counties before the records that name them), files in path order within a kind.
  const rank = (kind: FileKind): number => BUILD_ORDER.indexOf(kind);
  todo.sort((a, b) => rank(a[1].kind) - rank(b[1].kind) || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const builder = new DatasetBuilder(opts.displayRoot, files, drafts);
  // Reads run ahead in parallel (I/O); parsing stays in order, so output never depends on timing.
  const reads: (Promise<{ bytes?: Uint8Array; size?: number }> | undefined)[] = todo.map(() => undefined);
  const start = (i: number): void => {
    if (i < todo.length && !reads[i]) reads[i] = readFile(opts, todo[i][0], todo[i][1]);
  };
  for (let i = 0; i < todo.length; i++) {
    for (let j = i; j < i + READ_AHEAD; j++) start(j);
    const content = await reads[i];
    reads[i] = undefined;
    addFile(opts, todo[i][0], todo[i][1], content ?? {}, builder, drafts, suppressions);
    opts.onProgress?.(i + 1, todo.length);
  }
  return { data: builder.finish(), drafts, suppressions };
}
