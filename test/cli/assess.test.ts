/** `hh-srdi assess` end to end on part of the embedded sample (assess-sample.ts) and small temporary folders. */
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sample } from './assess-sample.js';
import { cli } from './harness.js';

const AS_OF = '2026-11-28';
/** The sample's designed cases: little giant ready / not ready, insufficient data, srdi ready. */
const CASES = ['91532501615782352J', '91532502MA39UT2496', '91532503694605214B', '91532501MAC5427997'];
const EXT = { table: 'txt', csv: 'csv', json: 'json', markdown: 'md' } as const;

/** Runs on the embedded sample are memoised: several tests read the same output (each load takes a while). */
const runs = new Map<string, ReturnType<typeof cli>>();
const assess = (...args: string[]): ReturnType<typeof cli> => {
  const argv = ['assess', '--as-of', AS_OF, ...args];
  const key = argv.join('\u0000');
  const run = runs.get(key) ?? cli(argv, { cwd: sample().dir });
  runs.set(key, run);
  return run;
};

interface Doc {
  version: number;
  ruleset: string;
  provisional: boolean;
  enterprises: { creditCode: string; county: string | null; targetTier: string; verdict: string; pool: { tier: string; plannedTier: string | null; status: string | null } | null; roadmap: { plannedApply: { value: string; source: string } } }[];
  summary: { total: number; ready: number; notReady: number; insufficientData: number };
}
const json = async (...args: string[]): Promise<Doc> => JSON.parse((await assess('--format', 'json', ...args)).stdout) as Doc;

describe('hh-srdi assess: the designed cases of the embedded sample', () => {
  const GOLDEN: [keyof typeof EXT, 'en' | 'zh'][] = [['table', 'en'], ['table', 'zh'], ['csv', 'en'], ['csv', 'zh'], ['json', 'en'], ['markdown', 'en'], ['markdown', 'zh']];
  it.each(GOLDEN)('--format %s --lang %s matches its golden file', async (format, lang) => {
    const r = await assess(...CASES, '--format', format, '--lang', lang);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`./__golden__/assess.${lang}.${EXT[format]}`);
  });

  it('writes the same JSON whatever the language (texts carry both)', async () => {
    const [en, zh] = [await assess(...CASES, '--format', 'json', '--lang', 'en'), await assess(...CASES, '--format', 'json', '--lang', 'zh')];
    expect(zh.stdout).toBe(en.stdout);
  });

  it('comes out as designed: ready, not ready, insufficient data, ready — sorted by county then code', async () => {
    const doc = await json(...CASES);
    expect(doc.enterprises.map((e) => [e.creditCode, e.targetTier, e.verdict])).toEqual([
      ['91532501615782352J', 'little-giant', 'ready'],
      ['91532501MAC5427997', 'srdi', 'ready'],
      ['91532502MA39UT2496', 'little-giant', 'not-ready'],
      ['91532503694605214B', 'little-giant', 'insufficient-data'],
    ]);
    expect(doc.summary).toEqual({ total: 4, ready: 2, notReady: 1, insufficientData: 1 });
    expect(doc.enterprises[0].roadmap.plannedApply).toEqual({ value: '2027-04', source: 'pool' });
  });

  it('prints the summary at the end of the table, and on stderr for csv and json', async () => {
    const table = await assess(...CASES);
    expect(table.stdout.trimEnd().split('\n').at(-1)).toBe('4 enterprises assessed: 2 ready / 1 not ready / 1 insufficient data');
    expect(table.stderr).not.toContain('assessed');
    const csv = await assess(...CASES, '--format', 'csv', '--lang', 'zh');
    expect(csv.stderr).toContain('提示：共评估 4 家企业：具备申报条件 2 家 / 暂不具备 1 家 / 数据不足 1 家\n');
  });

  it('shows every criterion with its mark, the shortfall, the missing field and where the numbers came from', async () => {
    const { stdout } = await assess('91532502MA39UT2496', '91532503694605214B');
    expect(stdout).toContain('│ ✗ [新 innovative] innovation (general or direct');
    expect(stdout).toContain('│       2024: R&D 4.76% of 7,484.8 万元 revenue <  │');
    expect(stdout).toContain('│ ? [特 distinctive] national niche market share');
    expect(stdout).toContain('missing: indicators.2025.market_share_pct');
    expect(stdout).toContain('missing data (most blocking first): indicators.2025.market_share_pct (1)');
    expect(stdout).toContain('data: [1] 2025 audit report, reported 2026-02-09; [2] 2024 audit report, reported 2025-03-07; [3] 2023 audit report, reported 2024-05-19; [4] enterprise record');
  });
});

describe('hh-srdi assess: which enterprises', () => {
  it('defaults to every pool member of the --as-of year that is not withdrawn, for its planned tier', async () => {
    const doc = await json();
    expect(doc.summary.total).toBe(sample().poolMembers);
    expect(doc.enterprises.every((e) => e.pool !== null && e.pool.status !== 'withdrawn' && e.targetTier === (e.pool.plannedTier ?? e.pool.tier))).toBe(true);
    const keys = doc.enterprises.map((e) => `${e.county ?? '~'} ${e.creditCode}`);
    expect(keys).toEqual([...keys].sort());
    expect(doc.summary.ready + doc.summary.notReady + doc.summary.insufficientData).toBe(sample().poolMembers);
  });

  it('has no pool members in a year without a pool, and says so', async () => {
    const r = await cli(['assess', '--as-of', '2025-06-30'], { cwd: sample().dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('0 enterprises assessed');
    expect(r.stderr).toContain('note: no 2025 pool members (pools/2025.csv)');
  });

  it('--tier keeps the pool members aiming at that tier; with names it sets the target', async () => {
    const lg = await json('--tier', '小巨人');
    expect(lg.enterprises.length).toBeGreaterThan(0);
    expect(lg.enterprises.every((e) => e.targetTier === 'little-giant')).toBe(true);
    const named = await json('91532501615782352J', '--tier', 'srdi,little-giant');
    expect(named.enterprises.map((e) => [e.targetTier, e.pool?.tier ?? null])).toEqual([['srdi', null], ['little-giant', 'little-giant']]);
  });

  it('--county takes a code, a name or an alias', async () => {
    for (const county of ['532501', '个旧市', '个旧']) {
      const doc = await json('--county', county);
      expect(doc.enterprises.length).toBeGreaterThan(0);
      expect(doc.enterprises.every((e) => e.county === '532501')).toBe(true);
    }
  });

  it('--only failing and --only ready split the pool', async () => {
    const [all, failing, ready] = [await json(), await json('--only', 'failing'), await json('--only', 'ready')];
    expect(failing.enterprises.every((e) => e.verdict !== 'ready')).toBe(true);
    expect(ready.enterprises.every((e) => e.verdict === 'ready')).toBe(true);
    expect(failing.summary.total).toBe(all.summary.notReady + all.summary.insufficientData);
    expect(ready.summary.total).toBe(all.summary.ready);
  });

  it.each([
    ['an exact name', '个旧示例恒阳锡业有限公司（示例）'],
    ['a unique part of the name', '恒阳锡业'],
    ['a lower-case credit code', '91532501615782352j'],
  ])('finds an enterprise by %s', async (_what, arg) => {
    const doc = await json(arg);
    expect(doc.enterprises.map((e) => e.creditCode)).toEqual(['91532501615782352J']);
  });

  it('assesses a named enterprise outside the pools for the next tier up, with a suggested date', async () => {
    const doc = await json('91532501600012478K');
    expect(doc.enterprises).toHaveLength(1);
  });
});

describe('hh-srdi assess: exit 2 for what it cannot do', () => {
  it('lists the candidates of an ambiguous name', async () => {
    const r = await assess('个旧示例');
    expect(r.code).toBe(2);
    const lines = r.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^hh-srdi: "个旧示例" matches (\d+) enterprises — be more specific or use the credit code:$/u);
    const n = Number(/matches (\d+)/u.exec(lines[0])?.[1]);
    expect(lines.slice(1, 11).every((l) => /^ {2}91532501\w{10} {2}个旧示例\S+（示例）$/u.test(l))).toBe(true);
    expect(lines[11]).toBe(`  … and ${n - 10} more`);
    expect(r.stdout).toBe('');
  });

  it.each([
    [['个旧示例恒阳锡叶'], /^hh-srdi: no enterprise named or containing "个旧示例恒阳锡叶" — did you mean "个旧示例恒阳锡业有限公司（示例）"\?\n$/u],
    [['91532501615782352K'], /^hh-srdi: no enterprise with credit code 91532501615782352K — did you mean 91532501615782352J \(个旧示例恒阳锡业有限公司（示例）\)\?\n$/u],
    [['--county', '蒙子'], /^hh-srdi: unknown county "蒙子" — did you mean "蒙自"\?\n$/u],
    [['--tier', 'giant'], /^hh-srdi: unknown tier "giant"/u],
    [['--only', 'some'], /argument 'some' is invalid/u],
    [['--format', 'xml'], /argument 'xml' is invalid/u],
    [['--ruleset', 'miit-2030'], /argument 'miit-2030' is invalid/u],
    [['--compare', 'miit-2022'], /^hh-srdi: --compare takes two different rulesets, e.g. miit-2022,miit-2026; got "miit-2022"\n$/u],
    [['--compare', 'miit-2022,miit-2022'], /--compare takes two different rulesets/u],
    [['--compare', 'miit-2022,miit-2026', '--ruleset', 'miit-2022'], /^hh-srdi: --compare and --ruleset cannot be used together\n$/u],
  ])('%j', async (args, message) => {
    const r = await assess(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /u);
  });
});

/** A one-enterprise folder: counties, an enterprise with 2025 figures, a 2026 innovative pool entry. */
function folder(opts: { plan?: string; config?: string; indicators?: string } = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'hh-assess-'));
  mkdirSync(join(dir, 'data', 'enterprises'), { recursive: true });
  mkdirSync(join(dir, 'data', 'pools'));
  copyFileSync('data/counties.csv', join(dir, 'data', 'counties.csv'));
  const row = opts.indicators ?? '{ year: 2025, revenue: 3000, main_revenue: 2800, employees: 85, high_tech_enterprise: true, abnormal_operation: false, serious_dishonest: false, major_incident: false }';
  writeFileSync(join(dir, 'data', 'enterprises', 'e.yaml'), `credit_code: 91532503MA7P3Q8L26\nname: 蒙自示例企业（示例）\ncounty: 蒙自市\nindicators:\n  - ${row}\n`);
  writeFileSync(join(dir, 'data', 'pools', '2026.csv'), 'credit_code,tier,county,filed_on,willing\n91532503MA7P3Q8L26,innovative,蒙自,2026-01-06,true\n');
  if (opts.plan !== undefined) writeFileSync(join(dir, 'data', 'plan.yaml'), `document: 示例\nregion: { code: "532500", name: 红河州 }\nperiod: { start: 2025, end: 2027 }\nbaseline_date: 2024-12-31\n${opts.plan}`);
  writeFileSync(join(dir, 'hh-srdi.config.yaml'), opts.config ?? '{}\n');
  return dir;
}

describe('hh-srdi assess: ruleset and data problems', () => {
  const run = (dir: string, ...args: string[]) => cli(['assess', '--as-of', AS_OF, '--format', 'json', ...args], { cwd: dir });
  const ruleset = async (dir: string, ...args: string[]) => (JSON.parse((await run(dir, ...args)).stdout) as Doc).ruleset;

  it('takes --ruleset, else the plan’s criteria, else the config’s, else miit-2022', async () => {
    expect(await ruleset(folder())).toBe('miit-2022');
    expect(await ruleset(folder({ config: 'criteria: miit-2026\n' }))).toBe('miit-2026');
    expect(await ruleset(folder({ plan: '', config: 'criteria: miit-2026\n' }))).toBe('miit-2026');
    expect(await ruleset(folder({ plan: 'criteria: miit-2022\n', config: 'criteria: miit-2026\n' }))).toBe('miit-2022');
    expect(await ruleset(folder({ plan: 'criteria: miit-2026\n' }), '--ruleset', 'miit-2022')).toBe('miit-2022');
  });

  it('labels miit-2026 provisional', async () => {
    const dir = folder();
    const doc = JSON.parse((await run(dir, '--ruleset', 'miit-2026')).stdout) as Doc;
    expect(doc.provisional).toBe(true);
    const table = await cli(['assess', '--as-of', AS_OF, '--ruleset', 'miit-2026'], { cwd: dir });
    expect(table.stdout.split('\n')[0]).toBe('Readiness as of 2026-11-28 under miit-2026 (provisional)');
  });

  it('notes errors that check finds on stderr and still assesses (exit 0)', async () => {
    const dir = folder({ indicators: '{ year: 2025, revenue: 3000, main_revenue: 3800, employees: 85 }' });
    const r = await cli(['assess', '--as-of', AS_OF], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 enterprise assessed');
    expect(r.stderr).toBe('note: check finds 1 error in the data; results may be off — run hh-srdi check\n');
    const zh = await cli(['assess', '--as-of', AS_OF, '--lang', 'zh'], { cwd: dir });
    expect(zh.stderr).toBe('提示：check 发现 1 个数据错误，评估结果可能不准——请运行 hh-srdi check\n');
  });
});
