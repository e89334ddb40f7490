/**
 * `--format xlsx` (issue 8): every export, and gaps and assess, as a workbook that reads back with
 * exceljs to the values of the CSV of the same run — hostile names as plain text, never formulas —
 * with a frozen header, number formats for 万元 and %, bold 合计 rows, and bytes fixed by the as-of date.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { afterAll, describe, expect, it } from 'vitest';
import { neutralise } from '../../src/export/csv.js';
import { FIXTURE, exportCli } from './run.js';

const AS_OF = ['--as-of', '2026-11-28'];
const KINDS = [['pools', ['--year', '2026']], ['rollup', ['--year', '2026']], ['candidates', ['--year', '2027']], ['roadmap', []]] as const;
const tmp = mkdtempSync(join(tmpdir(), 'hh-srdi-xlsx-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

async function readBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return wb;
}

/** A sheet's cells as CSV would write them: numbers in plain notation, formula-looking text neutralised. */
function asCsvCells(ws: ExcelJS.Worksheet): string[][] {
  const rows: string[][] = [];
  ws.eachRow({ includeEmpty: true }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, col) => {
      expect(cell.formula, `${cell.address} is a formula`).toBeUndefined();
      const v = cell.value;
      cells[col - 1] = v === null || v === undefined ? '' : typeof v === 'number' ? String(v) : typeof v === 'string' ? neutralise(v) : JSON.stringify(v);
    });
    rows.push(Array.from(cells, (c) => c ?? ''));
  });
  return rows;
}

const trimEnd = (rows: string[][]): string[][] => rows.map((r) => {
  const out = [...r];
  while (out.length > 0 && out.at(-1) === '') out.pop();
  return out;
});

describe('export --format xlsx', () => {
  it.each(KINDS.flatMap(([kind, extra]) => (['zh', 'en'] as const).map((lang) => [kind, lang, extra] as const)))(
    '%s (%s): the workbook reads back to the CSV of the same run, cell for cell',
    async (kind, lang, extra) => {
      const args = ['export', kind, ...extra, '--data', FIXTURE, ...AS_OF, '--lang', lang];
      const csv = await exportCli([...args, '--encoding', 'utf8']);
      const xlsx = await exportCli([...args, '--format', 'xlsx']);
      expect(xlsx.code).toBe(0);
      expect(csv.code).toBe(0);
      const wb = await readBook(xlsx.bytes);
      expect(wb.worksheets).toHaveLength(1);
      const expected = parse(csv.stdout, { relax_column_count: true }) as string[][];
      expect(trimEnd(asCsvCells(wb.worksheets[0]!))).toEqual(trimEnd(expected));
    },
  );

  it('hostile names stay text: the formula-looking name is a string cell, not a formula', async () => {
    const r = await exportCli(['export', 'pools', '--year', '2026', '--data', FIXTURE, ...AS_OF, '--format', 'xlsx']);
    const ws = (await readBook(r.bytes)).worksheets[0]!;
    const names = ws.getColumn(5).values.slice(2);
    expect(names).toContain('=HYPERLINK("http://x","点我")');
    expect(names).toContain('个旧示例换行\n第二行有限公司（示例）');
    const xml = r.bytes.toString('latin1');
    expect(xml.includes('<f>')).toBe(false);
  });

  it('frozen, filtered header; widths; 万元 and % formats; 合计 rows bold; fixed creator and date', async () => {
    const r = await exportCli(['export', 'candidates', '--year', '2027', '--data', FIXTURE, ...AS_OF, '--format', 'xlsx']);
    const wb = await readBook(r.bytes);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('小巨人目标名单');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBeDefined();
    const header = ws.getRow(1).values as unknown[];
    const col = (name: RegExp): number => header.findIndex((h) => typeof h === 'string' && name.test(h));
    expect(ws.getColumn(col(/营业收入（万元）/)).numFmt).toBe('#,##0.0');
    expect(ws.getColumn(col(/研发费用占比（%）/)).numFmt).toBe('0.0"%"');
    expect(ws.getColumn(col(/市场占有率（%）/)).numFmt).toBe('0.0"%"');
    expect(ws.getColumn(col(/企业名称/)).width).toBeGreaterThan(12);
    expect(ws.getRow(1).font?.bold).toBe(true);
    const last = ws.getRow(ws.rowCount);
    expect(last.getCell(1).value).toBe('合计');
    expect(last.font?.bold).toBe(true);
    expect(ws.getRow(2).font?.bold).toBeFalsy();
    expect(wb.creator).toBe('hh-srdi');
    expect(wb.created.toISOString()).toBe('2026-11-28T00:00:00.000Z');
  });

  it('is byte-for-byte the same on every run and in every time zone', async () => {
    const args = ['export', 'rollup', '--year', '2026', '--data', FIXTURE, ...AS_OF, '--format', 'xlsx'];
    const a = await exportCli(args);
    await new Promise((r) => setTimeout(r, 1100));
    const tz = process.env.TZ;
    process.env.TZ = 'America/Los_Angeles';
    try {
      const b = await exportCli(args);
      expect(new Date(2026, 0, 1).getTimezoneOffset()).toBe(480);
      expect(a.bytes.equals(b.bytes)).toBe(true);
    } finally {
      if (tz === undefined) delete process.env.TZ;
      else process.env.TZ = tz;
    }
  });

  it('--out writes the file atomically and never inside the data folder; a terminal gets no zip bytes', async () => {
    const out = join(tmp, '种子库备案.xlsx');
    const r = await exportCli(['export', 'pools', '--year', '2026', '--data', FIXTURE, ...AS_OF, '--format', 'xlsx', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.bytes.length).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    const inside = await exportCli(['export', 'pools', '--data', FIXTURE, ...AS_OF, '--format', 'xlsx', '--out', join(FIXTURE, 'x.xlsx')]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/refusing to write inside the data folder/);
    const enc = await exportCli(['export', 'pools', '--data', FIXTURE, ...AS_OF, '--format', 'xlsx', '--encoding', 'gb18030']);
    expect(enc.code).toBe(2);
    expect(enc.stderr).toMatch(/--encoding applies to CSV only/);
  });

  it('an unreadable row of a pool workbook blocks the export like a CSV row would', async () => {
    const dir = join(tmp, 'blocked');
    mkdirSync(join(dir, 'pools'), { recursive: true });
    cpSync(join(FIXTURE, '../../xlsx/twin/enterprises'), join(dir, 'enterprises'), { recursive: true });
    cpSync(join(FIXTURE, '../../xlsx/twin/counties.csv'), join(dir, 'counties.csv'));
    const lines = readFileSync(join(FIXTURE, '../../xlsx/twin/pools/2026.csv'), 'utf8').trim().split('\n');
    const rows = parse([lines[0], lines[1], lines[8]].join('\n')) as string[][];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('种子库');
    for (const row of rows) ws.addRow(row);
    writeFileSync(join(dir, 'pools/2026.xlsx'), new Uint8Array(await wb.xlsx.writeBuffer()));
    const r = await exportCli(['export', 'pools', '--year', '2026', '--data', dir, ...AS_OF, '--format', 'xlsx', '--out', join(tmp, 'blocked.xlsx')]);
    expect(r.stderr).toMatch(/2026\.xlsx!种子库/);
    expect(r.stderr).toMatch(/3:3 +error/);
    expect(r.code).toBe(1);
  });
});

describe('gaps and assess --format xlsx', () => {
  it('gaps: a progress sheet and a pool sheet with the numbers of gaps --format json', async () => {
    const json = JSON.parse((await exportCli(['gaps', '--data', FIXTURE, ...AS_OF, '--format', 'json'])).stdout) as {
      rows: { county: string; tier: string; actual: number; target: number; expected: number; status: string; pool: { filed: number; required: number | null } }[];
    };
    const r = await exportCli(['gaps', '--data', FIXTURE, ...AS_OF, '--format', 'xlsx', '--lang', 'en']);
    expect(r.code).toBe(0);
    const wb = await readBook(r.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['progress', 'pools 2026']);
    const [progress, pools] = wb.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    const head = (ws: ExcelJS.Worksheet): string[] => (ws.getRow(1).values as unknown[]).slice(1).map(String);
    const records = (ws: ExcelJS.Worksheet): Record<string, unknown>[] => {
      const h = head(ws);
      const out: Record<string, unknown>[] = [];
      ws.eachRow((row, n) => {
        if (n > 1) out.push(Object.fromEntries(h.map((k, i) => [k, row.getCell(i + 1).value])));
      });
      return out;
    };
    const progressRows = records(progress);
    expect(progressRows).toHaveLength(json.rows.length);
    json.rows.forEach((row, i) => {
      expect(progressRows[i]).toMatchObject({ actual: row.actual, target_2027: row.target, expected_on_pace: row.expected, status: row.status.replace('-', ' ') });
      expect(records(pools)[i]).toMatchObject({ pool_filed: row.pool.filed, pool_required: row.pool.required });
    });
    expect(progress.getColumn(10).numFmt).toBe('0.0');
    expect(progress.getRow(progress.rowCount).font?.bold).toBe(true);
  });

  it('assess: an overview sheet and a criteria sheet', async () => {
    const r = await exportCli(['assess', '--data', FIXTURE, ...AS_OF, '--format', 'xlsx', '--lang', 'zh']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/assessed|评估/);
    const wb = await readBook(r.bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['评估结论', '指标明细']);
    const json = JSON.parse((await exportCli(['assess', '--data', FIXTURE, ...AS_OF, '--format', 'json'])).stdout) as { enterprises: { creditCode: string }[] };
    const codes = wb.worksheets[0]!.getColumn(3).values.slice(2);
    expect(codes).toEqual(json.enterprises.map((e) => e.creditCode));
    expect(wb.worksheets[1]!.rowCount).toBeGreaterThan(codes.length);
    const compare = await exportCli(['assess', '--data', FIXTURE, ...AS_OF, '--format', 'xlsx', '--compare', 'miit-2022,miit-2026']);
    expect(compare.code).toBe(2);
  });
});
