/**
 * Workbooks for Excel/WPS (issue 8): a sheet per table, the header row frozen and filtered, column
 * widths from the content, number formats for 万元 and percent columns, 合计 rows bold. Cells are
 * written as strings or numbers — never formulas, so a name like `=HYPERLINK(…)` stays text.
 * exceljs is imported on first use: runs that write no workbook never load it (start-up).
 * Deterministic for a fixed as-of date: document dates and zip entry times are set to it.
 */
import type { IsoDate } from '../model/types.js';
import { displayWidth } from '../reporters/format.js';
import type { Cell } from './csv.js';
import type { ExportTable } from './table.js';

export interface SheetSpec {
  /** Sheet name as shown on its tab (made safe: ≤ 31 characters, no []:*?/\). */
  name: string;
  header: readonly string[];
  rows: readonly (readonly Cell[])[];
  /** Rows from this index on are total rows (bold); default: none. */
  records?: number;
  /** One-cell notes after the rows (the --allow-errors warning). */
  footer?: readonly string[];
  /** Excel number format per column; default: from the header's unit (see `formatFor`). */
  formats?: readonly (string | undefined)[];
}

export interface WorkbookSpec {
  sheets: readonly SheetSpec[];
  /** The as-of date: the workbook's created/modified date and every zip entry's time. */
  date: IsoDate;
  title?: string;
}

/** 万元 with one decimal and thousands separators; percent numbers (12.5 = 12.5 %) shown with a % sign. */
export const WAN_FORMAT = '#,##0.0';
export const PERCENT_FORMAT = '0.0"%"';
export const DECIMAL_FORMAT = '0.0';

const MONEY_KEYS = /^(revenue|main_revenue|rd_expense|net_profit|total_assets|total_liabilities|equity_financing)(_\d{4})?$/;

/**
 * The number format a column's header implies: the Chinese headers name their unit (营业收入（万元）,
 * 占有率（%）); the English ones are field names, percent fields ending in `_pct`.
 */
export function formatFor(header: string): string | undefined {
  if (/万元/u.test(header) || MONEY_KEYS.test(header)) return WAN_FORMAT;
  if (/[（(]%[）)]|%$|_pct(_\d{4})?$/u.test(header)) return PERCENT_FORMAT;
  return undefined;
}

/** An export table as one sheet: its 合计 rows (after `records`) bold, the footer below. */
export function tableSheet(name: string, table: ExportTable): SheetSpec {
  return { name, header: table.header, rows: table.rows, records: table.records, footer: table.footer };
}

/** Excel forbids []:*?/\ in sheet names and allows 31 characters; names must be unique. */
export function sheetName(raw: string, taken: ReadonlySet<string> = new Set()): string {
  const base = [...raw.replace(/[[\]:*?/\\]/g, '_').trim()].slice(0, 31).join('') || 'Sheet';
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) name = `${[...base].slice(0, 28).join('')} ${i}`;
  return name;
}

function cellValue(cell: Cell): string | number | boolean | null {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  return cell;
}

function columnWidth(spec: SheetSpec, col: number): number {
  let widest = displayWidth(spec.header[col] ?? '');
  for (const row of spec.rows) {
    const v = row[col];
    if (v !== undefined && v !== null && v !== '') widest = Math.max(widest, displayWidth(String(v)));
  }
  return Math.min(60, Math.max(6, widest + 2));
}

export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const date = new Date(`${spec.date}T00:00:00Z`);
  wb.creator = 'hh-srdi';
  wb.lastModifiedBy = 'hh-srdi';
  wb.created = date;
  wb.modified = date;
  if (spec.title !== undefined) wb.title = spec.title;
  const taken = new Set<string>();
  for (const sheet of spec.sheets) {
    const name = sheetName(sheet.name, taken);
    taken.add(name.toLowerCase());
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1, xSplit: 0 }] });
    const width = Math.max(sheet.header.length, ...sheet.rows.map((r) => r.length));
    ws.columns = Array.from({ length: width }, (_, i) => {
      const numFmt = sheet.formats?.[i] ?? formatFor(sheet.header[i] ?? '');
      return { width: columnWidth(sheet, i), ...(numFmt !== undefined && { style: { numFmt } }) };
    });
    const head = ws.addRow([...sheet.header]);
    head.font = { bold: true };
    head.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF4' } };
    head.alignment = { vertical: 'middle', wrapText: true };
    if (sheet.header.length > 0) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.header.length } };
    const records = sheet.records ?? sheet.rows.length;
    sheet.rows.forEach((cells, i) => {
      const row = ws.addRow(cells.map(cellValue));
      if (i >= records) row.font = { bold: true };
    });
    if (sheet.footer && sheet.footer.length > 0) {
      ws.addRow([]);
      for (const line of sheet.footer) ws.addRow([line]).font = { bold: true, color: { argb: 'FFC00000' } };
    }
  }
  const buffer = await wb.xlsx.writeBuffer();
  return fixZipTimes(new Uint8Array(buffer), date);
}

/**
 * The zip library stamps every entry with the time of writing (local time); setting each entry's
 * DOS date to the as-of date (00:00) makes the bytes depend on the data and the date only.
 */
export function fixZipTimes(zip: Uint8Array, date: Date): Uint8Array {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const dosDate = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return zip;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  for (let n = 0; n < entries && p + 46 <= zip.length && view.getUint32(p, true) === 0x02014b50; n++) {
    view.setUint16(p + 12, 0, true);
    view.setUint16(p + 14, dosDate, true);
    const local = view.getUint32(p + 42, true);
    if (local + 30 <= zip.length && view.getUint32(local, true) === 0x04034b50) {
      view.setUint16(local + 10, 0, true);
      view.setUint16(local + 12, dosDate, true);
    }
    p += 46 + view.getUint16(p + 28, true) + view.getUint16(p + 30, true) + view.getUint16(p + 32, true);
  }
  return zip;
}
