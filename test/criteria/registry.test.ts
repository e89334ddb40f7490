/** The registry, the tier ladder, and the completeness of labels and measures. */
import { describe, expect, it } from 'vitest';
import { CRITERION_LABELS, currentTier, flatten, isRulesetId, nextTier, rulesets } from '../../src/criteria/index.js';
import { CRITERION_MEASURES, measuresFor } from '../../src/criteria/measures.js';
import type { RulesetId } from '../../src/criteria/types.js';
import type { TierId } from '../../src/model/types.js';
import { assess, recognition, strongRows } from './builders.js';

describe('the ladder', () => {
  it.each([
    [undefined, 'innovative'],
    ['innovative', 'srdi'],
    ['srdi', 'little-giant'],
    ['little-giant', undefined],
  ] satisfies [TierId | undefined, TierId | undefined][])('next after %s is %s', (current, next) => {
    expect(nextTier(current)).toBe(next);
  });

  it('the current tier is the highest valid one on the date', () => {
    const rs = [recognition('innovative', '2023-06-20'), recognition('srdi', '2024-11-08')];
    expect(currentTier(rs, '2026-06-30')).toBe('srdi');
    expect(currentTier(rs, '2024-01-01')).toBe('innovative');
    expect(currentTier(rs, '2023-01-01')).toBeUndefined();
    expect(currentTier([recognition('srdi', '2024-11-08', { revokedOn: '2025-05-01' })], '2025-05-01')).toBeUndefined();
    expect(currentTier([recognition('srdi', '2024-11-08', { revokedOn: '2025-05-01' })], '2025-04-30')).toBe('srdi');
  });
});

describe('the registry', () => {
  it('holds both rulesets by id', () => {
    expect(Object.keys(rulesets)).toEqual(['miit-2022', 'miit-2026']);
    for (const [id, r] of Object.entries(rulesets)) expect(r.id).toBe(id);
    expect(isRulesetId('miit-2026')).toBe(true);
    expect(isRulesetId('miit-2030')).toBe(false);
  });

  const emitted = new Set<string>();
  for (const ruleset of ['miit-2022', 'miit-2026'] satisfies RulesetId[]) {
    for (const tier of ['innovative', 'srdi', 'little-giant'] satisfies TierId[]) {
      for (const rows of [strongRows(), strongRows({ revenue: 4000, main_revenue: 3600 }), []]) {
        const a = assess(ruleset, tier, { rows, recognitions: [recognition('innovative', '2024-03-01')] });
        for (const c of flatten(a.criteria)) emitted.add(c.id);
      }
    }
  }

  it('every emitted criterion has a label and at least one measure', () => {
    for (const id of emitted) {
      expect(Object.hasOwn(CRITERION_LABELS, id), id).toBe(true);
      expect(measuresFor(id).length, id).toBeGreaterThan(0);
    }
  });

  it('labels and measures cover the same ids', () => {
    expect(Object.keys(CRITERION_MEASURES).sort()).toEqual(Object.keys(CRITERION_LABELS).sort());
  });
});
