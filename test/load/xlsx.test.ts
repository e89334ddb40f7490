/**
 * Excel input (issue 8): a county's pool workbook with Chinese headers loads like its CSV twin —
 * the same records, the same findings on the same rows — with locations `file.xlsx!Sheet:row:col`.
 * The workbook is generated here from the CSV twin in test/fixtures/xlsx/twin, as a county would
 * type it: real date cells, rich text, a notes sheet in front.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { loadFolder } from '../../src/load/folder.js';
import { memoryVfs } from '../../src/load/vfs.js';
import { cellText, loadXlsx, pickSheet } from '../../src/load/xlsx.js';
import { COUNTIES_CSV } from '../helpers.js';

const TWIN = join(import.meta.dirname, '../fixtures/xlsx/twin');
const AS_OF = '2026-11-28';

function twinFiles(): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = { 'counties.csv': readFileSync(join(TWIN, 'counties.csv'), 'utf8') };
  for (const name of readdirSync(join(TWIN, 'enterprises'))) files[`enterprises/${name}`] = readFileSync(join(TWIN, 'enterprises', name), 'utf8');
  return files;
}

type Value = ExcelJS.CellValue;

/** The CSV as a county would type it in Excel: dates as date cells, one name in rich text. */
async function workbookFromCsv(csv: string, opts: { notesFirst?: boolean; sheet?: string; value?: (header: string, text: string, row: number) => Value } = {}): Promise<Uint8Array> {
  const rows: string[][] = parse(csv, { relax_column_count: true });
  const wb = new ExcelJS.Workbook();
  if (opts.notesFirst) wb.addWorksheet('填表说明').addRow(['请按模板填写，日期为 Excel 日期']);
  const ws = wb.addWorksheet(opts.sheet ?? '种子库');
  const [header, ...body] = rows;
  ws.addRow(header);
  body.forEach((cells, r) => {
    const row = ws.addRow(cells.map((text, i) => opts.value?.(header[i] ?? '', text, r) ?? text));
    row.eachCell((cell) => {
      if (cell.value instanceof Date) cell.numFmt = 'yyyy-mm-dd';
    });
  });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

const asExcelTypes = (header: string, text: string, row: number): Value => {
  if (header === '备案日期' && /^\d{4}-(0[1-9]|1[0-2])-\d{2}$/.test(text)) return new Date(`${text}T00:00:00Z`);
  if (header === '企业名称' && row === 1) return { richText: [{ text: text.slice(0, 4), font: { bold: true } }, { text: text.slice(4) }] };
  return text;
};

async function load(files: Record<string, string | Uint8Array>) {
  const result = await loadFolder({ vfs: memoryVfs(files), root: '', displayRoot: '' });
  const { diagnostics } = check(result, { asOf: AS_OF, lang: 'en' });
  return { result, diagnostics };
}

const strip = <T extends { origin: unknown }>(records: readonly T[]): Omit<T, 'origin'>[] => records.map(({ origin: _, ...rest }) => rest);

describe('a county workbook loads like its CSV twin', () => {
  it('same pool entries, same findings on the same rows; cells located by sheet, row and column number', async () => {
    const csv = readFileSync(join(TWIN, 'pools/2026.csv'), 'utf8');
    const header = csv.slice(0, csv.indexOf('\n')).split(',');
    const fromCsv = await load({ ...twinFiles(), 'pools/2026.csv': csv });
    const fromXlsx = await load({ ...twinFiles(), 'pools/2026.xlsx': await workbookFromCsv(csv, { notesFirst: true, value: asExcelTypes }) });

    expect(fromXlsx.result.data.pools.length).toBe(8);
    expect(strip(fromXlsx.result.data.pools)).toEqual(strip(fromCsv.result.data.pools));
    expect(fromXlsx.result.data.files).toContain('pools/2026.xlsx');

    const sheet = 'pools/2026.xlsx!种子库';
    const key = (d: { ruleId: string; severity: string; line: number; message: string }) => [d.ruleId, d.severity, d.line, d.message];
    const csvFindings = fromCsv.diagnostics.filter((d) => d.file === 'pools/2026.csv').map(key);
    const xlsxFindings = fromXlsx.diagnostics.filter((d) => d.file === sheet).map(key);
    expect(csvFindings.length).toBeGreaterThanOrEqual(4);
    expect(xlsxFindings).toEqual(csvFindings);
    // A CSV column counts characters; a workbook's is the column number, as Excel shows it (E = 5).
    const filedOn = fromXlsx.diagnostics.find((d) => d.file === sheet && d.value === '2026-13-01');
    expect(filedOn).toMatchObject({ line: 8, column: header.indexOf('备案日期') + 1, ruleId: 'schema' });
    const tier = fromXlsx.diagnostics.find((d) => d.file === sheet && d.value === '中巨人');
    expect(tier).toMatchObject({ line: 9, column: header.indexOf('层级') + 1 });
    // Everything else about the two folders is the same too.
    const others = (ds: typeof fromCsv.diagnostics) => ds.filter((d) => !d.file.startsWith('pools/')).map((d) => [d.file, d.line, d.column, d.ruleId, d.message]);
    expect(others(fromXlsx.diagnostics)).toEqual(others(fromCsv.diagnostics));
  });

  it('the sheet named like the file kind is read, else the first visible one', async () => {
    const csv = readFileSync(join(TWIN, 'pools/2026.csv'), 'utf8');
    const named = await loadXlsx('pools/2026.xlsx', await workbookFromCsv(csv, { notesFirst: true }), 'pools');
    expect(named.file).toBe('pools/2026.xlsx!种子库');
    expect(named.csv.rows).toHaveLength(9);
    const first = await loadXlsx('pools/2026.xlsx', await workbookFromCsv(csv, { sheet: 'Sheet1' }), 'pools');
    expect(first.file).toBe('pools/2026.xlsx!Sheet1');
    expect(pickSheet([{ name: '说明', state: 'hidden' }, { name: 'Sheet2' }], 'pools', '2026')?.name).toBe('Sheet2');
    expect(pickSheet([{ name: 'Sheet1' }, { name: 'Pools ' }], 'pools', '2026')?.name).toBe('Pools ');
    expect(pickSheet([{ name: 'Sheet1' }, { name: '2026' }], 'pools', '2026')?.name).toBe('2026');
  });
});

describe('cells as a CSV export would hold them', () => {
  it.each<[string, unknown, string | undefined, string]>([
    ['a date cell', new Date('2026-01-06T00:00:00Z'), 'yyyy-mm-dd', '2026-01-06'],
    ['a date with a time of day', new Date('2026-01-06T09:30:00Z'), 'yyyy-mm-dd hh:mm', '2026-01-06 09:30:00'],
    ['a number', 1234.5, undefined, '1234.5'],
    ['float noise, as Excel shows it', 0.1 + 0.2, undefined, '0.3'],
    ['a percent-formatted fraction', 0.125, '0.0%', '12.5%'],
    ['a quoted % is a literal', 12.5, '0.0"%"', '12.5'],
    ['rich text', { richText: [{ text: '个旧' }, { text: '示例' }] }, undefined, '个旧示例'],
    ['a formula: its cached result', { formula: 'A1*2', result: 42 }, undefined, '42'],
    ['a formula that was never calculated', { formula: 'A1*2' }, undefined, ''],
    ['a shared formula', { sharedFormula: 'B2', result: 'x' }, undefined, 'x'],
    ['a hyperlink', { text: '官网', hyperlink: 'https://example.com' }, undefined, '官网'],
    ['an error', { error: '#N/A' }, undefined, '#N/A'],
    ['true', true, undefined, 'TRUE'],
    ['empty', null, undefined, ''],
  ])('%s', (_, value, numFmt, expected) => {
    expect(cellText(value, numFmt)).toBe(expected);
  });

  it('numbers, percent cells and dates reach the model as the CSV text would', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('指标');
    ws.addRow(['统一社会信用代码', '营业收入（万元）', '全国细分市场占有率（%）', '研发费用（万元）']);
    ws.addRow(['91532501600012478K', 2830.7, 0.125, { formula: 'B2*0.02', result: 56.614 }]);
    ws.getCell('C2').numFmt = '0.0%';
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    const { result } = await load({ ...twinFiles(), 'indicators/2025.xlsx': bytes });
    const row = result.data.indicators.find((i) => i.year === 2025 && i.origin.loc.file.startsWith('indicators/'));
    expect(row).toMatchObject({ creditCode: '91532501600012478K', revenue: 2830.7, market_share_pct: 12.5, rd_expense: 56.614 });
  });
});

describe('a file that is not a workbook', () => {
  it.each([
    ['a CSV renamed .xlsx', new TextEncoder().encode('a,b\n1,2\n'), /not an \.xlsx file/],
    ['an old .xls or an encrypted workbook', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), /old \.xls or password-protected/],
  ])('%s: one located error, the rest of the folder still loads', async (_, bytes, message) => {
    const { result, diagnostics } = await load({ ...twinFiles(), 'pools/2026.xlsx': bytes });
    expect(result.data.enterprises).toHaveLength(6);
    const found = diagnostics.filter((d) => d.file.startsWith('pools/'));
    expect(found.map((d) => [d.file, d.line, d.column, d.ruleId, d.severity])).toEqual([['pools/2026.xlsx', 1, 1, 'syntax', 'error']]);
    expect(found[0]?.message).toMatch(message);
  });

  it('an empty sheet says so', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('种子库');
    const { diagnostics } = await load({ 'counties.csv': COUNTIES_CSV, 'pools/2026.xlsx': new Uint8Array(await wb.xlsx.writeBuffer()) });
    expect(diagnostics.map((d) => [d.file, d.line, d.ruleId, d.message])).toEqual([['pools/2026.xlsx!种子库', 1, 'syntax', 'the worksheet "种子库" is empty']]);
  });
});
