/** 专精特新“小巨人” (M22 annex 3, N task 3–6): 专 精 特 新 链 品 at their edges. */
import { describe, expect, it } from 'vitest';
import type { AssessConfig, TierAssessment } from '../../src/criteria/types.js';
import type { Enterprise, Indicators } from '../../src/model/types.js';
import { LAST, assess, find, row, strongRows } from './builders.js';

type Fields = Partial<Omit<Indicators, 'creditCode' | 'year' | 'origin'>>;
const ENTERPRISE: Partial<Enterprise> = { niche_since: 2016, chain_role: '补短板', focus_area: '六基/关键基础材料' };

function run(last: Fields = {}, prev: Fields = {}, o: { e?: Partial<Enterprise>; first?: Fields; config?: AssessConfig } = {}): TierAssessment {
  return assess('miit-2022', 'little-giant', {
    rows: strongRows(last, prev, o.first),
    enterprise: { ...ENTERPRISE, ...o.e },
    ...(o.config !== undefined && { config: o.config }),
  });
}

describe('the strong baseline', () => {
  it('is ready, with every group passing', () => {
    const a = run();
    expect(a.verdict).toBe('ready');
    expect(a.criteria.map((c) => [c.id, c.group, c.outcome])).toEqual([
      ['sme', 'eligibility', 'pass'],
      ['compliance.abnormal-operation', 'eligibility', 'pass'],
      ['compliance.serious-dishonest', 'eligibility', 'pass'],
      ['compliance.major-incident', 'eligibility', 'pass'],
      ['niche-years', '专', 'pass'],
      ['main-share', '专', 'pass'],
      ['main-growth', '专', 'pass'],
      ['digital', '精', 'pass'],
      ['certification', '精', 'pass'],
      ['debt-ratio', '精', 'pass'],
      ['market-share', '特', 'pass'],
      ['own-brand', '特', 'pass'],
      ['innovation', '新', 'pass'],
      ['chain-role', '链', 'pass'],
      ['focus-area', '品', 'pass'],
      ['audit-filed', '精', 'pass'],
    ]);
  });
});

describe('专', () => {
  it.each([
    [2023, 'pass'],
    [2024, 'fail'],
  ])('niche since %s (as of 2026; ≥ 3 years) → %s', (niche_since, outcome) => {
    expect(find(run({}, {}, { e: { niche_since } }), 'niche-years').outcome).toBe(outcome);
  });

  it.each([
    [8400, 'pass'],
    [8399, 'fail'],
  ])('main revenue %s of 12,000 (≥ 70%%) → %s', (main_revenue, outcome) => {
    expect(find(run({ main_revenue }), 'main-share').outcome).toBe(outcome);
  });

  it('main share shortfall: percentage points and the main revenue that closes it', () => {
    const c = find(run({ revenue: 10000, main_revenue: 6500 }), 'main-share');
    expect(c.shortfall).toEqual({
      amount: 5,
      unit: 'pp',
      text: {
        en: 'main revenue 65% of 10,000 万元 revenue < 70% — 5 pp short; grow main-business revenue by 1,666.67 万元 (other revenue unchanged)',
        zh: '主营业务收入占比 65%（营业收入 10,000 万元）< 70% — 差 5 个百分点，需主营业务收入增加 1,666.67 万元（其他收入不变）',
      },
    });
  });

  it.each([
    [11000, 'pass', '5%'],
    [10999, 'fail', '4.995%'],
  ])('main revenue 10,000 → 10,000 → %s: mean growth ≥ 5%% → %s', (main_revenue, outcome, actual) => {
    const a = run({ main_revenue, revenue: 13000 }, { main_revenue: 10000 }, { first: { main_revenue: 10000 } });
    expect(find(a, 'main-growth')).toMatchObject({ outcome, actual });
  });

  it.each([
    [11025, 'pass'],
    [11024, 'fail'],
  ])('CAGR config: main revenue 10,000 → … → %s → %s', (main_revenue, outcome) => {
    const a = run({ main_revenue, revenue: 13000 }, { main_revenue: 12000 }, { first: { main_revenue: 10000 }, config: { srdiGrowthAverage: 'cagr' } });
    expect(find(a, 'main-growth').outcome).toBe(outcome);
  });
});

describe('精', () => {
  it.each([
    [['ERP'], 'pass'],
    [['CAD/CAM'], 'pass'],
    [['钉钉OA'], 'pass'],
    [['SRM系统'], 'pass'],
    [['微信公众号'], 'fail'],
    [[], 'fail'],
  ])('information systems %o → %s', (digital_systems, outcome) => {
    expect(find(run({ digital_systems }), 'digital').outcome).toBe(outcome);
  });

  it.each([
    [['ISO 9001:2015'], 'pass'],
    [['GB/T 45001'], 'pass'],
    [['IATF16949'], 'pass'],
    [['UL'], 'pass'],
    [['TÜV GS'], 'pass'],
    [['CE'], 'fail'],
    [['GSP'], 'fail'],
    [[], 'fail'],
  ])('certifications %o → %s', (certifications, outcome) => {
    expect(find(run({ certifications }), 'certification').outcome).toBe(outcome);
  });

  it.each([
    [14000, 'pass'],
    [14000.01, 'fail'],
  ])('liabilities %s of 20,000 assets (≤ 70%% inclusive) → %s', (total_liabilities, outcome) => {
    expect(find(run({ total_liabilities }), 'debt-ratio').outcome).toBe(outcome);
  });

  it('debt shortfall says what repays it', () => {
    const c = find(run({ total_liabilities: 15000 }), 'debt-ratio');
    expect(c.shortfall?.text.en).toBe('debt ratio 75% > 70% — 5 pp over; repay 3,333.34 万元 of liabilities or add 1,428.58 万元 of equity');
    expect(c.year).toBe(LAST);
  });

  it('the audit filing is advisory: failing it never decides the verdict', () => {
    const a = run({ audit_filed: false });
    expect(find(a, 'audit-filed')).toMatchObject({ outcome: 'fail', severity: 'advisory' });
    expect(a.verdict).toBe('ready');
    expect(run({ audit_filed: undefined }).missingFields).toEqual([]);
  });
});

describe('特', () => {
  it.each([
    [10, 'pass'],
    [9.99, 'fail'],
  ])('national niche share %s%% (≥ 10%%) → %s', (market_share_pct, outcome) => {
    expect(find(run({ market_share_pct }), 'market-share').outcome).toBe(outcome);
  });
  it.each([
    [true, 'pass'],
    [false, 'fail'],
    [undefined, 'unknown'],
  ])('own brand %s → %s', (own_brand, outcome) => {
    expect(find(run({ own_brand }), 'own-brand').outcome).toBe(outcome);
  });
});

describe('新(a): the R&D criterion by revenue band', () => {
  // R&D at 4% of revenue in both years.
  const at = (revenue: number, ratio: number) => run(
    { revenue, main_revenue: revenue * 0.9, rd_expense: (revenue * ratio) / 100, equity_financing: 0 },
    { revenue, main_revenue: revenue * 0.85, rd_expense: (revenue * ratio) / 100, equity_financing: 0 },
  );
  it.each([
    [10000, 'pass', '≥ 3% (2024, 2025)'],
    [9999.99, 'fail', '≥ 6% (2024, 2025)'],
    [5000, 'fail', '≥ 6% (2024, 2025)'],
  ])('revenue %s 万元 with R&D 4%% → %s (%s)', (revenue, outcome, required) => {
    const c = find(at(revenue, 4), 'rd-intensity');
    expect(c).toMatchObject({ outcome, required });
    expect(c.children).toBeUndefined();
  });

  it('revenue 4,999.99 万元 falls in the low band: equity, R&D and staff conditions together', () => {
    const c = find(at(4999.99, 4), 'rd-intensity');
    expect(c.combine).toBe('all-of');
    expect(c.children?.map((x) => [x.id, x.outcome])).toEqual([
      ['rd-intensity.equity', 'fail'],
      ['rd-intensity.rd-total', 'fail'],
      ['rd-intensity.rd-staff', 'fail'],
    ]);
  });

  it.each([
    [10000, 300, 'pass'],
    [10000, 299.99, 'fail'],
    [5000, 300, 'pass'],
    [5000, 299.99, 'fail'],
  ])('revenue %s with R&D %s in each year → %s', (revenue, rd, outcome) => {
    const a = run({ revenue, main_revenue: revenue * 0.9, rd_expense: rd }, { revenue, main_revenue: revenue * 0.85, rd_expense: rd });
    expect(find(a, 'rd-intensity').outcome).toBe(outcome);
  });

  it('a two-year criterion names the failing year and what closes it', () => {
    const a = run({ revenue: 8000, main_revenue: 7200, rd_expense: 500 }, { revenue: 7000, main_revenue: 6000, rd_expense: 385 });
    const c = find(a, 'rd-intensity');
    expect(c).toMatchObject({ outcome: 'fail', year: LAST - 1, actual: '2024: 5.5%; 2025: 6.25%' });
    expect(c.shortfall).toEqual({
      amount: 35,
      unit: '万元',
      text: { en: '2024: R&D 5.5% of 7,000 万元 revenue < 6% — add 35 万元 of R&D', zh: '2024 年：研发费用占比 5.5%（营业收入 7,000 万元）< 6% — 需增加研发费用 35 万元' },
    });
  });

  const low = (last: Fields, prev: Fields, config?: AssessConfig) => run(
    { revenue: 4000, main_revenue: 3600, employees: 100, rd_staff: 50, ...last },
    { revenue: 3800, main_revenue: 3300, ...prev },
    config !== undefined ? { config } : {},
  );
  it.each([
    ['equity 8,000 over 2 years', { equity_financing: 4000, rd_expense: 1500 }, { equity_financing: 4000, rd_expense: 1500 }, 'rd-intensity.equity', 'pass'],
    ['equity 7,999.99', { equity_financing: 3999.99, rd_expense: 1500 }, { equity_financing: 4000, rd_expense: 1500 }, 'rd-intensity.equity', 'fail'],
    ['R&D 3,000 over 2 years', { equity_financing: 4000, rd_expense: 1500 }, { equity_financing: 4000, rd_expense: 1500 }, 'rd-intensity.rd-total', 'pass'],
    ['R&D 2,999.99', { equity_financing: 4000, rd_expense: 1499.99 }, { equity_financing: 4000, rd_expense: 1500 }, 'rd-intensity.rd-total', 'fail'],
    ['R&D staff 50%', { equity_financing: 4000, rd_expense: 1500 }, { equity_financing: 4000, rd_expense: 1500 }, 'rd-intensity.rd-staff', 'pass'],
    ['R&D staff 49%', { equity_financing: 4000, rd_expense: 1500, rd_staff: 49 }, { equity_financing: 4000, rd_expense: 1500 }, 'rd-intensity.rd-staff', 'fail'],
  ] satisfies [string, Fields, Fields, string, string][])('low band: %s → %s', (_name, last, prev, id, outcome) => {
    expect(find(low(last, prev), id).outcome).toBe(outcome);
  });

  it('low band R&D staff shortfall: how many to hire', () => {
    const c = find(low({ rd_staff: 49, equity_financing: 4000, rd_expense: 1500 }, {}), 'rd-intensity.rd-staff');
    expect(c.shortfall).toMatchObject({ amount: 2, unit: '人' });
  });

  it('low band R&D period is configurable (flagged in a note)', () => {
    const two = find(low({ equity_financing: 8000, rd_expense: 3000 }, { rd_expense: undefined }), 'rd-intensity.rd-total');
    expect(two.outcome).toBe('pass');
    const last = find(low({ equity_financing: 8000, rd_expense: 2000 }, { rd_expense: 1000 }, { lgRdPeriod: 'last-year' }), 'rd-intensity.rd-total');
    expect(last).toMatchObject({ outcome: 'fail', required: '≥ 3,000 万元 (2025)' });
    expect(last.note?.en).toContain('lgRdPeriod');
  });

  it('unknown revenue leaves the band open and names it', () => {
    const c = find(run({ revenue: undefined }), 'rd-intensity');
    expect(c).toMatchObject({ outcome: 'unknown', missing: [`indicators.${LAST}.revenue`] });
  });
});

describe('新(b)(c) and the direct route', () => {
  it.each([
    ['own', 'pass'], ['joint', 'pass'], ['below-city', 'pass'], ['none', 'fail'],
  ] satisfies [NonNullable<Fields['rd_institution']>, string][])('R&D institution %s → %s', (rd_institution, outcome) => {
    expect(find(run({ rd_institution }), 'rd-institution').outcome).toBe(outcome);
  });

  it.each([
    [{ class1_ip: 2 }, 'pass'],
    [{ class1_ip: 1, invention_patents: 1 }, 'fail'],
    [{ class1_ip: undefined, invention_patents: 2 }, 'pass'],
    [{ class1_ip: undefined, invention_patents: 1 }, 'unknown'],
  ] satisfies [Fields, string][])('Ⅰ类 IP %o (≥ 2) → %s', (fields, outcome) => {
    expect(find(run(fields), 'class1-ip').outcome).toBe(outcome);
  });

  it.each([
    [{ level: 'national', kind: 'science', rank: 3, year: 2024 }, 'pass'],
    [{ level: 'national', kind: 'science', rank: 4, year: 2024 }, 'fail'],
    [{ level: 'national', kind: 'makers-china', rank: 50, year: 2025 }, 'pass'],
    [{ level: 'national', kind: 'makers-china', rank: 51, year: 2025 }, 'fail'],
  ] satisfies [NonNullable<Fields['awards']>[number], string][])('the direct route %o replaces (a)–(c) → %s', (award, outcome) => {
    const a = run({ rd_expense: 10, class1_ip: 0, invention_patents: 0, rd_institution: 'none', awards: [award] });
    expect(find(a, 'innovation.general').outcome).toBe('fail');
    expect(find(a, 'innovation').outcome).toBe(outcome);
  });
});

describe('链 and 品', () => {
  it('chain role: declared passes, absent is unknown', () => {
    expect(find(run(), 'chain-role').outcome).toBe('pass');
    expect(find(run({}, {}, { e: { chain_role: undefined } }), 'chain-role')).toMatchObject({ outcome: 'unknown', missing: ['enterprise.chain_role'] });
  });
  it.each([
    ['六基/关键基础材料', 'pass'], ['新材料', 'pass'], ['数据安全', 'pass'], ['高档数控机床和机器人', 'pass'], ['餐饮服务', 'fail'], [undefined, 'unknown'],
  ])('focus area %s → %s', (focus_area, outcome) => {
    expect(find(run({}, {}, { e: { focus_area } }), 'focus-area').outcome).toBe(outcome);
  });
});

describe('missing data', () => {
  it('lists missing fields most-blocking first, then by name', () => {
    const a = run({ revenue: undefined, market_share_pct: undefined }, {}, { e: { chain_role: undefined } });
    expect(a.verdict).toBe('insufficient-data');
    expect(a.missingFields).toEqual([
      { field: `indicators.${LAST}.revenue`, decides: 2 },
      { field: 'enterprise.chain_role', decides: 1 },
      { field: `indicators.${LAST}.market_share_pct`, decides: 1 },
    ]);
  });

  it('a failing criterion is not rescued by unknown ones', () => {
    const a = run({ revenue: undefined, market_share_pct: 5 });
    expect(a.verdict).toBe('not-ready');
  });

  it('carries the provenance of deciding numbers', () => {
    const c = find(run(), 'debt-ratio');
    expect(c.sources).toEqual([
      { field: 'total_liabilities', year: LAST, source: 'audit', reported_on: '2026-04-20' },
      { field: 'total_assets', year: LAST, source: 'audit', reported_on: '2026-04-20' },
    ]);
    const rows = [row(LAST - 1, { revenue: 11000, rd_expense: 440, source: 'tax' }), ...strongRows().filter((r) => r.year !== LAST - 1)];
    const d = find(assess('miit-2022', 'little-giant', { rows, enterprise: ENTERPRISE }), 'rd-intensity');
    expect(d.sources).toContainEqual({ field: 'rd_expense', year: LAST - 1, source: 'tax' });
    expect(find(run(), 'niche-years').sources).toEqual([{ field: 'enterprise.niche_since' }]);
  });
});
