/**
 * Excel input (issue 8): counties send workbooks, so `pools/2026.xlsx` is read like `pools/2026.csv`
 * — one sheet, its first non-empty row the header (aliases apply), every cell located. Cells become
 * the text a CSV export of the sheet would hold: dates as ISO dates, numbers as numbers, percent-
 * formatted numbers as `12.5%`, rich text as plain text, formulas as their cached result. A cell's
 * location names the sheet: `data/pools/2026.xlsx!Sheet1`, line = row, column = column number.
 * exceljs is imported on first use, so CSV/YAML-only folders never load it.
 */
import type { Draft, Location } from '../diagnostics.js';
import { registerMessages } from '../messages.js';
import type { FileKind } from '../model/schemas.js';
import type { CsvLoad, CsvRow } from './csv.js';

registerMessages({
  'syntax.xlsx': {
    zh: (a) => `无法读取 Excel 工作簿：${String(a.detail ?? '')}`,
    en: (a) => `cannot read the Excel workbook: ${String(a.detail ?? '')}`,
  },
  'syntax.sheet-empty': {
    zh: (a) => `工作表 “${String(a.sheet ?? '')}” 为空`,
    en: (a) => `the worksheet "${String(a.sheet ?? '')}" is empty`,
  },
});

export interface SheetLoad {
  /** `file!Sheet`: the file of every location in `csv` (the file itself when no sheet was read). */
  file: string;
  sheet?: string;
  csv: CsvLoad;
}

/** Sheet names that say which kind of data a sheet holds, besides the kind's own id. */
const SHEET_NAMES: Record<FileKind, readonly string[]> = {
  plan: ['计划', '倍增计划'],
  counties: ['县市', '县市区'],
  targets: ['目标', '目标任务', '附件2'],
  'annual-targets': ['年度目标', '年度增长目标'],
  enterprises: ['企业', '企业名单', '企业信息'],
  recognitions: ['认定', '认定记录', '认定名单'],
  indicators: ['指标', '经营指标', '企业指标'],
  pools: ['种子库', '培育库', '种子库名单'],
};

const norm = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/** The sheet named like the file kind (or the file's own name), else the first visible sheet. */
export function pickSheet<S extends { name: string; state?: string }>(sheets: readonly S[], kind: FileKind, stem: string): S | undefined {
  const wanted = new Set([kind, ...SHEET_NAMES[kind], stem].map(norm));
  return sheets.find((s) => wanted.has(norm(s.name))) ?? sheets.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden') ?? sheets[0];
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** exceljs reads date cells as UTC instants of the wall-clock value. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const day = `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const ms = d.getTime() % 86_400_000;
  return ms === 0 ? day : `${day} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

/** As Excel shows it: 15 significant digits, so 0.1 + 0.2 reads 0.3. */
function numberText(n: number): string {
  return Number.isFinite(n) ? String(Number(n.toPrecision(15))) : '';
}

/** A percent format outside quotes (`0.0%`, not `0.0"%"`): the cell holds a fraction. */
function isPercentFormat(numFmt: string | undefined): boolean {
  return numFmt !== undefined && numFmt.replace(/"[^"]*"/g, '').replace(/\\./g, '').includes('%');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null;
}

/** A cell value as text (exceljs's value shapes: primitives, Date, rich text, hyperlink, formula, error). */
export function cellText(value: unknown, numFmt?: string): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return isPercentFormat(numFmt) ? `${numberText(value * 100)}%` : numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if (!isObject(value)) return String(value);
  if (Array.isArray(value.richText)) return value.richText.map((r: unknown) => (isObject(r) && typeof r.text === 'string' ? r.text : '')).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result, numFmt);
  if ('hyperlink' in value) return cellText(value.text, numFmt);
  if (typeof value.error === 'string') return value.error;
  return '';
}

function failure(file: string, bytes: Uint8Array, e: unknown): SheetLoad {
  const message = e instanceof Error ? e.message : String(e);
  // An OLE compound file: an old .xls renamed, or a password-protected workbook.
  const ole = bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
  const detail = ole ? 'an old .xls or password-protected workbook — save it as .xlsx without a password' : bytes[0] !== 0x50 || bytes[1] !== 0x4b ? `not an .xlsx file (${message})` : message;
  // An empty header: the one finding is this one, not also "no header row".
  return { file, csv: { header: { names: [], locs: [] }, rows: [], drafts: [{ file, line: 1, column: 1, ruleId: 'syntax', code: 'syntax.xlsx', args: { detail } }] } };
}

/** Reads one workbook's data sheet into the shape `csvRecords` consumes. */
export async function loadXlsx(file: string, bytes: Uint8Array, kind: FileKind): Promise<SheetLoad> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs's typings declare their own `Buffer` (an ArrayBuffer); at run time it takes a Node Buffer.
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (e) {
    return failure(file, bytes, e);
  }
  const base = file.slice(file.lastIndexOf('/') + 1).replace(/\.xlsx$/i, '');
  const ws = pickSheet(wb.worksheets, kind, base);
  if (!ws) return failure(file, bytes, new Error('the workbook has no worksheet'));
  const sheetFile = `${file}!${ws.name}`;
  const located: CsvRow[] = [];
  ws.eachRow({ includeEmpty: false }, (row, line) => {
    const cells: string[] = [];
    const locs: Location[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      while (cells.length < column - 1) {
        locs.push({ file: sheetFile, line, column: cells.length + 1 });
        cells.push('');
      }
      const slave = cell.isMerged && cell.master.address !== cell.address;
      cells.push(slave ? '' : cellText(cell.value, cell.numFmt));
      locs.push({ file: sheetFile, line, column });
    });
    if (cells.some((c) => c.trim() !== '')) located.push({ line, cells, locs });
  });
  const drafts: Draft[] = [];
  const [head, ...body] = located;
  if (!head) {
    drafts.push({ file: sheetFile, line: 1, column: 1, ruleId: 'syntax', code: 'syntax.sheet-empty', args: { sheet: ws.name } });
    return { file: sheetFile, sheet: ws.name, csv: { header: { names: [], locs: [] }, rows: [], drafts } };
  }
  const width = head.cells.length;
  for (const r of body) {
    const extra = r.cells.slice(width).some((c) => c.trim() !== '');
    if (extra) drafts.push({ ...r.locs[width], ruleId: 'syntax', code: 'syntax.row-length', args: { actual: r.cells.length, expected: width } });
  }
  return { file: sheetFile, sheet: ws.name, csv: { header: { names: head.cells, locs: head.locs }, rows: body, drafts } };
}
