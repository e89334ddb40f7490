/** Every band edge of the M22 score tables: an edge value goes to the better band (DOMAIN.md). */
import { describe, expect, it } from 'vitest';
import { bandPoints, higher, lower } from '../../src/criteria/bands.js';
import { M22_INNOVATIVE, M22_SRDI } from '../../src/criteria/miit-2022.js';

const inn = M22_INNOVATIVE.bands;
const srdi = M22_SRDI.bands;

describe('innovative (M22 annex 1)', () => {
  it.each([
    [5.01, 20], [5, 20], [4.99, 15], [3, 15], [2.99, 10], [2, 10], [1.99, 5], [1, 5], [0.99, 0], [0, 0],
  ])('R&D / revenue %s%% → %s', (v, p) => expect(bandPoints(inn.rdRatio, v)).toBe(p));
  it.each([
    [15.01, 20], [15, 20], [14.99, 15], [10, 15], [9.99, 10], [5, 10], [4.99, 5], [0, 5], [-0.01, 0],
  ])('main-revenue growth %s%% → %s', (v, p) => expect(bandPoints(inn.growth, v)).toBe(p));
  it.each([
    [54.99, 10], [55, 10], [55.01, 5], [75, 5], [75.01, 0],
  ])('debt ratio %s%% → %s (lower is better)', (v, p) => expect(bandPoints(inn.debt, v)).toBe(p));
  it.each([
    [70.01, 20], [70, 20], [69.99, 15], [60, 15], [59.99, 10], [55, 10], [54.99, 5], [50, 5], [49.99, 0],
  ])('main revenue / revenue %s%% → %s', (v, p) => expect(bandPoints(inn.mainShare, v)).toBe(p));
});

describe('srdi 85-point bands (M22 annex 2)', () => {
  it.each([
    [80, 5], [79.99, 3], [70, 3], [69.99, 1], [60, 1], [59.99, 0],
  ])('main revenue / revenue %s%% → %s', (v, p) => expect(bandPoints(srdi.mainShare, v)).toBe(p));
  it.each([
    [10, 10], [9.99, 8], [8, 8], [7.99, 6], [6, 6], [5.99, 4], [4, 4], [3.99, 2], [0, 2], [-0.01, 0],
  ])('2-year average growth %s%% → %s', (v, p) => expect(bandPoints(srdi.growth, v)).toBe(p));
  it.each([[4, 5], [3, 5], [2, 3], [1, 0]])('digital level %s → %s', (v, p) => expect(bandPoints(srdi.digital, v)).toBe(p));
  it.each([
    [10, 10], [9.99, 8], [8, 8], [7.99, 6], [6, 6], [5.99, 4], [4, 4], [3.99, 2], [2, 2], [1.99, 0], [-5, 0],
  ])('net profit margin %s%% → %s', (v, p) => expect(bandPoints(srdi.netMargin, v)).toBe(p));
  it.each([
    [50, 5], [50.01, 3], [60, 3], [60.01, 1], [70, 1], [70.01, 0],
  ])('debt ratio %s%% → %s', (v, p) => expect(bandPoints(srdi.debt, v)).toBe(p));
  it.each([
    [500, 10], [499.99, 8], [400, 8], [399.99, 6], [300, 6], [299.99, 4], [200, 4], [199.99, 2], [100, 2], [99.99, 0],
  ])('R&D amount %s 万元 → %s', (v, p) => expect(bandPoints(srdi.rdAmount, v)).toBe(p));
  it.each([
    [10, 10], [9.99, 8], [8, 8], [7.99, 6], [6, 6], [5.99, 4], [4, 4], [3.99, 2], [3, 2], [2.99, 0],
  ])('R&D ratio %s%% → %s', (v, p) => expect(bandPoints(srdi.rdRatio, v)).toBe(p));
  it.each([
    [20, 5], [19.99, 3], [10, 3], [9.99, 1], [5, 1], [4.99, 0],
  ])('R&D staff %s%% → %s', (v, p) => expect(bandPoints(srdi.rdStaff, v)).toBe(p));
  it('the tables add up to 85 computed points', () => {
    const t = srdi;
    const sum = 5 + 10 + t.niche.max + t.field.chain + 5 + t.quality.max + 10 + 5 + t.ip[0] + 10 + 5 + t.institution.national;
    expect(sum).toBe(85);
  });
});

describe('edge tolerance', () => {
  it('binary noise at an edge stays in the better band', () => {
    expect(bandPoints(higher([[7, 1]]), 0.07 * 100)).toBe(1);
    expect(bandPoints(higher([[3, 1]]), (0.1 + 0.2) * 10)).toBe(1);
    expect(bandPoints(lower([[70, 1]]), 70.00000000001)).toBe(1);
  });
});
