import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeCsv, neutralise, toCsvText } from '../../src/export/csv.js';
import { isInside, writeAtomic } from '../../src/export/write.js';

describe('export CSV', () => {
  it.each([
    ['=HYPERLINK("http://x","点我")', `'=HYPERLINK("http://x","点我")`],
    ['+86 873', `'+86 873`],
    ['-1+1', `'-1+1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tx', `'\tx`],
    ['\rx', `'\rx`],
    ['红河示例（示例）', '红河示例（示例）'],
  ])('neutralises formula-looking cell %j', (cell, expected) => {
    expect(neutralise(cell)).toBe(expected);
  });

  it('keeps negative numbers as numbers (only text cells are neutralised)', () => {
    expect(toCsvText(['a'], [[-5]])).toBe('a\r\n-5\r\n');
  });

  it('round-trips hostile names through csv-parse', () => {
    const names = ['"引号", 逗号', '换行\n第二行', 'plain', '=HYPERLINK("x")'];
    const text = toCsvText(['名称'], names.map((n) => [n]));
    const back = parse(text, { bom: true }) as string[][];
    expect(back.slice(1).map((r) => r[0])).toEqual(['"引号", 逗号', '换行\n第二行', 'plain', `'=HYPERLINK("x")`]);
  });

  it('property: any text cell round-trips (modulo the neutralising apostrophe)', () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { minLength: 1, maxLength: 5 }), (cells) => {
        const back = parse(toCsvText(cells.map((_, i) => `c${i}`), [cells]), { relax_column_count: true }) as string[][];
        expect(back[1]).toEqual(cells.map(neutralise));
      }),
      { seed: 42, numRuns: 200 },
    );
  });

  it('utf8-bom starts with the BOM; gb18030 decodes to the same text', async () => {
    const text = toCsvText(['县市', '企业名称'], [['蒙自市', '红河示例精密部件有限公司（示例）']]);
    const bom = await encodeCsv(text, 'utf8-bom');
    expect([...bom.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bom.slice(3))).toBe(text);
    expect(iconv.decode(Buffer.from(await encodeCsv(text, 'gb18030')), 'gb18030')).toBe(text);
    expect((await encodeCsv(text, 'utf8'))[0]).not.toBe(0xef);
  });

  it('writes atomically and knows when a path is inside a folder', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hh-export-'));
    await writeAtomic(join(dir, 'out.csv'), new TextEncoder().encode('x'));
    expect(readFileSync(join(dir, 'out.csv'), 'utf8')).toBe('x');
    expect(readdirSync(dir)).toEqual(['out.csv']);
    expect(isInside(join(dir, 'data/pools/x.csv'), join(dir, 'data'))).toBe(true);
    expect(isInside(join(dir, 'data/../out.csv'), join(dir, 'data'))).toBe(false);
    expect(isInside(join(dir, 'data-export.csv'), join(dir, 'data'))).toBe(false);
  });
});
