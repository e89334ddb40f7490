/**
 * The normalisation table of docs/normalisation.md, row by row: what messy spreadsheet input is
 * accepted and how it is read, and what is refused — with a located finding, never silently.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../src/model/dates.js';
import { parseNumber } from '../../src/model/parse.js';
import { diagnose, loadMemory } from '../helpers.js';

const A = '91530000216586610Q';
const B = '91530000216563275J';
const ENTERPRISES = `credit_code,name,county\n${A},甲（示例）,蒙自\n${B},乙（示例）,开远\n`;
const TARGETS_HEADER = '县市,实有数_创新型,实有数_专精特新,实有数_小巨人,新增数_创新型,新增数_专精特新,新增数_小巨人,目标数_创新型,目标数_专精特新,目标数_小巨人';

const located = (list: Awaited<ReturnType<typeof diagnose>>, ...rules: string[]) =>
  list.filter((d) => rules.includes(d.ruleId)).map((d) => [d.ruleId, d.severity, d.file, d.line, d.column, d.message]);

describe('headers that carry a unit', () => {
  it.each([
    ['营业收入（万元）', 'revenue'],
    ['营业收入(万元)', 'revenue'],
    ['研发费用(万元)', 'rd_expense'],
    ['研发费用 （万元）', 'rd_expense'],
    ['营业收入/万元', 'revenue'],
    ['营业收入万元', 'revenue'],
    ['营业收入（万）', 'revenue'],
    ['revenue (万元)', 'revenue'],
    ['市场占有率(%)', 'market_share_pct'],
    ['市场占有率（％）', 'market_share_pct'],
    ['市场占有率%', 'market_share_pct'],
    ['从业人员（人）', 'employees'],
    ['发明专利（件）', 'invention_patents'],
  ])('%s is the field %s', async (header, field) => {
    const { data, drafts } = await loadMemory({ 'enterprises.csv': ENTERPRISES, 'indicators/2024.csv': `统一社会信用代码,${header}\n${A},12\n` });
    expect(drafts).toEqual([]);
    expect(data.indicators[0]).toMatchObject({ year: 2024, [field]: 12 });
  });

  it.each([
    ['营业收入（元）', '元', '万元', '营业收入（万元）'],
    ['研发费用(元)', '元', '万元', '研发费用（万元）'],
    ['净利润（亿元）', '亿元', '万元', '净利润（万元）'],
    ['营业收入元', '元', '万元', '营业收入（万元）'],
    ['市场占有率（‰）', '‰', '%', '市场占有率（%）'],
  ])('%s is refused at the header, naming the unit to convert to', async (header, unit, expected, rename) => {
    const files = { 'enterprises.csv': ENTERPRISES, 'indicators/2024.csv': `统一社会信用代码,${header}\n${A},15000000\n` };
    const { data } = await loadMemory(files);
    expect(data.indicators).toHaveLength(1);
    expect(Object.keys(data.indicators[0]).filter((k) => !['creditCode', 'year', 'origin'].includes(k))).toEqual([]); // the column was not read
    const [d] = (await diagnose(files)).filter((x) => x.ruleId === 'schema');
    expect([d.code, d.severity, d.file, d.line, d.column, d.value]).toEqual(['schema.header-unit', 'error', 'indicators/2024.csv', 1, 10, header]);
    expect(d.message).toContain(`is in ${unit} but`);
    expect(d.message).toContain(`convert the values to ${expected} and name the column "${rename}"`);
  });

  it('says so in Chinese too', async () => {
    const list = await diagnose({ 'enterprises.csv': ENTERPRISES, 'indicators/2024.csv': `统一社会信用代码,营业收入（元）\n${A},15000000\n` }, { lang: 'zh' });
    expect(located(list, 'schema')).toEqual([
      ['schema', 'error', 'indicators/2024.csv', 1, 10, '列 “营业收入（元）” 的单位是 元，而 revenue 以 万元 计：请把数值换算为万元，列名改为 “营业收入（万元）”；此列未读取（不自动换算）'],
    ]);
  });

  it('a YAML key with a unit is read the same way', async () => {
    const yaml = `credit_code: ${A}\nname: 甲（示例）\ncounty: 蒙自\nindicators:\n  - { year: 2024, 营业收入（万元）: 12000, 研发费用（元）: 4200000 }\n`;
    const { data } = await loadMemory({ 'enterprises/e.yaml': yaml });
    expect(data.indicators.map((i) => [i.revenue, i.rd_expense])).toEqual([[12000, undefined]]);
    const list = await diagnose({ 'enterprises/e.yaml': yaml });
    expect(list.filter((d) => d.ruleId === 'schema').map((d) => [d.code, d.line, d.path])).toEqual([['schema.header-unit', 5, 'indicators[0].研发费用（元）']]);
  });

  it('a bracket that is not a unit is an unknown column with a suggestion; 标准件 is not 标准 in 件', async () => {
    const list = await diagnose({ 'enterprises.csv': ENTERPRISES, 'indicators/2024.csv': `统一社会信用代码,营业收入（合计）,标准件\n${A},1,2\n` });
    expect(list.filter((d) => d.ruleId === 'unknown-field').map((d) => [d.column, d.value])).toEqual([
      [10, '营业收入（合计）'],
      [19, '标准件'],
    ]);
  });

  it('Latin I类/II类知识产权 are Ⅰ类/Ⅱ类', async () => {
    const { data, drafts } = await loadMemory({ 'enterprises.csv': ENTERPRISES, 'indicators/2024.csv': `统一社会信用代码,I类知识产权,II类知识产权\n${A},3,4\n` });
    expect(drafts).toEqual([]);
    expect(data.indicators.map((i) => [i.class1_ip, i.class2_ip])).toEqual([[3, 4]]);
  });

  it('a 100 000-column header lists the first 20 unknown columns and counts the rest', async () => {
    const header = ['统一社会信用代码', ...Array.from({ length: 100_000 }, (_, i) => `x${i}`)].join(',');
    const list = await diagnose({ 'enterprises.csv': ENTERPRISES, 'indicators/2024.csv': `${header}\n${A}\n` });
    const unknown = list.filter((d) => d.ruleId === 'unknown-field');
    expect(unknown).toHaveLength(21);
    const column = '统一社会信用代码,'.length + 'x0,'.length * 10 + 'x10,'.length * 10 + 1; // at x20, the first not listed
    expect(unknown[20]).toMatchObject({ line: 1, column, message: '99980 more unknown columns (only the first 20 are listed)' });
  });
});

describe('dates', () => {
  const recognitions = (cell: string) => `credit_code,tier,recognized_on\n${A},srdi,${cell}\n`;

  it.each([
    ['2025-09-03', '2025-09-03'],
    ['2025/9/3', '2025-09-03'],
    ['2025.9.3', '2025-09-03'],
    ['2025年9月3日', '2025-09-03'],
    ['20250903', '2025-09-03'],
    ['２０２５／９／３', '2025-09-03'],
    ['"2025/9/3 0:00"', '2025-09-03'],
    ['2025-09-03 14:30:00', '2025-09-03'],
    ['45903', '2025-09-03'], // Excel serial, CSV only
    ['45903.75', '2025-09-03'],
  ])('CSV %s → %s', async (cell, iso) => {
    const { data, drafts } = await loadMemory({ 'enterprises.csv': ENTERPRISES, 'recognitions.csv': recognitions(cell) });
    expect(drafts).toEqual([]);
    expect(data.recognitions.map((r) => r.recognizedOn)).toEqual([iso]);
  });

  it.each(['2025', '459030', '9/3/2025', '3/9/2025', '25/9/3', '2025-09-03T08:00:00Z', '2025-09-03 24:00', '2025-02-29'])('CSV %s is not a date', async (cell) => {
    const list = await diagnose({ 'enterprises.csv': ENTERPRISES, 'recognitions.csv': recognitions(cell) });
    expect(list.filter((d) => d.ruleId === 'schema').map((d) => [d.code, d.line, d.column, d.value])).toEqual([['schema.invalid', 2, 25, cell]]);
  });

  it('a serial number in YAML is never a date (Excel does not write YAML)', async () => {
    const list = await diagnose({ 'enterprises/e.yaml': `credit_code: ${A}\nname: 甲（示例）\ncounty: 蒙自\nrecognitions:\n  - { tier: srdi, recognized_on: 45903 }\n` });
    expect(list.filter((d) => d.ruleId === 'schema').map((d) => [d.code, d.line, d.value])).toEqual([['schema.invalid', 5, '45903']]);
  });
});

describe('numbers', () => {
  it.each([
    ['"12,000"', 12000],
    ['１２０００', 12000],
    ['"１２，０００．５"', 12000.5],
    ['1.2万元', 1.2],
    ['12000万', 12000],
    [' 12000 ', 12000],
  ])('revenue %s → %d 万元', async (cell, value) => {
    const { data, drafts } = await loadMemory({ 'enterprises.csv': ENTERPRISES, 'indicators/2024.csv': `credit_code,revenue\n${A},${cell}\n` });
    expect(drafts).toEqual([]);
    expect(data.indicators[0].revenue).toBe(value);
  });

  it.each(['120000000元', '1.2亿元', '1.2亿', '3千元'])('revenue %s is refused: convert to 万元', async (cell) => {
    const list = await diagnose({ 'enterprises.csv': ENTERPRISES, 'indicators/2024.csv': `credit_code,revenue\n${A},${cell}\n` });
    expect(located(list, 'schema')).toEqual([['schema', 'error', 'indicators/2024.csv', 2, 20, 'invalid value for revenue: not in 万元 (元, 亿元 …): convert it to 万元 — units are never converted silently']]);
  });

  it.each([
    ['12.5%', 12.5],
    ['12.5', 12.5],
    ['１２．５％', 12.5],
    ['0.125', 0.125], // a fraction is not guessed to be 12.5 %
  ])('market share %s → %d %%', async (cell, value) => {
    const { data } = await loadMemory({ 'enterprises.csv': ENTERPRISES, 'indicators/2024.csv': `credit_code,market_share_pct\n${A},${cell}\n` });
    expect(data.indicators[0].market_share_pct).toBe(value);
  });
});

describe('codes, names and counties', () => {
  it('blanks, full-width characters, lower case and invisible characters in a credit code are normalised', async () => {
    const messy = ` ９１５３ ００００\u200b２１６５\u00a0８６６１ ０q\u200f `;
    const { data } = await loadMemory({ 'enterprises.csv': `credit_code,name,county\n"${messy}",甲（示例）,蒙自\n` });
    expect(data.enterprises.map((e) => e.creditCode)).toEqual([A]);
  });

  it('invisible characters and runs of blanks in a name are removed', async () => {
    const { data } = await loadMemory({ 'enterprises.csv': `credit_code,name,county\n${A},\u200b红河\u202e示例  公司\u00ad（示例）\ufeff ,蒙自\n` });
    expect(data.enterprises.map((e) => e.name)).toEqual(['红河示例 公司（示例）']);
  });

  it.each([
    ['532503', '532503'],
    ['蒙自市', '532503'],
    ['蒙自', '532503'],
    [' 蒙 自 市 ', '532503'],
    ['屏边', '532523'],
    ['屏边县', '532523'],
  ])('county %j → %s', async (county, code) => {
    const { data } = await loadMemory({ 'enterprises.csv': `credit_code,name,county\n${A},甲（示例）,${county}\n` });
    expect(data.enterprises.map((e) => e.county)).toEqual([code]);
  });

  it('an unknown county gets a did-you-mean', async () => {
    const list = await diagnose({ 'enterprises.csv': `credit_code,name,county\n${A},甲（示例）,蒙子市\n` });
    expect(located(list, 'unknown-county')).toEqual([['unknown-county', 'error', 'enterprises.csv', 2, 26, 'unknown county "蒙子市" — did you mean "蒙自市"?']]);
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('a tier or county spelled %j is just unknown', async (word) => {
    const list = await diagnose({ 'enterprises.csv': `credit_code,name,county\n${A},甲（示例）,${word}\n`, 'recognitions.csv': `credit_code,tier,recognized_on\n${A},${word},2024-01-01\n` });
    expect(list.map((d) => [d.ruleId, d.file, d.line])).toEqual([
      ['unknown-county', 'enterprises.csv', 2],
      ['schema', 'recognitions.csv', 2],
    ]);
  });
});

describe('targets.csv: an empty cell is unknown, never 0', () => {
  it('is a missing required value at the cell, and the row is not used', async () => {
    const files = { 'targets.csv': `${TARGETS_HEADER}\n蒙自市,19,9,,22,12,2,41,21,2\n个旧市,17,16,5,20,21,1,37,37,6\n` };
    const { data } = await loadMemory(files);
    expect(data.targets.map((t) => t.label)).toEqual(['个旧市']);
    const list = await diagnose(files);
    expect(list.filter((d) => d.ruleId === 'schema').map((d) => [d.code, d.line, d.column, d.path, d.message])).toEqual([
      ['schema.required', 2, 10, 'baseline_little_giant', 'missing required field baseline_little_giant'],
    ]);
  });

  it('an invalid cell is reported once (not also as missing), and the row is not used', async () => {
    const files = { 'targets.csv': `${TARGETS_HEADER}\n蒙自市,19,9,0,22,12,x,41,21,2\n` };
    expect((await loadMemory(files)).data.targets).toEqual([]);
    expect((await diagnose(files)).filter((d) => d.ruleId === 'schema').map((d) => [d.code, d.line, d.path])).toEqual([['schema.invalid', 2, 'increase_little_giant']]);
  });

  it('a table without a tier’s columns reads that tier as 0 and says so once, as a warning', async () => {
    const header = 'county,baseline_srdi,increase_srdi,target_srdi';
    const files = { 'targets.csv': `${header}\n蒙自市,9,12,21\n个旧市,16,21,37\n` };
    const { data } = await loadMemory(files);
    expect(data.targets.map((t) => [t.label, t.target])).toEqual([
      ['蒙自市', { innovative: 0, srdi: 21, 'little-giant': 0 }],
      ['个旧市', { innovative: 0, srdi: 37, 'little-giant': 0 }],
    ]);
    const list = (await diagnose(files)).filter((d) => d.ruleId === 'schema');
    expect(list.map((d) => [d.code, d.severity, d.line, d.column, d.message])).toEqual([
      ['schema.missing-columns', 'warn', 1, 1, 'no baseline_innovative, baseline_little_giant, increase_innovative, increase_little_giant, target_innovative, target_little_giant column: those counts are unknown and read as 0 in reports — add them from Attachment 2'],
    ]);
  });

  it('zeros are zeros', async () => {
    const { data, drafts } = await loadMemory({ 'targets.csv': `${TARGETS_HEADER}\n元阳县,4,1,0,5,1,0,9,2,0\n` });
    expect(drafts).toEqual([]);
    expect(data.targets.map((t) => t.target)).toEqual([{ innovative: 9, srdi: 2, 'little-giant': 0 }]);
  });
});

describe('encodings', () => {
  const TEXT = `统一社会信用代码,企业名称,县市\n${A},甲公司（示例）,蒙子\n`;

  it.each(['utf16le', 'utf16be'])('%s without a BOM loads like UTF-8, findings at the same cells', async (encoding) => {
    const plain = await diagnose({ 'enterprises.csv': TEXT });
    const bytes = new Uint8Array(iconv.encode(TEXT, encoding));
    const other = await diagnose({ 'enterprises.csv': bytes });
    expect(other.map((d) => [d.ruleId, d.line, d.column, d.value])).toEqual([['unknown-county', 2, 28, '蒙子']]);
    expect(other).toEqual(plain);
  });

  it('UTF-16 with CJK characters whose low byte is 0 (一 is U+4E00) is still UTF-16', async () => {
    const text = `统一社会信用代码,企业名称,县市\n${A},一丁一丁一丁（示例）,蒙自\n`;
    const { data } = await loadMemory({ 'enterprises.csv': new Uint8Array(iconv.encode(text, 'utf16le')) });
    expect(data.enterprises.map((e) => e.name)).toEqual(['一丁一丁一丁（示例）']);
  });
});

describe('files the loader does not read are named, at info level', () => {
  it.each([
    ['enterprises/蒙自/x.yaml', 'file not read: the data folder has no place for it — did you mean "enterprises/x.yaml"?'],
    ['企业名单.csv', 'file not read: the data folder has no place for it (see the names and places in README, Data folder)'],
    ['recognition.csv', 'file not read: the data folder has no place for it — did you mean "recognitions.csv"?'],
    ['pools.csv', 'file not read: the data folder has no place for it — did you mean "pools/<year>.csv"?'],
    ['pool/2026.csv', 'file not read: the data folder has no place for it — did you mean "pools/2026.csv"?'],
    ['enterprises/a.json', 'file not read: the data folder has no place for it — did you mean "enterprises/a.yaml"?'],
    ['constructor.csv', 'file not read: the data folder has no place for it (see the names and places in README, Data folder)'],
    ['__proto__/2026.csv', 'file not read: the data folder has no place for it (see the names and places in README, Data folder)'],
    ['indicators/2024.xls', 'workbook not read: only .xlsx and CSV are read; save it as .xlsx or CSV (UTF-8 or GBK) under its data-folder name'],
    ['indicators/2024.et', 'workbook not read: only .xlsx and CSV are read; save it as .xlsx or CSV (UTF-8 or GBK) under its data-folder name'],
  ])('%s', async (path, message) => {
    const list = await diagnose({ 'enterprises.csv': ENTERPRISES, [path]: 'a,b\n1,2\n' });
    expect(located(list, 'syntax')).toEqual([['syntax', 'info', path, 1, 1, message]]);
  });

  it.each(['README.md', 'notes.txt', 'hh-srdi.config.yaml', '.schemas/enterprise.schema.json', '.github/workflows/check.yml', '.gitattributes'])('%s is not data: no note', async (path) => {
    expect(await diagnose({ 'enterprises.csv': ENTERPRISES, [path]: 'a: 1\n' })).toEqual([]);
  });

  it('the note can be silenced like any syntax finding, and counts as no error', async () => {
    expect(await diagnose({ 'x.csv': 'a\n' }, { severities: { syntax: 'off' } })).toEqual([]);
  });
});

describe('the README table is kept true', () => {
  const readme = readFileSync('README.md', 'utf8');
  const row = (name: string): [string[], string[]] => {
    const line = readme.split('\n').find((l) => l.startsWith(`| ${name} |`));
    if (!line) throw new Error(`README has no normalisation row "${name}"`);
    const [, accepted, refused] = line.split(' | ');
    const codes = (cell: string) => [...cell.matchAll(/`([^`]+)`/gu)].map((m) => m[1]);
    return [codes(accepted), codes(refused)];
  };

  it('every date it accepts reads as 2025-09-03 (serials with excelSerial), every one it refuses does not', () => {
    const [accepted, refused] = row('Dates');
    expect(accepted.length).toBeGreaterThan(5);
    for (const raw of accepted) expect(parseDate(raw, { excelSerial: /^\d{5}$/u.test(raw) }), raw).toEqual({ ok: true, value: '2025-09-03' });
    for (const raw of refused) expect(parseDate(raw).ok, raw).toBe(false);
  });

  it('money and shares: accepted values parse, refused units do not', () => {
    const [money, refusedMoney] = row('Money (万元)');
    for (const raw of money) expect(parseNumber(raw, 'money').ok, raw).toBe(true);
    for (const unit of refusedMoney.filter((u) => /元|亿/u.test(u))) expect(parseNumber(`12${unit}`, 'money'), unit).toEqual({ ok: false, code: 'yuan-not-wan' });
    const [shares] = row('Shares (%)');
    for (const raw of shares) expect(parseNumber(raw, 'percent'), raw).toEqual({ ok: true, value: 12.5 });
  });

  it('links the long form', () => {
    expect(readme).toContain('[docs/normalisation.md](docs/normalisation.md)');
    expect(readFileSync('docs/normalisation.md', 'utf8')).toMatch(/^# Normalisation/u);
  });
});
