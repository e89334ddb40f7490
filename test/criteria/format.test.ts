import { describe, expect, it } from 'vitest';
import { ceil2, fmtAgainst, fmtNum, fmtUnit } from '../../src/criteria/format.js';

describe('fmtNum: thousands separators, at most 2 decimals, no locale', () => {
  it.each([
    [8000, '8,000'],
    [1234567.891, '1,234,567.89'],
    [2.1, '2.1'],
    [2.10000001, '2.1'],
    [0, '0'],
    [-14.7, '-14.7'],
    [-0.001, '0'],
    [999.999, '1,000'],
    [100, '100'],
  ])('%s → %s', (n, text) => expect(fmtNum(n)).toBe(text));
});

describe('fmtAgainst never prints a failing value equal to its threshold', () => {
  it.each([
    [2.999, 3, '2.999%'],
    [2.99999, 3, '2.9999%'],
    [3, 3, '3%'],
    [2.1, 3, '2.1%'],
  ])('%s vs %s → %s', (v, limit, text) => expect(fmtAgainst(v, limit, '%')).toBe(text));
});

describe('units and rounding', () => {
  it('formats units per language', () => {
    expect(fmtUnit(72, '万元')).toBe('72 万元');
    expect(fmtUnit(3, '年', 'en')).toBe('3 years');
    expect(fmtUnit(3, '年', 'zh')).toBe('3 年');
    expect(fmtUnit(5, 'pp', 'zh')).toBe('5 个百分点');
  });
  it('ceil2 rounds a shortfall up to 0.01 but not float noise', () => {
    expect(ceil2(72.00000000001)).toBe(72);
    expect(ceil2(3333.3333)).toBe(3333.34);
    expect(ceil2(0.001)).toBe(0.01);
  });
});
