import { describe, expect, it } from 'vitest';
import { buildAnnualTargets, evenSplit } from '../../src/model/annual-targets.js';
import { loadMemory } from '../helpers.js';
import { PLAN_YAML, TARGETS_CSV } from '../rules/plan-data.js';

describe('evenSplit (DOMAIN.md §Annual targets: remainder to the earliest years)', () => {
  it.each([
    [22, [8, 7, 7]],
    [1, [1, 0, 0]],
    [0, [0, 0, 0]],
    [2, [1, 1, 0]],
    [3, [1, 1, 1]],
    [180, [60, 60, 60]],
    [90, [30, 30, 30]],
    [8, [3, 3, 2]],
  ])('%i → %j', (total, split) => {
    expect(evenSplit(total, 3)).toEqual(split);
  });

  it('always adds up and differs by at most one, larger first', () => {
    for (let total = 0; total < 200; total++) {
      for (let parts = 1; parts < 6; parts++) {
        const split = evenSplit(total, parts);
        expect(split.reduce((a, b) => a + b, 0)).toBe(total);
        expect(split).toEqual([...split].sort((a, b) => b - a));
        expect(Math.max(...split) - Math.min(...split)).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('buildAnnualTargets', () => {
  it('derives every county × tier from Attachment 2 and marks it derived', async () => {
    const { data } = await loadMemory({ 'targets.csv': TARGETS_CSV, 'plan.yaml': PLAN_YAML });
    const annual = buildAnnualTargets(data);
    expect(annual.years).toEqual([2025, 2026, 2027]);
    expect([2025, 2026, 2027].map((y) => annual.get('532503', 'innovative', y))).toEqual([
      { increase: 8, derived: true },
      { increase: 7, derived: true },
      { increase: 7, derived: true },
    ]);
    expect(annual.get('532503', 'little-giant', 2027)).toEqual({ increase: 0, derived: true });
    expect(annual.get('532503', 'innovative', 2024)).toBeUndefined();
    expect(annual.get('532503', 'innovative', 2028)).toBeUndefined();
  });

  it('uses explicit rows where given (a missing year is 0, not derived) and sums the counties for the total', async () => {
    const { data } = await loadMemory({
      'targets.csv': TARGETS_CSV,
      'plan.yaml': PLAN_YAML,
      'annual-targets.csv': 'year,county,tier,increase\n2025,蒙自,srdi,2\n2026,蒙自,srdi,10\n',
    });
    const annual = buildAnnualTargets(data);
    expect(annual.get('532503', 'srdi', 2026)).toEqual({ increase: 10, derived: false });
    expect(annual.get('532503', 'srdi', 2027)).toEqual({ increase: 0, derived: false });
    expect(annual.get('532501', 'srdi', 2026)).toEqual({ increase: 7, derived: true });
    // srdi 2026: 蒙自 10 + the other twelve counties' derived shares
    const others = [21, 9, 7, 4, 12, 5, 11, 1, 3, 1, 3, 1].reduce((acc, n) => acc + (evenSplit(n, 3)[1] ?? 0), 0);
    expect(annual.get('total', 'srdi', 2026)).toEqual({ increase: 10 + others, derived: true });
  });

  it('follows the plan period', async () => {
    const plan = PLAN_YAML.replace('period: { start: 2025, end: 2027 }', 'period: { start: 2025, end: 2026 }');
    const { data } = await loadMemory({ 'targets.csv': TARGETS_CSV, 'plan.yaml': plan });
    const annual = buildAnnualTargets(data);
    expect([2025, 2026].map((y) => annual.get('532503', 'innovative', y)?.increase)).toEqual([11, 11]);
  });
});
