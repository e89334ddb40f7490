/** 专精特新中小企业 (M22 annex 2): all-of conditions, the 85 + 15 score and the direct routes. */
import { describe, expect, it } from 'vitest';
import type { TierAssessment } from '../../src/criteria/types.js';
import type { Enterprise, Indicators } from '../../src/model/types.js';
import { CLEAN, LAST, assess, find, row } from './builders.js';

type Fields = Partial<Omit<Indicators, 'creditCode' | 'year' | 'origin'>>;

/** Every computed item at its maximum (85 points), every direct route known and failing. */
function rows(last: Fields = {}, prev: Fields = {}): Indicators[] {
  return [
    row(LAST - 2, { main_revenue: 7000, equity_financing: 0 }),
    row(LAST - 1, { revenue: 8000, main_revenue: 7000, rd_expense: 500, equity_financing: 0, ...prev }),
    row(LAST, {
      revenue: 10000, main_revenue: 9000, rd_expense: 1000, net_profit: 1000, total_assets: 10000, total_liabilities: 5000,
      employees: 100, rd_staff: 20, class1_ip: 3, class1_ip_high_value: 1, digital_level: 3, quality_award: 'provincial',
      certifications: ['ISO9001'], own_brand: true, standards: 1, rd_institution: 'national', awards: [], equity_financing: 0,
      ...CLEAN, ...last,
    }),
  ];
}

const ENTERPRISE: Partial<Enterprise> = { niche_since: 2016, chain_role: '补短板' };
const run = (last: Fields = {}, prev: Fields = {}, e: Partial<Enterprise> = {}): TierAssessment =>
  assess('miit-2022', 'srdi', { rows: rows(last, prev), enterprise: { ...ENTERPRISE, ...e } });
const computed = (a: TierAssessment) => a.score?.sections.find((s) => s.id === 'computed');
const item = (a: TierAssessment, id: string) => a.score?.sections.flatMap((s) => s.items).find((i) => i.id === id);

/** Computed part 60: institution none (−10), no IP (−10), no R&D staff (−5). */
const C60: Fields = { rd_institution: 'none', class1_ip: 0, class1_ip_high_value: 0, class1_ip_own: 0, class2_ip: 0, rd_staff: 0 };
/** Computed part 45: C60, net margin < 2% (−10), debt > 70% (−5). */
const C45: Fields = { ...C60, net_profit: 100, total_liabilities: 7500 };

describe('the 85-point computed part', () => {
  it('scores 85 at every maximum; 特色化 stays open without its input', () => {
    const a = run();
    expect(computed(a)?.points).toBe(85);
    expect(a.score?.range).toEqual([85, 100]);
    expect(a.verdict).toBe('ready');
  });

  it.each([
    [2016, 5], [2018, 4], [2019, 3], [2020, 3], [2022, 2], [2024, 1],
  ])('niche since %s → %s points (1 per full 2 years, max 5)', (niche_since, points) => {
    expect(item(run({}, {}, { niche_since }), 'niche')?.points).toBe(points);
  });

  it.each([
    [{ chain_role: '补短板' }, [5, 5]],
    [{ chain_role: undefined, focus_area: '六基/关键基础材料' }, [3, 5]],
    [{ chain_role: undefined, time_honoured: true }, [3, 5]],
    [{ chain_role: undefined, chain_leader_supplier: true }, [3, 5]],
    [{ chain_role: undefined, focus_area: '新材料' }, [0, 5]],
  ] satisfies [Partial<Enterprise>, [number, number]][])('main product field %o → %o', (e, range) => {
    expect(item(run({}, {}, e), 'field')?.range).toEqual(range);
  });

  it.each([
    [{}, 5],
    [{ quality_award: 'none' }, 5],
    [{ quality_award: 'none', certifications: [] }, 5],
    [{ quality_award: 'none', certifications: [], own_brand: false }, 3],
    [{ quality_award: 'none', certifications: [], own_brand: false, standards: 0 }, 0],
  ] satisfies [Fields, number][])('quality %o → %s (3 per item, max 5)', (fields, points) => {
    expect(item(run(fields), 'quality')?.points).toBe(points);
  });

  it.each([
    [{ rd_expense: 500 }, 10], // 5%: ratio 4, amount 10
    [{ rd_expense: 499.99 }, 8],
    [{ rd_expense: 350, revenue: 3500, main_revenue: 3150 }, 10], // 10%: ratio wins
    [{ rd_expense: 99.99, revenue: 3333 }, 2], // 3%: ratio 2, amount 0
  ] satisfies [Fields, number][])('R&D %o → %s (the better of amount and ratio)', (fields, points) => {
    expect(item(run(fields), 'rd')?.points).toBe(points);
  });

  it.each([
    ['national', 10], ['provincial', 8], ['city', 4], ['below-city', 2], ['own', 2], ['none', 0],
  ] satisfies [NonNullable<Fields['rd_institution']>, number][])('R&D institution %s → %s', (rd_institution, points) => {
    expect(item(run({ rd_institution }), 'institution')?.points).toBe(points);
  });

  it.each([
    [12000, 10], [11998, 8], [11600, 8], [11598, 6], [11200, 6], [10800, 4], [10000, 2], [9998, 0],
  ])('main revenue 10,000 → 10,000 → %s: 2-year mean growth → %s', (main_revenue, points) => {
    const b = assess('miit-2022', 'srdi', {
      rows: [row(LAST - 2, { main_revenue: 10000 }), ...rows({ main_revenue, revenue: 20000 }, { main_revenue: 10000 }).slice(1)],
      enterprise: ENTERPRISE,
    });
    expect(item(b, 'growth')?.points).toBe(points);
  });

  it('growth can be averaged as CAGR (config)', () => {
    const build = (config?: { srdiGrowthAverage: 'cagr' }) =>
      assess('miit-2022', 'srdi', {
        rows: [row(LAST - 2, { main_revenue: 10000 }), ...rows({ main_revenue: 12100, revenue: 20000 }, { main_revenue: 10000 }).slice(1)],
        enterprise: ENTERPRISE,
        ...(config !== undefined && { config }),
      });
    expect(item(build(), 'growth')).toMatchObject({ points: 10, actual: '10.5%' });
    expect(item(build({ srdiGrowthAverage: 'cagr' }), 'growth')).toMatchObject({ points: 10, actual: '10%' });
  });

  it('2-year growth needs three years of main revenue and names the missing one', () => {
    const a = assess('miit-2022', 'srdi', { rows: rows().slice(1), enterprise: ENTERPRISE });
    expect(item(a, 'growth')?.missing).toEqual([`indicators.${LAST - 2}.main_revenue`]);
  });
});

describe('the srdi score verdict: ≥ 60 passes; +15 < 60 fails; in between needs 特色化', () => {
  it.each([
    ['C 60, no 特色化', C60, undefined, 60, 'pass'],
    ['C 59, no 特色化', C60, undefined, 59, 'unknown'],
    ['C 45, no 特色化', C45, undefined, 45, 'unknown'],
    ['C 44, no 特色化', C45, undefined, 44, 'fail'],
    ['C 45 + 15', C45, 15, 45, 'pass'],
    ['C 45 + 14', C45, 14, 45, 'fail'],
    ['C 59 + 1', C60, 1, 59, 'pass'],
    ['C 59 + 0', C60, 0, 59, 'fail'],
  ])('%s → %s', (_name, fields, tese, points, outcome) => {
    // One point less: niche since 2018 (8 years → 4 points).
    const e = points === 59 || points === 44 ? { niche_since: 2018 } : {};
    const a = run({ ...fields, ...(tese !== undefined && { srdi_tese_score: tese }) }, {}, e);
    expect(computed(a)?.points).toBe(points);
    expect(find(a, 'route.score').outcome).toBe(outcome);
    expect(find(a, 'route').outcome).toBe(outcome);
    expect(a.verdict).toBe({ pass: 'ready', fail: 'not-ready', unknown: 'insufficient-data' }[outcome]);
    if (outcome === 'unknown') expect(a.missingFields).toEqual([{ field: `indicators.${LAST}.srdi_tese_score`, decides: 1 }]);
  });

  it.each([
    [60, 'pass'],
    [59.5, 'fail'],
  ])('a given srdi_score %s overrides the computed 85 and says so → %s', (srdi_score, outcome) => {
    const a = run({ srdi_score });
    const c = find(a, 'route.score');
    expect(c.outcome).toBe(outcome);
    expect(a.score).toMatchObject({ basis: 'input', input: { field: 'srdi_score', value: srdi_score, year: LAST } });
    expect(c.note?.en).toBe(`the given srdi_score ${srdi_score} overrides the computed score (computed 85-point part: 85)`);
  });
});

describe('all-of conditions at their edges', () => {
  it.each([
    [2024, 'pass'],
    [2025, 'fail'],
  ])('niche since %s (as of 2026-06-30; ≥ 2 full years) → %s', (niche_since, outcome) => {
    const c = find(run({}, {}, { niche_since }), 'niche-years');
    expect(c.outcome).toBe(outcome);
  });

  it('niche years: a shortfall says from which year it is met', () => {
    const c = find(run({}, {}, { niche_since: 2025 }), 'niche-years');
    expect(c.shortfall).toEqual({
      amount: 1,
      unit: '年',
      text: { en: '1 years in the niche (since 2025) < 2 — eligible from 2027', zh: '从事细分市场 1 年（自 2025 年起）< 2 年 — 2027 年起满足' },
    });
  });

  it.each([
    [100, 'pass'],
    [99.99, 'fail'],
  ])('R&D %s 万元 → %s', (rd_expense, outcome) => {
    const c = find(run({ rd_expense, revenue: 3000, main_revenue: 2700 }), 'rd-amount');
    expect(c.outcome).toBe(outcome);
  });

  it.each([
    [300, 'pass'],
    [299.99, 'fail'],
    [301, 'pass'],
  ])('R&D %s 万元 of 10,000 (≥ 3%%) → %s', (rd_expense, outcome) => {
    expect(find(run({ rd_expense }), 'rd-ratio').outcome).toBe(outcome);
  });

  it('the R&D ratio shortfall says how much R&D closes it', () => {
    const c = find(run({ rd_expense: 168, revenue: 8000, main_revenue: 7200 }), 'rd-ratio');
    expect(c.shortfall).toEqual({
      amount: 72,
      unit: '万元',
      text: {
        en: 'R&D 2.1% of 8,000 万元 revenue < 3% — add 72 万元 of R&D',
        zh: '研发费用占比 2.1%（营业收入 8,000 万元）< 3% — 需增加研发费用 72 万元',
      },
    });
    expect(c.year).toBe(LAST);
  });

  it.each([
    [1000, 0, 'pass', 'revenue.amount'],
    [999.99, 2000, 'pass', 'revenue.equity'],
    [999.99, 1999.99, 'fail', undefined],
  ])('revenue %s 万元 with %s 万元 equity over 2 years → %s', (revenue, equity, outcome, via) => {
    const a = run({ revenue, main_revenue: revenue * 0.9, rd_expense: 100, equity_financing: equity / 2 }, { equity_financing: equity / 2 });
    const c = find(a, 'revenue');
    expect(c.outcome).toBe(outcome);
    if (via !== undefined) expect(c.actual).toBe(via);
  });
});

describe('direct routes replace the score', () => {
  const weak: Fields = { ...C45, net_profit: 0, digital_level: 1 }; // computed part well below 45
  it.each([
    ['route.award', { awards: [{ level: 'provincial', kind: 'science', rank: 3, year: 2024 }] }, {}, 'pass'],
    ['route.award', { awards: [{ level: 'provincial', kind: 'science', rank: 4, year: 2024 }] }, {}, 'fail'],
    ['route.award', { awards: [{ level: 'national', kind: 'science', rank: 5, year: 2024 }] }, {}, 'pass'],
    ['route.award', { awards: [{ level: 'national', kind: 'science', rank: 6, year: 2024 }] }, {}, 'fail'],
    ['route.makers-china', { awards: [{ level: 'national', kind: 'makers-china', rank: 500, year: 2025 }] }, {}, 'pass'],
    ['route.makers-china', { awards: [{ level: 'national', kind: 'makers-china', rank: 501, year: 2025 }] }, {}, 'fail'],
    ['route.rd-average', { rd_expense: 1000 }, { rd_expense: 1000 }, 'pass'],
    ['route.rd-average', { rd_expense: 1000 }, { rd_expense: 999.99 }, 'fail'],
    ['route.equity', { equity_financing: 3000 }, { equity_financing: 3000 }, 'pass'],
    ['route.equity', { equity_financing: 3000 }, { equity_financing: 2999.99 }, 'fail'],
  ] satisfies [string, Fields, Fields, string][])('%s %o %o → %s', (id, last, prev, outcome) => {
    const a = run({ ...weak, ...last }, prev, { niche_since: 2024 });
    expect(find(a, 'route.score').outcome).toBe('fail');
    expect(find(a, id).outcome).toBe(outcome);
    expect(find(a, 'route').outcome).toBe(outcome);
  });
});
