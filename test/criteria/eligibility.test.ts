/** Eligibility for every tier: SME (工信部联企业〔2011〕300号, `sme` overrides) and compliance (N task 6). */
import { describe, expect, it } from 'vitest';
import type { TierId } from '../../src/model/types.js';
import { LAST, assess, find, row, strongRows } from './builders.js';

const TIERS: TierId[] = ['innovative', 'srdi', 'little-giant'];

describe('SME: < 1000 staff or < 40 000 万元 revenue', () => {
  it.each([
    // employees, revenue, outcome
    [999, 50000, 'pass'],
    [1000, 50000, 'fail'],
    [1001, 40000, 'fail'],
    [1200, 39999.99, 'pass'],
    [1200, 40000, 'fail'],
    [260, 12000, 'pass'],
  ])('%s staff, %s 万元 → %s', (employees, revenue, outcome) => {
    const a = assess('miit-2022', 'innovative', { rows: strongRows({ employees, revenue, main_revenue: revenue * 0.9 }) });
    expect(find(a, 'sme').outcome).toBe(outcome);
  });

  it('one passing test is enough; an unknown one then does not matter', () => {
    const a = assess('miit-2022', 'innovative', { rows: strongRows({ employees: undefined, revenue: 12000 }) });
    expect(find(a, 'sme')).toMatchObject({ outcome: 'pass', missing: [] });
  });

  it('is unknown when the known test fails and the other is missing', () => {
    const a = assess('miit-2022', 'innovative', { rows: strongRows({ employees: 1500, revenue: undefined }) });
    expect(find(a, 'sme')).toMatchObject({ outcome: 'unknown', missing: [`indicators.${LAST}.revenue`] });
  });

  it.each([
    [true, 'pass'],
    [false, 'fail'],
  ])('the declared sme field (%s) overrides the size test and says so', (sme, outcome) => {
    const a = assess('miit-2022', 'innovative', { rows: strongRows({ sme, employees: 5000, revenue: 90000 }) });
    const c = find(a, 'sme');
    expect(c.outcome).toBe(outcome);
    expect(c.note?.en).toContain('overrides');
  });

  it('names the size class', () => {
    const a = assess('miit-2022', 'innovative', { rows: strongRows({ employees: 300, revenue: 2000, main_revenue: 1800 }) });
    expect(find(a, 'sme').actual).toBe('300 人 / 2,000 万元 (medium)');
  });
});

describe.each(TIERS)('compliance flags for %s', (tier) => {
  it.each([
    ['compliance.abnormal-operation', { abnormal_operation: true }],
    ['compliance.serious-dishonest', { serious_dishonest: true }],
    ['compliance.major-incident', { major_incident: true }],
  ])('%s fails and the verdict is not-ready', (id, flags) => {
    const a = assess('miit-2022', tier, { rows: strongRows(flags) });
    expect(find(a, id).outcome).toBe('fail');
    expect(a.verdict).toBe('not-ready');
  });

  it.each([
    ['compliance.abnormal-operation', { abnormal_operation: undefined }, 'abnormal_operation'],
    ['compliance.serious-dishonest', { serious_dishonest: undefined }, 'serious_dishonest'],
    ['compliance.major-incident', { major_incident: undefined }, 'major_incident'],
  ])('%s is unknown when not stated', (id, flags, field) => {
    const a = assess('miit-2022', tier, { rows: strongRows(flags) });
    expect(find(a, id)).toMatchObject({ outcome: 'unknown', missing: [`indicators.${LAST}.${field}`] });
  });
});

describe('major incident: any flagged year within 3 years fails', () => {
  it.each([
    [2023, 'fail'],
    [2022, 'pass'],
  ])('an incident flagged in %s (as of 2026) → %s', (year, outcome) => {
    const rows = [row(year, { major_incident: true }), ...strongRows()];
    const c = find(assess('miit-2022', 'innovative', { rows }), 'compliance.major-incident');
    expect(c.outcome).toBe(outcome);
    if (outcome === 'fail') expect(c.year).toBe(year);
  });

  it('carries the checked_on date as provenance', () => {
    const c = find(assess('miit-2022', 'innovative', { rows: strongRows() }), 'compliance.abnormal-operation');
    expect(c.sources).toEqual([{ field: 'abnormal_operation', year: LAST, source: 'audit', reported_on: '2026-04-20', checked_on: '2026-03-01' }]);
  });
});
