/** Export → csv-parse gives back the values in the data, hostile ones included (modulo the apostrophe). */
import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { neutralise } from '../../src/export/csv.js';
import { loadFolder } from '../../src/load/folder.js';
import { nodeVfs } from '../../src/load/vfs.js';
import { FIXTURE, exportCli } from './run.js';

const HOSTILE = {
  formula: '=HYPERLINK("http://x","点我")',
  quotes: '"引号", 逗号（示例）',
  newline: '个旧示例换行\n第二行有限公司（示例）',
};

async function table(kind: string, extra: string[], encoding = 'utf8-bom'): Promise<Record<string, string>[]> {
  const r = await exportCli(['export', kind, ...extra, '--data', FIXTURE, '--as-of', '2026-11-28', '--encoding', encoding]);
  expect(r.code).toBe(0);
  const text = encoding === 'gb18030' ? iconv.decode(r.bytes, 'gb18030') : r.bytes.toString('utf8');
  return parse(text, { bom: true, columns: true }) as Record<string, string>[];
}

describe('export round trip', () => {
  it.each(['utf8-bom', 'utf8', 'gb18030'])('pools (%s): every cell reads back as the data wrote it', async (encoding) => {
    const rows = await table('pools', ['--year', '2026'], encoding);
    const load = await loadFolder({ vfs: nodeVfs(), root: FIXTURE, displayRoot: FIXTURE });
    const names = new Map(load.data.enterprises.map((e) => [e.creditCode, e.name]));
    const pools = new Map(load.data.pools.filter((p) => p.status !== 'withdrawn').map((p) => [p.creditCode, p]));
    const data = rows.slice(0, -1);
    expect(data.map((r) => r['统一社会信用代码'])).toEqual([...pools.keys()].sort());
    for (const row of data) {
      const code = row['统一社会信用代码'] ?? '';
      expect(row['企业名称']).toBe(neutralise(names.get(code) ?? ''));
      expect(row['完善措施']).toBe(neutralise(pools.get(code)?.measures ?? ''));
      expect(row['服务员']).toBe(neutralise(pools.get(code)?.owner ?? ''));
    }
    expect(data.map((r) => r['企业名称'])).toEqual(
      expect.arrayContaining([`'${HOSTILE.formula}`, HOSTILE.quotes, HOSTILE.newline]),
    );
    expect(rows.at(-1)?.['序号']).toBe('合计');
  });

  it('no cell of any export starts with a character that makes Excel evaluate it', async () => {
    for (const [kind, extra] of [['pools', ['--year', '2026']], ['rollup', ['--year', '2026']], ['candidates', ['--year', '2027']], ['roadmap', []]] as const) {
      const rows = await table(kind, [...extra]);
      for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+@\t\r]|^-(?!\d)/);
    }
  });

  it('numbers stay numbers: counts and money are written without quotes or thousands separators', async () => {
    const rows = await table('candidates', ['--year', '2027']);
    const ready = rows.find((r) => r['评估结论'] === '具备申报条件');
    expect(ready?.['2025年营业收入（万元）']).toBe('23871.9');
    expect(ready?.['2025年研发费用占比（%）']).toBe('4.52');
    const rollup = await table('rollup', ['--year', '2026']);
    expect(rollup.find((r) => r['县市'] === '个旧市' && r['层级'] === '创新型')?.['已新增']).toBe('-1');
  });
});
