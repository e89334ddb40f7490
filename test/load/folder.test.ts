import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { classify } from '../../src/load/classify.js';
import { loadFolder } from '../../src/load/folder.js';
import { memoryVfs } from '../../src/load/vfs.js';
import type { Indicators } from '../../src/model/types.js';
import { COUNTIES_CSV, diagnose, loadMemory } from '../helpers.js';

const A = '91530000216586610Q';
const B = '91530000216563275J';
const enterprises = `credit_code,name,county\n${A},甲（示例）,蒙自\n${B},乙（示例）,开远\n`;

describe('file names', () => {
  it.each([
    ['plan.yaml', { kind: 'plan', format: 'yaml' }],
    ['counties.csv', { kind: 'counties', format: 'csv' }],
    ['targets.csv', { kind: 'targets', format: 'csv' }],
    ['annual-targets.csv', { kind: 'annual-targets', format: 'csv' }],
    ['enterprises.csv', { kind: 'enterprises', format: 'csv' }],
    ['enterprises/91530000216586610Q.yaml', { kind: 'enterprises', format: 'yaml' }],
    ['enterprises/a.yml', { kind: 'enterprises', format: 'yaml' }],
    ['recognitions.csv', { kind: 'recognitions', format: 'csv' }],
    ['indicators.csv', { kind: 'indicators', format: 'csv' }],
    ['indicators/2024.csv', { kind: 'indicators', format: 'csv', year: 2024 }],
    ['indicators/2024.tsv', { kind: 'indicators', format: 'csv', year: 2024 }],
    ['pools/2026.csv', { kind: 'pools', format: 'csv', year: 2026 }],
    ['pools/2026-补充.csv', { kind: 'pools', format: 'csv' }],
  ])('%s', (path, expected) => {
    expect(classify(path)).toEqual(expected);
  });

  it.each(['README.md', 'notes.txt', 'hh-srdi.config.yaml', 'pools.csv', 'other/2026.csv', 'enterprises/蒙自/a.yaml', 'enterprises/a.json'])('ignores %s', (path) => {
    expect(classify(path)).toBeUndefined();
  });
});

describe('years from file names', () => {
  it('indicators/<year>.csv takes its fiscal year from the file name', async () => {
    const { data, drafts } = await loadMemory({ 'enterprises.csv': enterprises, 'indicators/2023.csv': `credit_code,revenue\n${A},100\n`, 'indicators/2024.csv': `credit_code,revenue\n${A},120\n${B},80\n` });
    expect(drafts).toEqual([]);
    expect(data.indicators.map((i) => [i.creditCode, i.year, i.revenue])).toEqual([
      [A, 2023, 100],
      [A, 2024, 120],
      [B, 2024, 80],
    ]);
  });

  it('a year column in indicators/<year>.csv that names another year is an error at the cell, and the row is left out', async () => {
    const files = { 'enterprises.csv': enterprises, 'indicators/2024.csv': `credit_code,year,revenue\n${A},2023,100\n${A},,120\n${A},２０２４,130\n` };
    const { data } = await loadMemory(files);
    expect(data.indicators.map((i) => [i.year, i.revenue])).toEqual([
      [2024, 120],
      [2024, 130],
    ]);
    const list = (await diagnose(files)).filter((d) => d.ruleId === 'schema');
    expect(list.map((d) => [d.code, d.file, d.line, d.column, d.value, d.message])).toEqual([
      ['schema.year-mismatch', 'indicators/2024.csv', 2, 20, '2023', 'year 2023 disagrees with the file name indicators/2024.csv (2024), and which is right cannot be told; the record was not read'],
    ]);
  });

  it('so does a year column in pools/<year>.csv', async () => {
    const list = await diagnose({ 'enterprises.csv': enterprises, 'pools/2026.csv': `year,credit_code,tier,county\n2025,${A},srdi,蒙自\n2026,${B},srdi,开远\n` });
    expect(list.filter((d) => d.ruleId === 'schema').map((d) => [d.code, d.line, d.column])).toEqual([['schema.year-mismatch', 2, 1]]);
    const { data } = await loadMemory({ 'enterprises.csv': enterprises, 'pools/2026.csv': `year,credit_code,tier,county\n2025,${A},srdi,蒙自\n2026,${B},srdi,开远\n` });
    expect(data.pools.map((p) => [p.year, p.creditCode])).toEqual([[2026, B]]);
  });

  it('indicators.csv without a year is a missing required field', async () => {
    const list = (await diagnose({ 'enterprises.csv': enterprises, 'indicators.csv': `credit_code,revenue\n${A},100\n` })).filter((d) => d.ruleId === 'schema');
    expect(list.map((d) => [d.code, d.file, d.line, d.path])).toEqual([['schema.required', 'indicators.csv', 2, 'year']]);
  });

  it('pools/<year>.csv takes its pool year from the file name', async () => {
    const { data, drafts } = await loadMemory({ 'enterprises.csv': enterprises, 'pools/2026.csv': `credit_code,tier,county\n${A},srdi,蒙自\n`, 'pools/2027.csv': `credit_code,tier,county\n${B},innovative,开远\n` });
    expect(drafts).toEqual([]);
    expect(data.pools.map((p) => [p.year, p.creditCode, p.tier, p.county])).toEqual([
      [2026, A, 'srdi', '532503'],
      [2027, B, 'innovative', '532502'],
    ]);
  });

  it('a pool file without a year in its name needs a year column', async () => {
    const list = (await diagnose({ 'enterprises.csv': enterprises, 'pools/2026-补充.csv': `credit_code,tier,county\n${A},srdi,蒙自\n` })).filter((d) => d.ruleId === 'schema');
    expect(list.map((d) => [d.code, d.file, d.line])).toEqual([['syntax.pool-year', 'pools/2026-补充.csv', 2]]);
    const { data } = await loadMemory({ 'enterprises.csv': enterprises, 'pools/2026-补充.csv': `year,credit_code,tier,county\n2026,${A},srdi,蒙自\n` });
    expect(data.pools.map((p) => p.year)).toEqual([2026]);
  });
});

describe('an enterprise file with embedded recognitions and indicators', () => {
  const FILE = `credit_code: ${A.toLowerCase()}
name: 红河示例精密部件有限公司（示例）
county: 蒙自市
recognitions:
  - { tier: innovative, recognized_on: 2023-06-20 }
  - tier: srdi
    level: provincial
    recognized_on: 2024-11-08
    batch: 云南省2024年第二批
indicators:
  - { year: 2023, revenue: 10000, employees: 240 }
  - year: 2024
    revenue: 12000
    market_share_pct: 12
    digital_systems: [ERP, MES]
`;

  it('flattens them into recognitions and indicators with the (normalised) credit code injected', async () => {
    const { data, drafts } = await loadMemory({ 'enterprises/e.yaml': FILE });
    expect(drafts).toEqual([]);
    expect(data.enterprises.map((e) => e.creditCode)).toEqual([A]);
    expect(data.recognitions.map((r) => [r.creditCode, r.tier, r.level, r.recognizedOn, r.expiresOn, r.batch])).toEqual([
      [A, 'innovative', undefined, '2023-06-20', '2026-06-19', undefined],
      [A, 'srdi', 'provincial', '2024-11-08', '2027-11-07', '云南省2024年第二批'],
    ]);
    expect(data.indicators.map((i) => [i.creditCode, i.year, i.revenue, i.employees, i.market_share_pct, i.digital_systems])).toEqual([
      [A, 2023, 10000, 240, undefined, undefined],
      [A, 2024, 12000, undefined, 12, ['ERP', 'MES']],
    ]);
  });

  it('gives each embedded record and field a location inside the enterprise file', async () => {
    const { data } = await loadMemory({ 'enterprises/e.yaml': FILE });
    const where = (o: { origin: { loc: { file: string; line: number; column: number }; fields: Readonly<Record<string, { line: number; column: number }>> } }, field: string) => [
      o.origin.loc.file,
      o.origin.loc.line,
      o.origin.fields[field].line,
      o.origin.fields[field].column,
    ];
    expect(data.recognitions.map((r) => where(r, 'recognized_on'))).toEqual([
      ['enterprises/e.yaml', 5, 5, 40],
      ['enterprises/e.yaml', 6, 8, 20],
    ]);
    expect(data.indicators.map((i) => where(i, 'revenue'))).toEqual([
      ['enterprises/e.yaml', 11, 11, 28],
      ['enterprises/e.yaml', 12, 13, 14],
    ]);
  });

  it('reports a problem in an embedded record at its line, with its path', async () => {
    const list = await diagnose({ 'enterprises/e.yaml': FILE.replace('recognized_on: 2024-11-08', 'recognized_on: 2024-11-31').replace('revenue: 12000', 'revenue: 1.2亿') });
    expect(list.filter((d) => d.ruleId === 'schema').map((d) => [d.line, d.column, d.path, d.value])).toEqual([
      [8, 20, 'recognitions[1].recognized_on', '2024-11-31'],
      [13, 14, 'indicators[1].revenue', '1.2亿'],
    ]);
  });

  it('reports a non-list `recognitions:` and a non-mapping item', async () => {
    const list = await diagnose({ 'enterprises/e.yaml': `credit_code: ${A}\nname: 甲（示例）\ncounty: 蒙自\nrecognitions: srdi\nindicators:\n  - 2024\n` });
    expect(list.filter((d) => d.ruleId === 'schema').map((d) => [d.code, d.line])).toEqual([
      ['syntax.not-mapping', 4],
      ['syntax.not-mapping', 6],
    ]);
  });

  it('a YAML list of enterprises in one file loads each item', async () => {
    const { data } = await loadMemory({ 'enterprises/all.yaml': `- { credit_code: ${A}, name: 甲（示例）, county: 蒙自 }\n- { credit_code: ${B}, name: 乙（示例）, county: 开远 }\n` });
    expect(data.enterprises.map((e) => [e.creditCode, e.origin.loc.line])).toEqual([
      [A, 1],
      [B, 2],
    ]);
  });
});

describe('unknown is not zero', () => {
  it('an empty CSV cell leaves the field undefined', async () => {
    const { data } = await loadMemory({ 'enterprises.csv': enterprises, 'indicators/2024.csv': `credit_code,revenue,rd_expense,employees,own_brand,digital_systems\n${A},,0,,,\n` });
    const [row] = data.indicators;
    expect(row.rd_expense).toBe(0);
    const unknownFields: (keyof Indicators)[] = ['revenue', 'employees', 'own_brand', 'digital_systems'];
    for (const field of unknownFields) {
      expect(row[field], field).toBeUndefined();
      expect(Object.hasOwn(row, field), field).toBe(false);
    }
  });

  it('a blank or whitespace cell is unknown too, and no finding', async () => {
    const list = await diagnose({ 'enterprises.csv': enterprises, 'indicators/2024.csv': `credit_code,revenue,employees\n${A},  ,\t\n` });
    expect(list.filter((d) => d.ruleId === 'schema')).toEqual([]);
    const { data } = await loadMemory({ 'enterprises.csv': enterprises, 'indicators/2024.csv': `credit_code,revenue,employees\n${A},  ,\t\n` });
    expect(data.indicators[0].revenue).toBeUndefined();
  });

  it('a short CSV row leaves the missing columns undefined', async () => {
    const { data } = await loadMemory({ 'enterprises.csv': enterprises, 'indicators/2024.csv': `credit_code,revenue,employees\n${A}\n` });
    expect(data.indicators.map((i) => [i.revenue, i.employees])).toEqual([[undefined, undefined]]);
  });

  it.each([
    ['no value', 'revenue:'],
    ['null', 'revenue: null'],
    ['~', 'revenue: ~'],
    ['an empty string', 'revenue: ""'],
  ])('a YAML %s is unknown', async (_name, line) => {
    const { data, drafts } = await loadMemory({ 'enterprises/e.yaml': `credit_code: ${A}\nname: 甲（示例）\ncounty: 蒙自\nindicators:\n  - year: 2024\n    ${line}\n    employees: 0\n` });
    expect(drafts).toEqual([]);
    expect(data.indicators.map((i) => [i.revenue, i.employees])).toEqual([[undefined, 0]]);
  });
});

describe('the folder', () => {
  it('prints paths under the display root and lists every data file it read', async () => {
    const vfs = memoryVfs({ 'data/counties.csv': COUNTIES_CSV, 'data/enterprises.csv': enterprises.replace('开远', '开原'), 'data/README.md': '# notes', 'data/enterprises/蒙自/x.yaml': 'x: 1' });
    const load = await loadFolder({ vfs, root: 'data', displayRoot: 'data' });
    expect(load.data.files).toEqual(['data/counties.csv', 'data/enterprises.csv']);
    const result = check(load, { asOf: '2026-11-28', lang: 'en' });
    expect(result.diagnostics.map((d) => [d.ruleId, d.severity, d.file, d.line])).toEqual([
      ['unknown-county', 'error', 'data/enterprises.csv', 3],
      ['syntax', 'info', 'data/enterprises/蒙自/x.yaml', 1], // not read, and said so
    ]);
    expect(result.summary.files).toBe(2);
  });

  it('an empty folder loads as an empty dataset without findings', async () => {
    const load = await loadFolder({ vfs: memoryVfs({}), root: '', displayRoot: '' });
    expect(load.drafts).toEqual([]);
    expect(load.data).toMatchObject({ counties: [], enterprises: [], recognitions: [], indicators: [], pools: [], files: [] });
  });
});

describe('memory (issue 9)', () => {
  it('keeps no second copy of a validated record in its origin, yet still locates its fields', async () => {
    const { data } = await loadMemory({
      'enterprises.csv': 'credit_code,name,county\n91530000216586610Q,甲（示例）,蒙自\n',
      'indicators.csv': 'credit_code,year,revenue,employees\n91530000216586610Q,2025,1234.5,56\n',
    });
    for (const record of [data.enterprises[0], data.indicators[0]]) {
      expect(Reflect.get(record.origin, 'value')).toBeUndefined();
      expect(Object.keys(record.origin)).toEqual(['loc']);
    }
    expect(data.indicators[0].origin.fields.employees).toMatchObject({ file: 'indicators.csv', line: 2, column: 32 });
    expect(data.indicators[0].origin.raw?.revenue).toBe('1234.5');
  });
});
