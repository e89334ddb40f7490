/** miit-2026 (provisional): 工信部企业〔2026〕2号 as DOMAIN.md records it, marked provisional everywhere. */
import { describe, expect, it } from 'vitest';
import { rulesets } from '../../src/criteria/index.js';
import type { TierAssessment } from '../../src/criteria/types.js';
import type { Indicators, IsoDate, Recognition, TierId } from '../../src/model/types.js';
import { LAST, assess, find, recognition, row, strongRows } from './builders.js';

type Fields = Partial<Omit<Indicators, 'creditCode' | 'year' | 'origin'>>;
const INNOVATIVE = recognition('innovative', '2024-03-01');
const SRDI = recognition('srdi', '2024-11-08');

function run(tier: TierId, last: Fields = {}, prev: Fields = {}, o: { recognitions?: Recognition[]; asOf?: IsoDate; first?: Fields } = {}): TierAssessment {
  return assess('miit-2026', tier, {
    rows: strongRows({ dev_score: 70, rd_expense: 600, ...last }, { rd_expense: 600, ...prev }, o.first),
    recognitions: o.recognitions ?? [INNOVATIVE, SRDI],
    enterprise: { chain_role: '补短板', focus_area: '新材料' },
    ...(o.asOf !== undefined && { asOf: o.asOf }),
  });
}

describe('provisional everywhere', () => {
  it('the ruleset, every assessment and its notes say so', () => {
    expect(rulesets['miit-2026']).toMatchObject({ id: 'miit-2026', provisional: true });
    expect(rulesets['miit-2026'].label.zh).toContain('暂行');
    expect(rulesets['miit-2026'].label.en).toContain('provisional');
    for (const tier of ['innovative', 'srdi', 'little-giant'] satisfies TierId[]) {
      const a = run(tier);
      expect(a).toMatchObject({ ruleset: 'miit-2026', provisional: true });
      expect(a.notes[0]?.en).toContain('provisional');
      expect(a.notes[0]?.zh).toContain('暂行');
    }
    expect(rulesets['miit-2022'].provisional).toBe(false);
  });

  it('notes when the assessment date precedes the effective date', () => {
    const a = run('srdi', {}, {}, { asOf: '2026-03-31' });
    expect(a.notes.map((n) => n.en).join(' ')).toContain('applies from 2026-04-01');
  });

  it('innovative falls back to the miit-2022 annex 1 criteria and says so', () => {
    const a = run('innovative');
    expect(find(a, 'route').outcome).toBe('pass');
    expect(a.notes[1]?.en).toContain('miit-2022 annex 1');
  });
});

describe('srdi (?)', () => {
  it('the strong baseline is ready', () => expect(run('srdi').verdict).toBe('ready'));

  it.each([
    [[INNOVATIVE], 'pass'],
    [[], 'fail'],
    [[recognition('innovative', '2023-06-20')], 'fail'], // expired 2026-06-20
    [[recognition('innovative', '2024-03-01', { revokedOn: '2026-01-01' })], 'fail'],
  ])('needs a valid innovative recognition (%#) → %s', (recognitions, outcome) => {
    expect(find(run('srdi', {}, {}, { recognitions }), 'prerequisite.innovative').outcome).toBe(outcome);
  });

  it.each([
    ['niche-years', {}, {}, 2023, 'pass'],
    ['niche-years', {}, {}, 2024, 'fail'],
  ])('%s: niche since %s → %s', (id, last, prev, niche_since, outcome) => {
    const a = assess('miit-2026', 'srdi', { rows: strongRows({ dev_score: 70, ...last }, prev), recognitions: [INNOVATIVE], enterprise: { niche_since } });
    expect(find(a, id).outcome).toBe(outcome);
  });

  it.each([
    [{ revenue: 1500, main_revenue: 1350, rd_expense: 100 }, 0, 'pass'],
    [{ revenue: 1499.99, main_revenue: 1350, rd_expense: 100 }, 0, 'fail'],
    [{ revenue: 1499.99, main_revenue: 1350, rd_expense: 100 }, 2000, 'pass'],
  ])('revenue %o with %s 万元 equity → %s', (last, equity, outcome) => {
    const a = run('srdi', { ...last, equity_financing: equity }, { rd_expense: 100, revenue: 1400 });
    expect(find(a, 'revenue').outcome).toBe(outcome);
  });

  it.each([
    [9600, 'pass'],
    [9599, 'fail'],
  ])('main revenue %s of 12,000 (≥ 80%%) → %s', (main_revenue, outcome) => {
    expect(find(run('srdi', { main_revenue }), 'main-share').outcome).toBe(outcome);
  });

  it.each([
    [16000, 'pass'],
    [16000.01, 'fail'],
  ])('liabilities %s of 20,000 (≤ 80%%) → %s', (total_liabilities, outcome) => {
    expect(find(run('srdi', { total_liabilities }), 'debt-ratio').outcome).toBe(outcome);
  });

  it.each([
    [100, 'pass'],
    [99.99, 'fail'],
  ])('R&D %s 万元 in the year before → %s, naming the year', (rd, outcome) => {
    const c = find(run('srdi', { rd_expense: 600 }, { rd_expense: rd, revenue: 3000 }), 'rd-amount');
    expect(c.outcome).toBe(outcome);
    if (outcome === 'fail') expect(c).toMatchObject({ year: LAST - 1, shortfall: { amount: 0.01, unit: '万元' } });
  });

  it.each([
    [330, 'pass'],
    [329.99, 'fail'],
  ])('R&D %s 万元 of 11,000 in the year before (≥ 3%% each year) → %s', (rd, outcome) => {
    expect(find(run('srdi', {}, { rd_expense: rd }), 'rd-ratio').outcome).toBe(outcome);
  });

  it.each([
    [{ class1_ip: 1 }, 'pass', 'class1-ip'],
    [{ class1_ip: 0, invention_patents: 0 }, 'fail', undefined],
    [{ class1_ip: 0, invention_patents: 0, awards: [{ level: 'provincial', kind: 'science', rank: 3, year: 2025 }] }, 'pass', 'waiver.award'],
    [{ class1_ip: 0, invention_patents: 0, awards: [{ level: 'provincial', kind: 'science', rank: 4, year: 2025 }] }, 'fail', undefined],
  ] satisfies [Fields, string, string | undefined][])('Ⅰ类 IP or a waiver %o → %s', (fields, outcome, via) => {
    const c = find(run('srdi', { rd_institution: 'city', ...fields }), 'ip');
    expect(c.outcome).toBe(outcome);
    if (via !== undefined) expect(c.actual).toBe(via);
  });

  it('a provincial R&D institution waives the IP requirement', () => {
    expect(find(run('srdi', { class1_ip: 0, invention_patents: 0, rd_institution: 'provincial' }), 'ip').actual).toBe('waiver.rd-institution');
  });

  it.each([
    [50, 'pass'],
    [49.99, 'fail'],
  ])('development score %s (≥ 50) → %s', (dev_score, outcome) => {
    expect(find(run('srdi', { dev_score }), 'dev-score').outcome).toBe(outcome);
  });

  it('this year’s development score comes first; the last fiscal year’s row is the fallback', () => {
    const rows = [...strongRows({ dev_score: 55 }), row(LAST + 1, { dev_score: 40 })];
    const a = assess('miit-2026', 'srdi', { rows, recognitions: [INNOVATIVE] });
    expect(find(a, 'dev-score')).toMatchObject({ outcome: 'fail', actual: '40 分' });
    expect(find(run('srdi', { dev_score: undefined }), 'dev-score').missing).toEqual([`indicators.${LAST + 1}.dev_score`]);
  });

  it('on renewal (复核) either of the last 2 years counts', () => {
    const rows = [...strongRows({ dev_score: 55, rd_expense: 600 }, { rd_expense: 600 }), row(LAST + 1, { dev_score: 40 })];
    const a = assess('miit-2026', 'srdi', { rows, recognitions: [INNOVATIVE, SRDI] });
    expect(find(a, 'dev-score')).toMatchObject({ outcome: 'pass', actual: '55 分' });
  });
});

describe('little-giant (?)', () => {
  it('the strong baseline is ready', () => expect(run('little-giant', {}, {}, { recognitions: [SRDI] }).verdict).toBe('ready'));

  const lg = (last: Fields = {}, prev: Fields = {}, first?: Fields) => run('little-giant', last, prev, { recognitions: [SRDI], ...(first !== undefined && { first }) });

  it('needs a valid srdi recognition', () => {
    expect(find(run('little-giant', {}, {}, { recognitions: [INNOVATIVE] }), 'prerequisite.srdi').outcome).toBe('fail');
  });

  it.each([
    ['revenue.amount', { revenue: 5000, main_revenue: 4500, rd_expense: 600 }, 'pass'],
    ['revenue.amount', { revenue: 4999.99, main_revenue: 4500, rd_expense: 600 }, 'fail'],
    ['main-share', { main_revenue: 10800 }, 'pass'],
    ['main-share', { main_revenue: 10799 }, 'fail'],
    ['debt-ratio', { total_liabilities: 15000 }, 'pass'],
    ['debt-ratio', { total_liabilities: 15000.01 }, 'fail'],
    ['dev-score', { dev_score: 60 }, 'pass'],
    ['dev-score', { dev_score: 59.99 }, 'fail'],
  ] satisfies [string, Fields, string][])('%s %o → %s', (id, last, outcome) => {
    expect(find(lg(last), id).outcome).toBe(outcome);
  });

  it.each([
    [11025, 'pass'],
    [11024, 'fail'],
  ])('revenue 10,000 → … → %s: two-year CAGR ≥ 5%% → %s', (revenue, outcome) => {
    const a = lg({ revenue, main_revenue: revenue * 0.95 }, {}, { revenue: 10000 });
    expect(find(a, 'revenue-cagr').outcome).toBe(outcome);
  });

  it.each([
    [600, 600, 'pass'],
    [600, 599.99, 'fail'],
  ])('R&D %s + %s 万元 (≥ 1,200 over 2 years) → %s', (prev, last, outcome) => {
    expect(find(lg({ rd_expense: last }, { rd_expense: prev }), 'rd-total').outcome).toBe(outcome);
  });

  it.each([
    [{ class1_ip: 4 }, 'pass'],
    [{ class1_ip: 3, invention_patents: 3 }, 'fail'],
    [{ class1_ip: 3, invention_patents: 3, awards: [{ level: 'national', kind: 'science', rank: 3, year: 2024 }] }, 'pass'],
    [{ class1_ip: 3, invention_patents: 3, awards: [{ level: 'provincial', kind: 'science', rank: 1, year: 2024 }] }, 'fail'],
  ] satisfies [Fields, string][])('Ⅰ类 IP ≥ 4 or a national award waiver %o → %s', (fields, outcome) => {
    expect(find(lg(fields), 'ip').outcome).toBe(outcome);
  });

  it.each([
    [{ market_share_pct: 10 }, 'pass'],
    [{ market_share_pct: 9.99, market_rank: 4 }, 'fail'],
    [{ market_share_pct: 5, market_rank: 3 }, 'pass'],
    [{ market_share_pct: undefined, market_rank: 2 }, 'pass'],
    [{ market_share_pct: 5, market_rank: undefined }, 'unknown'],
  ] satisfies [Fields, string][])('national share ≥ 10%% or rank ≤ 3 %o → %s', (fields, outcome) => {
    expect(find(lg(fields), 'market-position').outcome).toBe(outcome);
  });
});

describe('renewals', () => {
  const holder = [SRDI, recognition('little-giant', '2024-07-01')];
  it('a 2026 小巨人 renewal uses the miit-2022 criteria, still labelled miit-2026 and provisional', () => {
    const a = run('little-giant', {}, {}, { recognitions: holder });
    expect(a).toMatchObject({ ruleset: 'miit-2026', provisional: true });
    expect(find(a, 'innovation').outcome).toBe('pass');
    expect(a.notes.map((n) => n.en).join(' ')).toContain('still use the miit-2022 criteria');
  });

  it('a 2027 renewal uses the 2026 criteria, with CAGR not tested', () => {
    const rows = [
      row(2024, { revenue: 12000, main_revenue: 10800 }),
      row(2025, { revenue: 11000, main_revenue: 9900, rd_expense: 600 }),
      ...strongRows({ dev_score: 70, rd_expense: 600 }).filter((r) => r.year === LAST).map((r) => ({ ...r, year: 2026 })),
    ];
    const a = assess('miit-2026', 'little-giant', { rows, recognitions: holder, asOf: '2027-06-30', enterprise: { chain_role: '补短板' } });
    expect(find(a, 'revenue-cagr')).toMatchObject({ outcome: 'fail', severity: 'advisory' });
    expect(a.verdict).toBe('ready');
  });
});
