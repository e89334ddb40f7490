import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { loadCsv } from '../../src/load/csv.js';
import { loadFolder } from '../../src/load/folder.js';
import { memoryVfs } from '../../src/load/vfs.js';
import { makeCreditCode } from '../../src/model/credit-code.js';
import { decode, type Encoding } from '../../src/load/decode.js';
import { loadYaml } from '../../src/load/yaml.js';
import { daysBetween } from '../../src/model/dates.js';
import { runs } from '../fuzz/params.js';
import { COUNTIES_CSV } from '../helpers.js';

const RUNS = runs(200);

const CSV_CHARS = [...'ab1,;\t"\r\n \'#=-+%.０１甲县市（）', '\u0000', '\ufeff', '\u00a0', '\ud83d\ude00'];
const YAML_CHARS = [...'ab1:-[]{},&*!|>\'"#%@`?\t\n \r.~0x甲县', 'true', 'null', '<<', '---', '...', '\ufeff', '- ', ': '];

const csvText = fc.oneof(fc.string({ unit: fc.constantFrom(...CSV_CHARS), maxLength: 200 }), fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }));
const yamlText = fc.oneof(fc.string({ unit: fc.constantFrom(...YAML_CHARS), maxLength: 200 }), fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 100 }));
// Words that have broken loaders: prototype keys, unit headers, the suppress column, aliases, blanks.
const HOSTILE_WORDS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '营业收入（元）', '营业收入（万元）', '市场占有率(%)', 'suppress', '忽略规则', 'credit_code', '统一社会信用代码', 'year', '2024', '45903', '１２．５％', '1,234', '蒙自', '\u200b', '\u202e', '"', '""', ',', '\t', '\n', '\r\n', '\r', ' '];
const hostileCsv = fc.array(fc.constantFrom(...HOSTILE_WORDS), { maxLength: 60 }).map((ws) => ws.join(''));
const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }),
  csvText.map((t) => new Uint8Array(iconv.encode(t, 'gb18030'))),
  fc.tuple(csvText, fc.constantFrom('utf16le', 'utf16be'), fc.boolean()).map(([t, enc, bom]) => new Uint8Array(iconv.encode(t, enc, { addBOM: bom }))),
);

/** Loads one file (plus counties) and runs every rule; returns the diagnostics. */
async function diagnoseOne(path: string, content: string | Uint8Array) {
  const load = await loadFolder({ vfs: memoryVfs({ 'counties.csv': COUNTIES_CSV, [path]: content }), root: '', displayRoot: '' });
  for (const d of load.drafts) expectLocated(d);
  const result = check(load, { asOf: '2026-11-28', lang: 'en' });
  for (const d of result.diagnostics) expectLocated(d);
  return result.diagnostics;
}

function expectLocated(d: { line: number; column: number; file: string }): void {
  expect(Number.isInteger(d.line) && d.line >= 1, `line ${d.line}`).toBe(true);
  expect(Number.isInteger(d.column) && d.column >= 1, `column ${d.column}`).toBe(true);
  expect(d.file).not.toBe('');
}

describe('any input is loaded without throwing, every finding located', () => {
  const CSV_KINDS = ['recognitions.csv', 'enterprises.csv', 'indicators/2024.csv', 'indicators.csv', 'pools/2026.csv', 'targets.csv', 'annual-targets.csv', 'counties.csv'];
  it.each(CSV_KINDS)('arbitrary text as %s', async (path) => {
    await fc.assert(fc.asyncProperty(csvText, (text) => diagnoseOne(path, text).then(() => undefined)), RUNS);
  });

  it.each(CSV_KINDS)('hostile words as %s', async (path) => {
    await fc.assert(fc.asyncProperty(hostileCsv, (text) => diagnoseOne(path, text).then(() => undefined)), RUNS);
  });

  it.each(['enterprises/e.yaml', 'plan.yaml', 'pools/2026.yaml', 'recognitions/r.yaml'])('arbitrary text as %s', async (path) => {
    await fc.assert(fc.asyncProperty(yamlText, (text) => diagnoseOne(path, text).then(() => undefined)), RUNS);
  });

  it.each(['recognitions.csv', 'enterprises/e.yaml', 'pools/2026.csv'])('arbitrary bytes as %s', async (path) => {
    await fc.assert(fc.asyncProperty(bytes, (b) => diagnoseOne(path, b).then(() => undefined)), RUNS);
  });

  it('any file name: read, noted or skipped, never a crash', async () => {
    const segment = fc.oneof(fc.constantFrom('enterprises', 'pools', 'indicators', 'recognitions', '__proto__', 'constructor', '.hidden', '2026', 'x'), fc.string({ minLength: 1, maxLength: 8 }).filter((x) => !x.includes('/') && x !== '.' && x !== '..'));
    const path = fc.tuple(fc.array(segment, { minLength: 1, maxLength: 3 }), fc.constantFrom('.csv', '.yaml', '.yml', '.tsv', '.txt', '.json', '.xls', '.md', '')).map(([parts, ext]) => `${parts.join('/')}${ext}`);
    await fc.assert(fc.asyncProperty(path, csvText, (p, text) => diagnoseOne(p, text).then(() => undefined)), RUNS);
  });

  it('decode and the parsers never throw, whatever the bytes and the forced encoding', () => {
    const forced = fc.constantFrom<Encoding | undefined>(undefined, 'utf8', 'gb18030', 'utf16le', 'utf16be');
    fc.assert(
      fc.property(bytes, forced, (b, encoding) => {
        const { text } = decode(b, encoding);
        expect(typeof text).toBe('string');
        for (const d of [...loadCsv('f.csv', text).drafts, ...loadYaml('f.yaml', text).drafts]) expectLocated(d);
      }),
      runs(500),
    );
  });

  it('arbitrary JSON-like values as an enterprise YAML file', async () => {
    const value = fc.dictionary(fc.constantFrom('credit_code', 'name', 'county', 'recognitions', 'indicators', '__proto__', 'x'), fc.jsonValue({ maxDepth: 3 }));
    await fc.assert(fc.asyncProperty(value, (v) => diagnoseOne('enterprises/e.yaml', JSON.stringify(v)).then(() => undefined)), RUNS);
  });
});

describe('CSV written by csv-stringify reads back', () => {
  const header = fc.uniqueArray(fc.string({ unit: fc.constantFrom(...'abcxyz_甲乙'), minLength: 1, maxLength: 6 }), { minLength: 2, maxLength: 5 }); // one column leaves the delimiter unknowable
  const cell = fc.string({ unit: fc.constantFrom(...'ab 1,"\n\r\t;#甲（）', '\ud83d\ude00'), maxLength: 12 });
  const table = header.chain((names) =>
    fc.record({
      names: fc.constant(names),
      rows: fc.array(fc.array(cell, { minLength: names.length, maxLength: names.length }).filter((r) => r.some((c) => c.trim() !== '')), { maxLength: 6 }),
      delimiter: fc.constantFrom(',', '\t'),
      eol: fc.constantFrom('\n', '\r\n'),
    }),
  );

  /** csv-stringify quotes only the record delimiter it writes; a bare CR or LF outside quotes ends a line for the loader. */
  const write = (names: string[], rows: string[][], delimiter: string, eol: string): string =>
    stringify([names, ...rows], { delimiter, record_delimiter: eol === '\n' ? 'unix' : 'windows', quoted_match: /[\r\n]/ });

  it('the cells of every row, newlines normalised', () => {
    fc.assert(
      fc.property(table, ({ names, rows, delimiter, eol }) => {
        const text = write(names, rows, delimiter, eol);
        const csv = loadCsv('f.csv', text);
        expect(csv.drafts).toEqual([]);
        expect(csv.header?.names).toEqual(names);
        expect(csv.rows.map((r) => r.cells)).toEqual(rows.map((r) => r.map((c) => c.replace(/\r\n?/g, '\n'))));
      }),
      RUNS,
    );
  });

  it('every cell location points at the cell in the text', () => {
    fc.assert(
      fc.property(table, ({ names, rows, delimiter, eol }) => {
        const text = write(names, rows, delimiter, eol);
        const lines = text.replace(/\r\n?/g, '\n').split('\n');
        const csv = loadCsv('f.csv', text);
        const all = [{ cells: names, locs: csv.header?.locs ?? [] }, ...csv.rows];
        let previous = 0;
        for (const row of all) {
          expect(row.locs).toHaveLength(row.cells.length);
          expect(row.locs[0].line).toBeGreaterThan(previous);
          previous = row.locs[row.locs.length - 1].line;
          row.cells.forEach((c, i) => {
            const at = lines[row.locs[i].line - 1].slice(row.locs[i].column - 1);
            const firstLine = c.replace(/\r\n?/g, '\n').split('\n')[0];
            expect(at.startsWith('"') || at.startsWith(firstLine), `${JSON.stringify(c)} at ${JSON.stringify(at)}`).toBe(true);
          });
        }
      }),
      RUNS,
    );
  });

  const ORGS = fc.array(fc.constantFrom(...'0123456789ABCDEFGHJKLMNPQRTUWXY'), { minLength: 9, maxLength: 9 }).map((cs) => cs.join(''));
  const word = fc.string({ unit: fc.constantFrom(...'甲乙丙丁红河示例精密部件有限公司（）ABCxyz'), minLength: 1, maxLength: 8 });
  const indicatorRow = fc.record({
    credit_code: fc.tuple(fc.constantFrom('532501', '532503', '532524', '530000'), ORGS).map(([division, org]) => makeCreditCode(`91${division}${org}`)),
    year: fc.integer({ min: 1990, max: 2100 }),
    revenue: fc.option(fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 100), { nil: undefined }),
    employees: fc.option(fc.nat({ max: 100_000 }), { nil: undefined }),
    market_share_pct: fc.option(fc.integer({ min: 0, max: 1000 }).map((n) => n / 10), { nil: undefined }),
    own_brand: fc.option(fc.boolean(), { nil: undefined }),
    certifications: fc.option(fc.uniqueArray(fc.constantFrom('ISO9001', 'ISO14001', 'CE', 'UL'), { minLength: 1, maxLength: 4 }), { nil: undefined }),
    reported_on: fc.option(fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }),
    source: fc.option(fc.constantFrom('audit', 'statistics', 'tax', 'self-reported', 'platform'), { nil: undefined }),
  });

  it('indicator records round-trip through CSV, English or Chinese headers, empty cells unknown', async () => {
    const FIELDS: ('year' | 'revenue' | 'employees' | 'market_share_pct' | 'own_brand' | 'certifications' | 'reported_on' | 'source')[] = [
      'year', 'revenue', 'employees', 'market_share_pct', 'own_brand', 'certifications', 'reported_on', 'source',
    ];
    const ENGLISH = ['credit_code', ...FIELDS];
    const CHINESE = ['统一社会信用代码', '年度', '营业收入', '从业人员', '市场占有率', '自主品牌', '认证', '填报日期', '数据来源'];
    const cellOf = (v: string | number | boolean | string[] | undefined): string => (v === undefined ? '' : Array.isArray(v) ? v.join(';') : String(v));
    await fc.assert(
      fc.asyncProperty(fc.array(indicatorRow, { minLength: 1, maxLength: 8 }), fc.boolean(), async (records, chinese) => {
        const cells = records.map((r) => [r.credit_code, ...FIELDS.map((f) => cellOf(r[f]))]);
        const text = stringify([chinese ? CHINESE : ENGLISH, ...cells]);
        const load = await loadFolder({ vfs: memoryVfs({ 'indicators.csv': text }), root: '', displayRoot: '' });
        expect(load.drafts).toEqual([]);
        const back = load.data.indicators.map((i) => [i.creditCode, ...FIELDS.map((f) => i[f])]);
        expect(back).toEqual(records.map((r) => [r.credit_code, ...FIELDS.map((f) => r[f])]));
        load.data.indicators.forEach((i, n) => expect(i.origin.loc.line).toBe(n + 2));
      }),
      RUNS,
    );
  });

  it('a date column written by Excel as serial numbers reads back as the dates', async () => {
    const date = fc.date({ min: new Date('1927-05-18T00:00:00Z'), max: new Date('2173-10-14T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(date, fc.integer({ min: 0, max: 99 })), { minLength: 1, maxLength: 6 }), async (rows) => {
        const serial = (iso: string, fraction: number): string => `${daysBetween('1899-12-30', iso)}${fraction === 0 ? '' : `.${fraction}`}`;
        const text = stringify([['统一社会信用代码', '层级', '认定日期'], ...rows.map(([iso, fraction]) => ['91530000216586610Q', '创新型', serial(iso, fraction)])]);
        const load = await loadFolder({ vfs: memoryVfs({ 'recognitions.csv': text }), root: '', displayRoot: '' });
        expect(load.drafts).toEqual([]);
        expect(load.data.recognitions.map((r) => r.recognizedOn)).toEqual(rows.map(([iso]) => iso));
      }),
      RUNS,
    );
  });

  it('a header with the field’s own unit reads the same as the bare header; another unit is refused at the header', async () => {
    const HEADERS: [string, string, string][] = [
      ['营业收入', '万元', 'revenue'], ['研发费用', '万元', 'rd_expense'], ['净利润', '万', 'net_profit'], ['市场占有率', '%', 'market_share_pct'], ['从业人员', '人', 'employees'],
    ];
    const spelling = fc.tuple(fc.constantFrom(...HEADERS), fc.constantFrom((b: string, u: string) => `${b}（${u}）`, (b: string, u: string) => `${b}(${u})`, (b: string, u: string) => `${b} (${u})`, (b: string, u: string) => `${b}/${u}`));
    await fc.assert(
      fc.asyncProperty(spelling, fc.nat({ max: 100 }), async ([[base, unit, field], write], n) => {
        const load = await loadFolder({ vfs: memoryVfs({ 'indicators/2024.csv': `统一社会信用代码,${write(base, unit)}\n91530000216586610Q,${n}\n` }), root: '', displayRoot: '' });
        expect(load.drafts).toEqual([]);
        expect(load.data.indicators.map((i) => i[field as 'revenue'])).toEqual([n]);
        if (unit === '万元') {
          const yuan = await loadFolder({ vfs: memoryVfs({ 'indicators/2024.csv': `统一社会信用代码,${write(base, '元')}\n91530000216586610Q,${n}\n` }), root: '', displayRoot: '' });
          expect(yuan.drafts.map((d) => [d.code, d.line, d.column])).toEqual([['schema.header-unit', 1, 10]]);
          expect(yuan.data.indicators.map((i) => i[field as 'revenue'])).toEqual([undefined]);
        }
      }),
      RUNS,
    );
  });

  it('enterprise names and counties round-trip', async () => {
    const row = fc.record({ name: fc.array(word, { minLength: 1, maxLength: 3 }).map((ws) => ws.join(' ')), county: fc.constantFrom('蒙自市', '蒙自', '532503', '屏边', '河口县') });
    await fc.assert(
      fc.asyncProperty(fc.uniqueArray(row, { minLength: 1, maxLength: 5, selector: (r) => r.name }), async (rows) => {
        const codes = rows.map((_, i) => makeCreditCode(`91532503MA6K5XR${String(i).padStart(2, '0')}`));
        const text = stringify([['企业名称', '县市', '统一社会信用代码'], ...rows.map((r, i) => [r.name, r.county, codes[i]])]);
        const load = await loadFolder({ vfs: memoryVfs({ 'counties.csv': COUNTIES_CSV, 'enterprises.csv': text }), root: '', displayRoot: '' });
        expect(load.drafts).toEqual([]);
        expect(load.data.enterprises.map((e) => [e.name, e.countyRaw, e.creditCode])).toEqual(rows.map((r, i) => [r.name, r.county, codes[i]]));
      }),
      RUNS,
    );
  });
});
