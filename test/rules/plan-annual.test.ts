import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';
import { PLAN_YAML, TARGETS_CSV } from './plan-data.js';

const run = (annual: string) => ({ 'targets.csv': TARGETS_CSV, 'plan.yaml': PLAN_YAML, 'annual-targets.csv': `year,county,tier,increase\n${annual}` });

describe('plan-annual (explicit annual targets add up to the three-year increase)', () => {
  it.each([
    ['蒙自 innovative 8/7/7 = 22', '2025,蒙自市,innovative,8\n2026,蒙自市,innovative,7\n2027,蒙自市,innovative,7\n'],
    ['any split that adds up (10/10/2), Chinese tier names and short county names', '2025,蒙自,创新型,10\n2026,蒙自,创新型,10\n2027,蒙自,创新型,2\n'],
    ['a zero increase written as zeros', '2025,石屏县,小巨人,0\n2026,石屏县,小巨人,0\n2027,石屏县,小巨人,0\n'],
    ['the total row against 全州合计 (8 = 3+3+2)', '2025,全州合计,little-giant,3\n2026,全州合计,little-giant,3\n2027,全州合计,little-giant,2\n'],
  ])('passes %s', async (_name, annual) => {
    expect(await findings(run(annual), 'plan-annual')).toEqual([]);
  });

  it.each([
    ['a sum one short', '2025,蒙自市,innovative,8\n2026,蒙自市,innovative,7\n2027,蒙自市,innovative,6\n', [['plan-annual', 'annual-targets.csv', 4]]],
    ['a missing year that leaves the sum short', '2025,蒙自市,srdi,6\n2026,蒙自市,srdi,5\n', [['plan-annual', 'annual-targets.csv', 3]]],
    ['a year outside 2025–2027 (and the sum then short)', '2024,开远市,srdi,3\n2025,开远市,srdi,3\n2026,开远市,srdi,3\n', [['plan-annual', 'annual-targets.csv', 2], ['plan-annual', 'annual-targets.csv', 4]]],
    ['a repeated year', '2025,建水县,srdi,3\n2025,建水县,srdi,2\n2026,建水县,srdi,2\n2027,建水县,srdi,2\n', [['plan-annual', 'annual-targets.csv', 3]]],
  ])('reports %s', async (_name, annual, expected) => {
    expect(await findings(run(annual), 'plan-annual')).toEqual(expected);
  });

  it('reports the sum on the last row’s increase cell, with the years listed', async () => {
    const [d] = (await diagnose(run('2025,蒙自市,innovative,8\n2026,蒙自市,innovative,7\n2027,蒙自市,innovative,6\n'))).filter((x) => x.ruleId === 'plan-annual');
    expect(d).toMatchObject({ line: 4, column: 21, value: '6', expected: 'Σ = 22' });
    expect(d?.message).toBe('the annual targets of 蒙自市 innovative add up to 21 (2025: 8, 2026: 7, 2027: 6), the three-year increase is 22');
  });
});
