import { describe, expect, it } from 'vitest';
import { expectedCount, paceOf, paceStatus } from '../../src/reports/pace.js';

const PERIOD = { start: 2025, end: 2027 };

describe('on pace (DOMAIN.md: baseline + increase × elapsed / total)', () => {
  it.each([
    ['2024-12-31', 0, 'before the period: nothing elapsed'],
    ['2025-01-01', 1, 'the first day counts as gone'],
    ['2025-12-31', 365, 'one year'],
    ['2026-12-31', 730, 'two years'],
    ['2027-12-31', 1095, 'the whole period'],
    ['2028-06-30', 1095, 'after the period: clamped'],
    ['1999-01-01', 0, 'long before: clamped'],
  ])('%s → %i of 1095 days (%s)', (asOf, elapsed) => {
    expect(paceOf(PERIOD, asOf)).toEqual({ start: '2025-01-01', end: '2027-12-31', elapsedDays: elapsed, totalDays: 1095 });
  });

  it('expects the baseline before the period and the 2027 target at its end', () => {
    expect(expectedCount(19, 22, paceOf(PERIOD, '2024-12-31'))).toBe(19);
    expect(expectedCount(19, 22, paceOf(PERIOD, '2025-01-01'))).toBeCloseTo(19 + 22 / 1095, 10);
    expect(expectedCount(19, 22, paceOf(PERIOD, '2026-12-31'))).toBeCloseTo(19 + (22 * 730) / 1095, 10);
    expect(expectedCount(19, 22, paceOf(PERIOD, '2027-12-31'))).toBe(41);
    expect(expectedCount(19, 22, paceOf(PERIOD, '2030-01-01'))).toBe(41);
  });

  // 蒙自 innovative: baseline 19, increase 22
  it.each([
    ['2025-01-01', 20, 'ahead'], // expected 19.02
    ['2025-01-01', 19, 'on-track'], // ≥ floor(19.02)
    ['2025-01-01', 18, 'behind'],
    ['2026-12-31', 34, 'ahead'], // expected 33.67
    ['2026-12-31', 33, 'on-track'],
    ['2026-12-31', 32, 'behind'],
    ['2027-12-31', 41, 'ahead'], // expected 41 exactly: equal is ahead
    ['2027-12-31', 40, 'behind'], // floor(41) = 41
    ['2024-12-31', 19, 'ahead'], // before the period the baseline is on pace
    ['2024-12-31', 18, 'behind'],
    ['2026-03-31', 28, 'on-track'], // 19 + 22 × 455/1095 = 28.14
  ])('on %s, %i held → %s', (asOf, actual, status) => {
    expect(paceStatus(actual, 19, 22, paceOf(PERIOD, asOf))).toBe(status);
  });

  it('exact thirds: 2 due of 3 after two years is met exactly, never lost to rounding', () => {
    // 3 × 730 / 1095 = 2 exactly
    expect(paceStatus(2, 0, 3, paceOf(PERIOD, '2026-12-31'))).toBe('ahead');
    expect(paceStatus(1, 0, 3, paceOf(PERIOD, '2026-12-31'))).toBe('behind');
  });

  it('a zero increase is ahead while the baseline is held', () => {
    expect(paceStatus(5, 5, 0, paceOf(PERIOD, '2026-06-30'))).toBe('ahead');
    expect(paceStatus(4, 5, 0, paceOf(PERIOD, '2026-06-30'))).toBe('behind');
  });
});
