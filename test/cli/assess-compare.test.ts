/** `hh-srdi assess --compare`: verdicts under miit-2022 and the provisional miit-2026 side by side. */
import { describe, expect, it } from 'vitest';
import { compareRulesets } from '../../src/reports/assess.js';
import { changeText, decisiveChanges, effectOf } from '../../src/reports/assess-compare.js';
import { LITTLE_GIANT_EXAMPLE } from '../criteria/examples.js';
import { indexOf } from '../criteria/builders.js';
import { sample } from './assess-sample.js';
import { cli } from './harness.js';

const compare = (...args: string[]) => cli(['assess', '--as-of', '2026-11-28', '--compare', 'miit-2022,miit-2026', ...args], { cwd: sample().dir });
const EXT = { table: 'txt', csv: 'csv', json: 'json', markdown: 'md' } as const;

interface Doc {
  rulesets: { id: string; provisional: boolean }[];
  enterprises: { creditCode: string; verdicts: { ruleset: string; verdict: string }[]; effect: string; changes: { id: string; decisive: boolean }[] }[];
  summary: Record<string, { ready: number; notReady: number; insufficientData: number }>;
}

describe('hh-srdi assess --compare miit-2022,miit-2026', () => {
  const GOLDEN: [keyof typeof EXT, 'en' | 'zh'][] = [['table', 'en'], ['table', 'zh'], ['csv', 'zh'], ['json', 'en'], ['markdown', 'en']];
  it.each(GOLDEN)('--format %s --lang %s matches its golden file (个旧市; json: two enterprises)', async (format, lang) => {
    const which = format === 'json' ? ['91532501615782352J', '91532502MA39UT2496'] : ['--county', '个旧'];
    const r = await compare(...which, '--format', format, '--lang', lang);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`./__golden__/assess-compare.${lang}.${EXT[format]}`);
  });

  it('puts every pool member’s two verdicts side by side, the new ruleset marked provisional', async () => {
    const doc = JSON.parse((await compare('--format', 'json')).stdout) as Doc;
    expect(doc.rulesets).toMatchObject([{ id: 'miit-2022', provisional: false }, { id: 'miit-2026', provisional: true }]);
    expect(doc.enterprises).toHaveLength(sample().poolMembers);
    expect(doc.enterprises.every((e) => e.verdicts.map((v) => v.ruleset).join() === 'miit-2022,miit-2026')).toBe(true);
    const sum = (r: string) => Object.values(doc.summary[r]).reduce((a, b) => a + b, 0);
    expect([sum('miit-2022'), sum('miit-2026')]).toEqual([sample().poolMembers, sample().poolMembers]);
    // The embedded sample has no 发展评价得分: enterprises ready under 2022 cannot be confirmed under 2026.
    const hh = doc.enterprises.find((e) => e.creditCode === '91532501615782352J');
    expect(hh).toMatchObject({ effect: 'needs-data' });
    expect(hh?.changes.filter((c) => c.decisive).map((c) => c.id)).toEqual(['dev-score']);
  });

  it('agrees with the plain assessment under each ruleset', async () => {
    const doc = JSON.parse((await compare('--format', 'json', '--county', '开远')).stdout) as Doc;
    for (const ruleset of ['miit-2022', 'miit-2026']) {
      const plain = JSON.parse((await cli(['assess', '--as-of', '2026-11-28', '--county', '开远', '--ruleset', ruleset, '--format', 'json'], { cwd: sample().dir })).stdout) as { enterprises: { creditCode: string; verdict: string }[] };
      expect(doc.enterprises.map((e) => [e.creditCode, e.verdicts.find((v) => v.ruleset === ruleset)?.verdict])).toEqual(plain.enterprises.map((e) => [e.creditCode, e.verdict]));
    }
  });

  it('ends with the counts under each ruleset and who gains or loses', async () => {
    const lines = (await compare('--county', '个旧')).stdout.trimEnd().split('\n').slice(-4);
    expect(lines[0]).toMatch(/^miit-2022: \d+ ready \/ \d+ not ready \/ \d+ insufficient data$/);
    expect(lines[1]).toMatch(/^miit-2026 \(provisional\): \d+ ready/);
    expect(lines[2]).toMatch(/^under miit-2026: \d+ gain eligibility, \d+ lose it, \d+ need data to keep it, \d+ change otherwise, \d+ unchanged$/);
    expect(lines[3]).toBe('note: miit-2026 — 工信部企业〔2026〕2号 (provisional, not confirmed)');
  });

  it('--only failing keeps enterprises failing under either ruleset', async () => {
    const doc = JSON.parse((await compare('--format', 'json', '--only', 'failing')).stdout) as Doc;
    expect(doc.enterprises.every((e) => e.verdicts.some((v) => v.verdict !== 'ready'))).toBe(true);
  });
});

describe('what the comparison says', () => {
  it.each([
    ['ready', 'ready', 'unchanged'],
    ['not-ready', 'ready', 'gains'],
    ['insufficient-data', 'ready', 'gains'],
    ['ready', 'not-ready', 'loses'],
    ['ready', 'insufficient-data', 'needs-data'],
    ['not-ready', 'insufficient-data', 'changed'],
    ['insufficient-data', 'not-ready', 'changed'],
  ] as const)('%s → %s: %s', (a, b, effect) => {
    expect(effectOf(a, b)).toBe(effect);
  });

  const { index, enterprise } = indexOf(LITTLE_GIANT_EXAMPLE);
  const cmp = compareRulesets(index, enterprise, { asOf: '2026-06-30', rulesets: ['miit-2022', 'miit-2026'] });

  it('keeps both assessments (regression: the CLI reads county and criteria trees from them)', () => {
    expect(cmp.assessments.map((a) => [a.assessment.ruleset, a.assessment.verdict])).toEqual(cmp.verdicts.map((v) => [v.ruleset, v.verdict]));
    expect(cmp.assessments[0].county).toBe('532503');
  });

  it('calls decisive the top-level criteria whose outcome changes, not a criterion passing under one ruleset only', () => {
    const ids = decisiveChanges(cmp).map((c) => c.id);
    expect(ids).toContain('debt-ratio'); // ✗ ≤ 70% → ✓ ≤ 75%
    expect(ids).toContain('innovation'); // ✗ → gone
    expect(ids).not.toContain('sme'); // unchanged
    expect(ids).not.toContain('audit-filed'); // ✗ → gone, but advisory: it never decided
    expect(ids.every((id) => cmp.changes.some((c) => c.id === id && c.before !== c.after))).toBe(true);
  });

  it('words a change with both thresholds', () => {
    const debt = cmp.changes.find((c) => c.id === 'debt-ratio');
    expect(debt && changeText(debt, 'en')).toBe('✗→✓ debt ratio at last year-end (≤ 70% → ≤ 75%)');
    expect(debt && changeText(debt, 'zh')).toBe('✗→✓ 上年末资产负债率 (≤ 70% → ≤ 75%)');
  });
});
