import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { decode } from '../../src/load/decode.js';
import { loadFolder, type LoadResult } from '../../src/load/folder.js';
import { memoryVfs, nodeVfs } from '../../src/load/vfs.js';
import { COUNTIES_CSV, loadMemory, plainDataset } from '../helpers.js';

const FIXTURES = 'test/fixtures/encodings';
const TWIN_FILES = ['counties.csv', 'enterprises.csv', 'indicators/2024.csv', 'pools/2026.csv', 'recognitions.csv'];

const loadFixture = (dir: string, encoding?: 'utf8' | 'gb18030'): Promise<LoadResult> =>
  loadFolder({ vfs: nodeVfs(), root: `${FIXTURES}/${dir}`, displayRoot: '', encoding });

const diagnostics = (load: LoadResult) => check(load, { asOf: '2026-11-28', lang: 'zh' }).diagnostics;

/** The dataset without record origins (locations), for comparing what was loaded. */
function withoutOrigins(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutOrigins);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'origin').map(([k, v]) => [k, withoutOrigins(v)]));
}

describe('GBK-encoded CSV with Chinese headers', () => {
  it.each(TWIN_FILES)('the committed gbk/%s is the GBK encoding of utf8/%s, and not valid UTF-8', (file) => {
    const utf8 = readFileSync(`${FIXTURES}/utf8/${file}`, 'utf8');
    const gbk = readFileSync(`${FIXTURES}/gbk/${file}`);
    expect(Buffer.compare(gbk, iconv.encode(utf8, 'gbk'))).toBe(0);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(gbk)).toThrow();
    expect(decode(gbk)).toEqual({ text: utf8, encoding: 'gb18030', bom: false });
  });

  it('loads exactly like its UTF-8 twin: the same dataset (minus origins), the same origins, the same findings', async () => {
    const utf8 = await loadFixture('utf8');
    const gbk = await loadFixture('gbk');
    expect(utf8.data.enterprises).toHaveLength(4);
    expect(withoutOrigins(gbk.data)).toEqual(withoutOrigins(utf8.data));
    expect(plainDataset(gbk.data)).toEqual(plainDataset(utf8.data));
    expect(gbk.drafts).toEqual(utf8.drafts);
    expect(diagnostics(gbk)).toEqual(diagnostics(utf8));
  });

  it('decodes the Chinese values, not only the headers', async () => {
    const { data } = await loadFixture('gbk');
    expect(data.counties.map((c) => [c.code, c.name, c.shortName, c.aliases, c.oldCodes])).toEqual([
      ['532501', '个旧市', '个旧', [], []],
      ['532503', '蒙自市', '蒙自', [], ['532522']],
      ['532524', '建水县', '建水', ['临安'], []],
    ]);
    expect(data.enterprises.map((e) => [e.name, e.countyRaw, e.county, e.main_product, e.chain_role])).toEqual([
      ['红河示例锡材有限公司（示例）', '蒙自市', '532503', '高纯锡材', '补短板'],
      ['个旧示例新材料有限公司（示例）', '个旧', '532501', '“锡基”电子浆料', '锻长板'],
      ['建水示例陶瓷有限公司（示例）', '临安', '532524', '紫陶制品', undefined],
      ['蒙自示例农产品有限公司（示例）', '蒙子', undefined, '石榴汁', undefined],
    ]);
    expect(data.recognitions.map((r) => [r.tier, r.level, r.recognizedOn, r.batch, r.note])).toEqual([
      ['innovative', 'provincial', '2023-06-20', '云南省2023年第一批', undefined],
      ['srdi', 'provincial', '2024-11-08', '云南省2024年第二批', undefined],
      ['little-giant', 'national', '2024-07-15', '第六批', '复核：原认定 2021年'],
    ]);
    expect(data.indicators.map((i) => [i.year, i.revenue, i.rd_expense, i.employees, i.market_share_pct, i.own_brand, i.rd_institution])).toEqual([
      [2024, 12000, 420, 260, 12.5, true, 'provincial'],
      [2024, 8500, undefined, 120, undefined, false, 'own'],
    ]);
    expect(data.pools.map((p) => [p.year, p.tier, p.county, p.filedOn, p.willing, p.status, p.owner])).toEqual([
      [2026, 'srdi', '532524', '2026-01-10', true, 'in-pool', '张三'],
      [2026, 'innovative', '532503', '2026-01-12', false, 'improving', '李四'],
    ]);
  });

  it('reports the same located problems in GBK as in UTF-8', async () => {
    const list = diagnostics(await loadFixture('gbk')).filter((d) => ['schema', 'unknown-field', 'unknown-county'].includes(d.ruleId));
    expect(list.map((d) => [d.ruleId, d.file, d.line, d.column, d.value, d.message])).toEqual([
      ['unknown-county', 'enterprises.csv', 5, 36, '蒙子', '未知县市 “蒙子”，是否指 “蒙自”？'],
      ['unknown-field', 'indicators/2024.csv', 1, 58, '营业收人', '未知字段 “营业收人”，是否指 “营业收入”？'],
      ['schema', 'recognitions.csv', 5, 27, '2024-13-01', '字段 recognized_on 的值无效：不是有效日期'],
    ]);
  });

  it('loads GBK the same when gb18030 is forced (--encoding gb18030)', async () => {
    const forced = await loadFixture('gbk', 'gb18030');
    const detected = await loadFixture('utf8');
    expect(plainDataset(forced.data)).toEqual(plainDataset(detected.data));
    expect(forced.drafts).toEqual(detected.drafts);
  });

  it('detects the encoding per file: a GBK file next to UTF-8 files', async () => {
    const mixed = await loadFolder({
      vfs: memoryVfs({
        'counties.csv': COUNTIES_CSV,
        'enterprises.csv': iconv.encode('统一社会信用代码,企业名称,县市\n91530000216586610Q,甲公司（示例）,蒙自\n', 'gbk'),
        'recognitions.csv': '统一社会信用代码,层级,认定日期\n91530000216586610Q,专精特新,2024-11-08\n',
      }),
      root: '',
      displayRoot: '',
    });
    expect(mixed.drafts).toEqual([]);
    expect(mixed.data.enterprises.map((e) => [e.name, e.county])).toEqual([['甲公司（示例）', '532503']]);
    expect(mixed.data.recognitions.map((r) => r.tier)).toEqual(['srdi']);
  });
});

describe('UTF-8 and UTF-16 input', () => {
  const TEXT = '统一社会信用代码,企业名称,县市\n91530000216586610Q,甲公司（示例）,蒙子\n';

  it.each([
    ['UTF-8 with BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)])],
    ['UTF-16LE with BOM', new Uint8Array(iconv.encode(`\ufeff${TEXT}`, 'utf16le'))],
    ['GB18030', new Uint8Array(iconv.encode(TEXT, 'gb18030'))],
  ])('%s loads like plain UTF-8, findings at the same cells', async (_name, bytes) => {
    const plain = await loadMemory({ 'enterprises.csv': TEXT });
    const other = await loadMemory({ 'enterprises.csv': bytes });
    expect(plainDataset(other.data)).toEqual(plainDataset(plain.data));
    const located = (l: LoadResult) => diagnostics(l).map((d) => [d.ruleId, d.line, d.column, d.value]);
    expect(located(other)).toEqual([['unknown-county', 2, 28, '蒙子']]);
    expect(located(other)).toEqual(located(plain));
  });

  it('reads a YAML file with a BOM', async () => {
    const { data, drafts } = await loadMemory({ 'enterprises/e.yaml': '\ufeffcredit_code: 91530000216586610Q\nname: 甲（示例）\ncounty: 蒙自\n' });
    expect(drafts).toEqual([]);
    expect(data.enterprises.map((e) => e.creditCode)).toEqual(['91530000216586610Q']);
  });
});
