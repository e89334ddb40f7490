import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/model/dataset-index.js';
import { gaps, type GapReport } from '../../src/reports/gaps.js';
import { enterpriseYaml, loadMemory } from '../helpers.js';
import { PLAN_YAML, TARGETS_CSV } from '../rules/plan-data.js';

const A = '91532503MA6K1A0B17';
const B = '91532503MA6K1A0B2A';
const C = '91532503MA6K1A0B3D';

async function report(files: Record<string, string>, asOf: string, options = {}): Promise<GapReport> {
  const { data } = await loadMemory({ 'targets.csv': TARGETS_CSV, 'plan.yaml': PLAN_YAML, ...files });
  return gaps(data, buildIndex(data), asOf, options);
}

const ent = (code: string, county: string, recognitions = '') =>
  enterpriseYaml({ credit_code: code, name: `示例${code.slice(-2)}（示例）`, county }, recognitions ? `recognitions:\n${recognitions}` : '');

const row = (r: GapReport, county: string, tier: string) => r.rows.find((x) => x.county === county && x.tier === tier);

describe('gaps report', () => {
  it('reproduces Attachment 2 as baseline, target and increase, with a prefecture total of the counties', async () => {
    const r = await report({}, '2026-03-31');
    expect(r.rows).toHaveLength(14 * 3);
    expect(row(r, '532503', 'innovative')).toMatchObject({ name: '蒙自市', baseline: 19, increase: 22, target: 41, actual: 0, increaseSoFar: -19, remaining: 41 });
    expect(row(r, 'total', 'innovative')).toMatchObject({ name: '全州合计', baseline: 155, increase: 180, target: 335 });
    expect(row(r, 'total', 'srdi')).toMatchObject({ baseline: 68, increase: 90, target: 158 });
    expect(row(r, 'total', 'little-giant')).toMatchObject({ baseline: 6, increase: 8, target: 14 });
    expect(r.rows.slice(0, 3).map((x) => x.county)).toEqual(['532503', '532503', '532503']);
    expect(r.rows.slice(-3).map((x) => x.county)).toEqual(['total', 'total', 'total']);
  });

  it('counts valid recognitions on the as-of date and the increase so far', async () => {
    const files = {
      'enterprises/a.yaml': ent(A, '蒙自市', '  - { tier: innovative, recognized_on: 2025-03-01 }\n  - { tier: srdi, recognized_on: 2025-09-01 }\n'),
      'enterprises/b.yaml': ent(B, '蒙自市', '  - { tier: innovative, recognized_on: 2021-01-01 }\n'), // expired 2023-12-31
    };
    const r = await report(files, '2026-03-31');
    expect(row(r, '532503', 'innovative')).toMatchObject({ actual: 1, increaseSoFar: -18, remaining: 40, status: 'behind' });
    expect(row(r, '532503', 'srdi')).toMatchObject({ actual: 1 });
    expect(row(r, 'total', 'innovative')).toMatchObject({ actual: 1 });
  });

  it('sizes each pool as ratio × the annual target: 2 × derived, none for little giants, 0 for a zero target', async () => {
    const r = await report({}, '2026-03-31');
    expect(row(r, '532503', 'innovative')?.annual).toEqual({ year: 2026, increase: 7, derived: true });
    expect(row(r, '532503', 'innovative')?.pool).toEqual({ year: 2026, ratio: 2, required: 14, filed: 0, shortfall: 14, ineligible: 0 });
    expect(row(r, '532503', 'little-giant')?.pool).toEqual({ year: 2026, ratio: null, required: null, filed: 0, shortfall: null, ineligible: 0 });
    expect(row(r, '532528', 'srdi')?.pool).toMatchObject({ required: 0, shortfall: 0 }); // 元阳 srdi 1 → 1/0/0
    expect(row(r, 'total', 'innovative')?.pool).toMatchObject({ required: 120 }); // 2 × 60
    expect(r.derived).toBe(true);
  });

  it('counts filed pool entries once per enterprise, leaving out withdrawn ones and other years', async () => {
    const pools = [
      'credit_code,tier,county,status',
      `${A},innovative,蒙自市,in-pool`,
      `${A},innovative,蒙自,in-pool`,
      `${B},innovative,蒙自市,退库`,
      `${C},innovative,蒙自市,applied`,
      `${C},srdi,个旧市,in-pool`,
    ].join('\n');
    const files = {
      'enterprises/a.yaml': ent(A, '蒙自市'),
      'enterprises/b.yaml': ent(B, '蒙自市'),
      'enterprises/c.yaml': ent(C, '蒙自市'),
      'pools/2026.csv': pools,
      'pools/2025.csv': `credit_code,tier,county\n${B},innovative,蒙自市\n`,
    };
    const r = await report(files, '2026-03-31');
    expect(row(r, '532503', 'innovative')?.pool).toEqual({ year: 2026, ratio: 2, required: 14, filed: 2, shortfall: 12, ineligible: 0 });
    expect(row(r, '532501', 'srdi')?.pool.filed).toBe(1);
    expect(row(r, 'total', 'innovative')?.pool.filed).toBe(2);
    expect(row(await report(files, '2025-06-30'), '532503', 'innovative')?.pool).toMatchObject({ year: 2025, required: 16, filed: 1 });
  });

  it('uses explicit annual targets (not derived) and plan ratios, rounding a fractional requirement up', async () => {
    const plan = PLAN_YAML.replace('pool_ratios: { innovative: 2, srdi: 2, little-giant: null }', 'pool_ratios: { innovative: 1.5, srdi: 2, little-giant: 3 }');
    const annual = 'year,county,tier,increase\n2025,蒙自市,innovative,10\n2026,蒙自市,innovative,9\n2027,蒙自市,innovative,3\n';
    const r = await report({ 'plan.yaml': plan, 'annual-targets.csv': annual }, '2026-03-31');
    expect(row(r, '532503', 'innovative')?.annual).toEqual({ year: 2026, increase: 9, derived: false });
    expect(row(r, '532503', 'innovative')?.pool).toMatchObject({ ratio: 1.5, required: 14 }); // 13.5 → 14
    expect(row(r, '532503', 'little-giant')?.pool).toMatchObject({ ratio: 3, required: 3 }); // 3 × 1 (2 → 1/1/0)
  });

  it('has no annual target nor pool requirement outside the plan period', async () => {
    const r = await report({}, '2024-12-31');
    expect(row(r, '532503', 'innovative')?.annual).toBeUndefined();
    expect(row(r, '532503', 'innovative')?.pool).toMatchObject({ year: 2024, required: null, shortfall: null });
    expect(row(r, '532503', 'innovative')).toMatchObject({ expected: 19, status: 'behind' });
    expect(r.derived).toBe(false);
  });

  it('filters counties and tiers; a county filter drops the prefecture total', async () => {
    const r = await report({}, '2026-03-31', { counties: ['532503'], tiers: ['srdi'] });
    expect(r.rows.map((x) => [x.county, x.tier])).toEqual([['532503', 'srdi']]);
    const tiers = await report({}, '2026-03-31', { tiers: ['little-giant'] });
    expect(tiers.rows.at(-1)).toMatchObject({ county: 'total', baseline: 6 });
  });

  it('shows a county without a targets row that holds recognitions, and keeps unplaced ones apart', async () => {
    const counties = 'code,name\n532503,蒙自市\n532599,示例新区\n';
    const files = {
      'counties.csv': counties,
      'enterprises/a.yaml': ent(A, '示例新区', '  - { tier: innovative, recognized_on: 2025-03-01 }\n'),
      'enterprises/b.yaml': ent(B, '不存在县', '  - { tier: innovative, recognized_on: 2025-03-01 }\n'),
    };
    const r = await report(files, '2026-03-31');
    expect(row(r, '532599', 'innovative')).toMatchObject({ name: '示例新区', baseline: 0, target: 0, actual: 1 });
    expect(r.unplaced).toEqual({ innovative: 1, srdi: 0, 'little-giant': 0 });
    expect(row(r, 'total', 'innovative')).toMatchObject({ actual: 1, baseline: 19 }); // targets rows of counties not in counties.csv are left out (unknown-county)
  });
});
