import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';
import { code, pool, POOL, POOL_HEADER } from './pool-data.js';

const A = code(1);
const B = code(2);
const row = (c: string, tier: string, status = 'in-pool') => `${c},${tier},蒙自市,2026-01-10,true,${status}`;
const run = (files: Record<string, string>) => findings(files, 'pool-duplicate');

describe('pool-duplicate (one enterprise twice in one year’s pool of one tier)', () => {
  it.each([
    ['two enterprises', { [POOL]: pool(row(A, 'innovative'), row(B, 'innovative')) }],
    ['one enterprise in two tiers’ pools', { [POOL]: pool(row(A, 'innovative'), row(A, 'srdi')) }],
    ['one enterprise in two years’ pools', { [POOL]: pool(row(A, 'srdi')), 'pools/2025.csv': pool(row(A, 'srdi')) }],
  ])('passes %s', async (_name, files) => {
    expect(await run(files)).toEqual([]);
  });

  it.each([
    ['the same row twice', { [POOL]: pool(row(A, 'srdi'), row(B, 'srdi'), row(A, 'srdi')) }, [[POOL, 4]]],
    ['tier written in Chinese the second time', { [POOL]: pool(row(A, 'srdi'), row(A, '专精特新')) }, [[POOL, 3]]],
    ['a withdrawn row and a new one', { [POOL]: pool(row(A, 'srdi', 'withdrawn'), row(A, 'srdi')) }, [[POOL, 3]]],
    ['three times: the second and the third', { [POOL]: pool(row(A, 'srdi'), row(A, 'srdi'), row(A, 'srdi')) }, [[POOL, 3], [POOL, 4]]],
    ['across two files of one year', { [POOL]: pool(row(A, 'srdi')), 'pools/extra.csv': `year,${POOL_HEADER}\n2026,${row(A, 'srdi')}\n` }, [['pools/extra.csv', 2]]],
  ])('fails %s', async (_name, files, where) => {
    expect(await run(files)).toEqual(where.map(([f, l]) => ['pool-duplicate', f, l]));
  });

  it('points to the first row (and its file when another)', async () => {
    const files = { [POOL]: pool(row(A, 'srdi')), 'pools/extra.csv': `year,${POOL_HEADER}\n2026,${row(A, 'srdi')}\n` };
    const [x] = (await diagnose(files)).filter((d) => d.ruleId === 'pool-duplicate');
    expect(x?.message).toBe(`enterprise ${A} appears twice in the 2026 srdi pool (first in pools/2026.csv on line 2)`);
    const [d] = (await diagnose({ [POOL]: pool(row(A, 'srdi'), row(B, 'srdi'), row(A, 'srdi')) })).filter((x) => x.ruleId === 'pool-duplicate');
    expect(d?.message).toBe(`enterprise ${A} appears twice in the 2026 srdi pool (first on line 2)`);
    const [z] = (await diagnose({ [POOL]: pool(row(A, 'srdi'), row(A, 'srdi')) }, { lang: 'zh' })).filter((x) => x.ruleId === 'pool-duplicate');
    expect(z?.message).toBe(`企业 ${A} 在 2026 年专精特新种子库中重复出现（首次见于第 2 行）`);
  });
});
