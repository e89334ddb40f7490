/** 创新型中小企业 (M22 annex 1): direct routes or a 100-point score with sub-minimums. */
import { describe, expect, it } from 'vitest';
import type { TierAssessment } from '../../src/criteria/types.js';
import type { Indicators } from '../../src/model/types.js';
import { CLEAN, LAST, assess, find, row } from './builders.js';

type Fields = Partial<Omit<Indicators, 'creditCode' | 'year' | 'origin'>>;

/**
 * No direct route (all known and failing) and a score of 70: 创新能力 25 (IP 10 + R&D 3% 15),
 * 成长性 20 (growth 7.69% 10 + debt 55% 10), 专业化 25 (other field 5 + main 70% 20).
 */
function rows(last: Fields = {}, prev: Fields = {}): Indicators[] {
  return [
    row(LAST - 2, { equity_financing: 0 }),
    row(LAST - 1, { revenue: 9000, main_revenue: 6500, equity_financing: 0, ...prev }),
    row(LAST, {
      revenue: 10000, main_revenue: 7000, rd_expense: 300, total_assets: 10000, total_liabilities: 5500, employees: 80,
      class1_ip: 1, class1_ip_own: 0, class1_ip_high_value: 0, class2_ip: 0, strategic_emerging: false,
      high_tech_enterprise: false, honours: [], awards: [], rd_institution: 'none', equity_financing: 0, ...CLEAN, ...last,
    }),
  ];
}

const run = (last: Fields = {}, prev: Fields = {}): TierAssessment => assess('miit-2022', 'innovative', { rows: rows(last, prev) });
const item = (a: TierAssessment, id: string) => a.score?.sections.flatMap((s) => s.items).find((i) => i.id === id);
const section = (a: TierAssessment, id: string) => a.score?.sections.find((s) => s.id === id);

describe('the baseline', () => {
  it('scores 70 with every direct route failing', () => {
    const a = run();
    expect(a.score?.total).toBe(70);
    expect(find(a, 'route').actual).toBe('route.score');
    for (const id of ['route.award', 'route.honour', 'route.rd-institution', 'route.equity']) expect(find(a, id).outcome).toBe('fail');
    expect(a.verdict).toBe('ready');
  });
});

describe('score items at their edges', () => {
  it.each([
    [{ class1_ip_high_value: 1 }, 20],
    [{ class1_ip_own: 1 }, 15],
    [{}, 10],
    [{ class1_ip: 0, class2_ip: 1 }, 5],
    [{ class1_ip: 0, class2_ip: 0 }, 0],
  ])('IP %o → %s', (fields, points) => expect(item(run(fields), 'ip')?.points).toBe(points));

  it('IP: invention patents count as Ⅰ类 when class1_ip is not stated', () => {
    const a = run({ class1_ip: undefined, invention_patents: 2 });
    expect(item(a, 'ip')?.points).toBe(10);
  });

  it('IP: unknown high-value and own counts leave the range open', () => {
    const a = run({ class1_ip_high_value: undefined, class1_ip_own: undefined });
    expect(item(a, 'ip')).toMatchObject({ range: [10, 20], missing: [`indicators.${LAST}.class1_ip_high_value`, `indicators.${LAST}.class1_ip_own`] });
  });

  it.each([
    [501, 20], [500, 20], [499, 15], [300, 15], [299, 10], [200, 10], [199, 5], [100, 5], [99, 0],
  ])('R&D %s 万元 of 10,000 → %s', (rd_expense, points) => expect(item(run({ rd_expense }), 'rd-ratio')?.points).toBe(points));

  it.each([
    [11501, 20], [11500, 20], [11499, 15], [11000, 15], [10999, 10], [10500, 10], [10499, 5], [10000, 5], [9999, 0],
  ])('main revenue %s after 10,000 → growth points %s', (main_revenue, points) => {
    const a = run({ main_revenue, revenue: 20000 }, { main_revenue: 10000 });
    expect(item(a, 'growth')?.points).toBe(points);
  });

  it('growth needs last year and the year before; the missing year is named', () => {
    const a = run({}, { main_revenue: undefined });
    expect(item(a, 'growth')).toMatchObject({ range: [0, 20], missing: [`indicators.${LAST - 1}.main_revenue`] });
  });

  it.each([
    [5499, 10], [5500, 10], [5501, 5], [7500, 5], [7501, 0],
  ])('liabilities %s of 10,000 assets → %s', (total_liabilities, points) => expect(item(run({ total_liabilities }), 'debt')?.points).toBe(points));

  it.each([
    [true, 10], [false, 5],
  ])('strategic emerging %s → %s', (strategic_emerging, points) => expect(item(run({ strategic_emerging }), 'field')?.points).toBe(points));

  it.each([
    [7001, 20], [7000, 20], [6999, 15], [6000, 15], [5999, 10], [5500, 10], [5499, 5], [5000, 5], [4999, 0],
  ])('main revenue %s of 10,000 → %s', (main_revenue, points) => expect(item(run({ main_revenue }), 'main-share')?.points).toBe(points));
});

/** Main revenue in the year before that keeps growth near 7% (10 points) whatever the main revenue. */
const steadyGrowth = (fields: Fields): Fields => ({ main_revenue: Math.round((fields.main_revenue ?? 7000) / 1.07) });

describe('sub-minimums and the total', () => {
  it.each([
    // fields, section, its points, outcome
    [{ class1_ip: 0, class2_ip: 1 }, 'innovation', 20, 'pass'],
    [{ class1_ip: 0, class2_ip: 0 }, 'innovation', 15, 'fail'],
    [{ total_liabilities: 7500 }, 'growth', 15, 'pass'],
    [{ total_liabilities: 7501 }, 'growth', 10, 'fail'],
    [{ main_revenue: 5500 }, 'specialisation', 15, 'pass'],
    [{ main_revenue: 5499, class1_ip_high_value: 1 }, 'specialisation', 10, 'fail'],
  ] satisfies [Fields, string, number, string][])('%o → %s %s → %s', (fields, id, points, outcome) => {
    const a = run(fields, steadyGrowth(fields));
    expect(section(a, id)?.points).toBe(points);
    expect(find(a, 'route.score').outcome).toBe(outcome);
    expect((a.score?.total ?? 0) >= 60).toBe(true);
  });

  it.each([
    // IP Ⅱ类 (5) + R&D 3% (15) = 20; growth 10 + debt 5 = 15; field 5 + main 70% 20 = 25 → 60
    [{ class1_ip: 0, class2_ip: 1, total_liabilities: 7500 }, 60, 'pass'],
    // … with main share 65% (15) → 55
    [{ class1_ip: 0, class2_ip: 1, total_liabilities: 7500, main_revenue: 6500 }, 55, 'fail'],
  ] satisfies [Fields, number, string][])('total %o → %s → %s', (fields, total, outcome) => {
    const a = run(fields, steadyGrowth(fields));
    expect(a.score?.total).toBe(total);
    expect(find(a, 'route.score').outcome).toBe(outcome);
    expect(a.verdict).toBe(outcome === 'pass' ? 'ready' : 'not-ready');
  });

  it('a failing sub-minimum says which section and by how much', () => {
    const c = find(run({ class1_ip: 0, class2_ip: 0 }), 'route.score');
    expect(c.shortfall).toMatchObject({ amount: 5, unit: '分' });
    expect(c.shortfall?.text.en).toBe('innovation 15 < 20 — 5 points short');
    expect(c.shortfall?.text.zh).toBe('创新能力 15 < 20 — 差 5 分');
  });
});

describe('direct routes', () => {
  const failing = { class1_ip: 0, class2_ip: 0, rd_expense: 0 };
  it.each([
    ['route.honour', { high_tech_enterprise: true }],
    ['route.honour', { honours: ['国家级技术创新示范企业'] }],
    ['route.honour', { honours: ['知识产权优势企业'] }],
    ['route.rd-institution', { rd_institution: 'provincial' }],
    ['route.award', { awards: [{ level: 'provincial', kind: 'science', year: 2024 }] }],
  ] satisfies [string, Fields][])('%s passes the group although the score fails', (id, fields) => {
    const a = run({ ...failing, ...fields });
    expect(find(a, 'route.score').outcome).toBe('fail');
    expect(find(a, id).outcome).toBe('pass');
    expect(find(a, 'route')).toMatchObject({ outcome: 'pass', actual: id });
    expect(a.verdict).toBe('ready');
  });

  it.each([
    [{ level: 'provincial', kind: 'science', year: 2022 }, 'fail'],
    [{ level: 'provincial', kind: 'science', year: 2023 }, 'pass'],
    [{ level: 'prefecture', kind: 'science', year: 2025 }, 'fail'],
  ] satisfies [NonNullable<Fields['awards']>[number], string][])('award %o (as of 2026) → %s', (award, outcome) => {
    expect(find(run({ awards: [award] }), 'route.award').outcome).toBe(outcome);
  });

  it.each([
    [[200, 200, 100], 'pass'],
    [[200, 200, 99.99], 'fail'],
  ])('equity financing %o over 3 years vs 500 万元 → %s', ([a, b, c], outcome) => {
    const rs = rows({ equity_financing: c }, { equity_financing: b });
    rs[0] = row(LAST - 2, { equity_financing: a });
    const r = find(assess('miit-2022', 'innovative', { rows: rs }), 'route.equity');
    expect(r.outcome).toBe(outcome);
  });

  it('unknown routes with a failing score leave the group unknown, not failed', () => {
    const a = run({ ...failing, high_tech_enterprise: undefined });
    expect(find(a, 'route.score').outcome).toBe('fail');
    expect(find(a, 'route')).toMatchObject({ outcome: 'unknown', missing: [`indicators.${LAST}.high_tech_enterprise`] });
    expect(a.verdict).toBe('insufficient-data');
    expect(a.missingFields).toEqual([{ field: `indicators.${LAST}.high_tech_enterprise`, decides: 1 }]);
  });

  it('a partial equity sum that already reaches 500 万元 passes despite a missing year', () => {
    const rs = rows({ equity_financing: 600 }, { equity_financing: undefined });
    expect(find(assess('miit-2022', 'innovative', { rows: rs }), 'route.equity').outcome).toBe('pass');
  });
});

describe('unknown score items', () => {
  it('a passing lower bound decides even with unknown items', () => {
    const a = run({ strategic_emerging: undefined });
    expect(a.score?.range).toEqual([70, 75]);
    expect(find(a, 'route.score').outcome).toBe('pass');
  });
  it('an open range lists what would decide it', () => {
    const a = run({ ...{ class1_ip: 0, class2_ip: 1, total_liabilities: 7500 }, main_revenue: undefined });
    expect(find(a, 'route.score')).toMatchObject({ outcome: 'unknown', missing: [`indicators.${LAST}.main_revenue`] });
  });
});
