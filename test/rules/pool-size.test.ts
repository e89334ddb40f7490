import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';
import { annualTargets, PLAN_YAML, POOL, pool, rows } from './pool-data.js';

const ASOF = '2026-11-28';
/** 蒙自市 alone with an explicit 2026 innovative target of 8: a 16-member pool is exactly 2×. */
const base = (poolCsv: string, extra: Record<string, string> = {}): Record<string, string> => ({
  'plan.yaml': PLAN_YAML,
  'annual-targets.csv': annualTargets([7, 8, 7]),
  [POOL]: poolCsv,
  ...extra,
});
const run = (files: Record<string, string>) => findings(files, 'pool-size', { asOf: ASOF });

describe('pool-size (N 附件1 任务2: ≥ 2 × the annual growth target)', () => {
  it.each([
    ['exactly 2 × 8 = 16 filed', base(pool(...rows(16, 'innovative')))],
    ['more than required', base(pool(...rows(20, 'innovative')))],
    ['a county name written as its short name counts for the county', base(pool(...rows(8, 'innovative'), ...rows(8, 'innovative', '蒙自', 9)))],
    ['a zero annual target requires no pool', { ...base(pool()), 'annual-targets.csv': annualTargets([11, 0, 11]) }],
    ['no ratio for little-giant by default', base(pool(...rows(16, 'innovative')), { 'annual-targets.csv': annualTargets([7, 8, 7], '2026,蒙自市,little-giant,2\n') })],
    ['a pool year outside the plan period', base(pool(...rows(16, 'innovative')), { 'pools/2028.csv': pool() })],
    ['no ratio at all (pool_ratios: innovative null)', base(pool(), { 'plan.yaml': PLAN_YAML.replace('innovative: 2,', 'innovative: null,') })],
  ])('passes %s', async (_name, files) => {
    expect(await run(files)).toEqual([]);
  });

  it.each([
    // one fewer than 2×: the county at its first row, the prefecture at line 1 of the pool file
    ['one fewer than 2 × 8 (15 filed)', base(pool(...rows(15, 'innovative'))), [1, 2]],
    ['a repeated enterprise counts once', base(pool(...rows(15, 'innovative'), ...rows(1, 'innovative'))), [1, 2]],
    ['a withdrawn (退库) entry is not counted', base(pool(...rows(15, 'innovative'), rows(1, 'innovative', '蒙自市', 16)[0]!.replace('in-pool', 'withdrawn'))), [1, 2]],
    ['a county that filed nothing is still reported, at line 1', base(pool(...rows(16, 'innovative', '个旧市', 1, '532501'))), [1]],
    ['little-giant sized once pool_ratios switches it on (3 × 2 = 6, 5 filed)',
      base(pool(...rows(16, 'innovative'), ...rows(5, 'little-giant', '蒙自市', 30)), {
        'plan.yaml': PLAN_YAML.replace('little-giant: null', 'little-giant: 3'),
        'annual-targets.csv': annualTargets([7, 8, 7], '2026,蒙自市,little-giant,2\n'),
      }),
      [1, 18]],
  ])('fails %s', async (_name, files, lines) => {
    expect(await run(files)).toEqual(lines.map((l) => ['pool-size', POOL, l]));
  });

  it('says how many are filed, required and missing, marking derived targets (en and zh)', async () => {
    // targets.csv: 蒙自市 +23 innovative over three years → derived 8 / 8 / 7
    const files = {
      'plan.yaml': PLAN_YAML,
      'targets.csv': '县市,实有数_创新型,实有数_专精特新,实有数_小巨人,新增数_创新型,新增数_专精特新,新增数_小巨人,目标数_创新型,目标数_专精特新,目标数_小巨人\n蒙自市,19,9,0,23,0,0,42,9,0\n',
      [POOL]: pool(...rows(9, 'innovative')),
    };
    const en = (await diagnose(files, { asOf: ASOF })).filter((d) => d.ruleId === 'pool-size');
    expect(en.map((d) => [d.line, d.severity, d.message])).toEqual([
      [1, 'error', 'Prefecture total 2026 innovative pool: 9 filed, 16 required (2 × 8, derived) — 7 missing'],
      [2, 'error', '蒙自市 2026 innovative pool: 9 filed, 16 required (2 × 8, derived) — 7 missing'],
    ]);
    const zh = (await diagnose(files, { asOf: ASOF, lang: 'zh' })).filter((d) => d.ruleId === 'pool-size');
    expect(zh[1]?.message).toBe('蒙自市 2026 年创新型种子库：已入库 9 家，应入库 16 家（2 × 8，年度目标为推算值）— 差 7 家');
    expect(zh[0]?.message).toMatch(/^全州合计 2026 年创新型种子库/);
  });

  it('says 0 filed, an explicit target without "derived", and rounding up of a fractional ratio', async () => {
    const files = base(pool(...rows(16, 'innovative', '个旧市', 1, '532501')), { 'plan.yaml': PLAN_YAML.replace('innovative: 2,', 'innovative: 1.5,') });
    const [d] = (await diagnose(files, { asOf: ASOF })).filter((x) => x.ruleId === 'pool-size');
    expect([d?.line, d?.message]).toEqual([1, '蒙自市 2026 innovative pool: 0 filed, 12 required (1.5 × 8) — 12 missing']);
    const odd = base(pool(...rows(13, 'innovative')), { 'plan.yaml': PLAN_YAML.replace('innovative: 2,', 'innovative: 1.5,'), 'annual-targets.csv': annualTargets([7, 9, 6]) });
    const [e] = (await diagnose(odd, { asOf: ASOF })).filter((x) => x.ruleId === 'pool-size' && x.line > 1);
    expect(e?.message).toBe('蒙自市 2026 innovative pool: 13 filed, 14 required (1.5 × 9, rounded up) — 1 missing');
  });
});
