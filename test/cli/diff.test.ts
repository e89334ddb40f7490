/**
 * `hh-srdi diff` on temporary git repositories: one pull request per kind of change (issue 6), and
 * a rename-only one that must show nothing.
 */
import { describe, expect, it } from 'vitest';
import type { DataDiff } from '../../src/reports/diff.js';
import { cli } from './harness.js';
import { dataRepo, tempRepos, TempRepo } from './diff-repo.js';

const AS_OF = ['--as-of', '2026-11-28'];
const { repo, track } = tempRepos();

async function diffJson(r: TempRepo, ...argv: string[]): Promise<DataDiff> {
  const out = await cli(['diff', ...argv, '--format', 'json', ...AS_OF], { cwd: r.dir });
  expect(out.stderr).toBe('');
  expect(out.code).toBe(0);
  return JSON.parse(out.stdout) as DataDiff;
}

const changedGaps = (d: DataDiff): string[] => d.gaps.rows.filter((g) => g.changed).map((g) => `${g.county} ${g.tier}`);

describe('hh-srdi diff on a pull request', () => {
  it('adds a pool entry: the entry, the pool shortfall it closes, and the pool-size finding that changed', async () => {
    const r = repo();
    r.append('data/pools/2026.csv', '91532501MA6K1A0B5N,innovative,个旧市,2026-01-12,true,in-pool\n').commit('个旧: one more innovative seed');
    const d = await diffJson(r);
    expect(d.base?.branch).toBe('main');
    expect(d.pools.added).toMatchObject([{ creditCode: '91532501MA6K1A0B5N', year: 2026, tier: 'innovative', county: '532501', countyName: '个旧市', status: 'in-pool' }]);
    expect(d.pools.removed).toEqual([]);
    expect(d.enterprises).toEqual({ added: [], removed: [], renamed: [], moved: [] });
    expect(changedGaps(d)).toEqual(['532501 innovative', 'total innovative']);
    const gejiu = d.gaps.rows.find((g) => g.county === '532501' && g.tier === 'innovative');
    expect(gejiu?.before).toMatchObject({ poolFiled: 0, poolRequired: 2, poolShortfall: 2 });
    expect(gejiu?.after).toMatchObject({ poolFiled: 1, poolRequired: 2, poolShortfall: 1 });
    expect(d.diagnostics.changed.map((c) => [c.ruleId, c.before.message, c.message])).toContainEqual([
      'pool-size',
      '个旧市 2026 innovative pool: 0 filed, 2 required (2 × 1, derived) — 2 missing',
      '个旧市 2026 innovative pool: 1 filed, 2 required (2 × 1, derived) — 1 missing',
    ]);
  });

  it('changes a pool entry’s status (and only that)', async () => {
    const r = repo();
    r.edit('data/pools/2026.csv', '91532503MA6K1A0B2A,srdi,蒙自市,2026-01-12,true,diagnosed', '91532503MA6K1A0B2A,srdi,蒙自市,2026-01-12,true,applied').commit('status');
    const d = await diffJson(r);
    expect(d.pools.changed).toMatchObject([{ creditCode: '91532503MA6K1A0B2A', fields: [{ field: 'status', before: 'diagnosed', after: 'applied' }] }]);
    expect(changedGaps(d)).toEqual([]);
  });

  it('removes a recognition: lost, and the county falls behind', async () => {
    const r = repo();
    r.edit('data/enterprises/91532503MA6K1A0B3D.yaml', /\n {2}- \{ tier: srdi, recognized_on: 2025-09-01 \}/, '').commit('withdraw a recognition');
    const d = await diffJson(r);
    expect(d.recognitions.lost).toMatchObject([{ creditCode: '91532503MA6K1A0B3D', tier: 'srdi', recognizedOn: '2025-09-01', expiresOn: '2028-08-31', countyName: '蒙自市' }]);
    expect(d.recognitions.gained).toEqual([]);
    const mengzi = d.gaps.rows.find((g) => g.county === '532503' && g.tier === 'srdi');
    expect([mengzi?.before?.actual, mengzi?.after?.actual]).toEqual([2, 1]);
    expect([mengzi?.before?.status, mengzi?.after?.status]).toEqual(['on-track', 'behind']);
    expect(changedGaps(d)).toEqual(['532503 srdi', 'total srdi']);
  });

  it('breaks a credit code: a new credit-code error at its line, the headline says so', async () => {
    const r = repo();
    r.edit('data/enterprises/91532532MA6K1A0B6N.yaml', 'credit_code: 91532532MA6K1A0B6N', 'credit_code: 91532532MA6K1A0B6X').commit('typo');
    const d = await diffJson(r);
    expect(d.diagnostics.new).toContainEqual({
      ruleId: 'credit-code', severity: 'error', file: 'data/enterprises/91532532MA6K1A0B6N.yaml', line: 2, column: 14,
      message: 'wrong check character in the credit code: expected N, found X',
    });
    // the pool entry now names no enterprise
    expect(d.diagnostics.new.map((x) => [x.ruleId, x.file, x.line])).toContainEqual(['unknown-enterprise', 'data/pools/2026.csv', 5]);
    expect(d.diagnostics.after.errors).toBeGreaterThan(d.diagnostics.before.errors);
    expect(d.enterprises.removed.map((e) => e.creditCode)).toEqual(['91532532MA6K1A0B6N']);
    expect(d.enterprises.added.map((e) => e.creditCode)).toEqual(['91532532MA6K1A0B6X']);
    const md = await cli(['diff', '--format', 'markdown', ...AS_OF], { cwd: r.dir });
    expect(md.stdout.split('\n')[0]).toMatch(/^### hh-srdi diff: .*❌ \d+ new findings \(\d+ errors?\)/);
    expect(md.stdout).toContain('| ➕ | new | data/enterprises/91532532MA6K1A0B6N.yaml:2:14 | error | credit-code | wrong check character in the credit code: expected N, found X |');
  });

  it('renames files, reorders rows, moves records from a CSV into YAML: no changes at all', async () => {
    const r = repo();
    r.move('data/enterprises/91532503MA6K1A0B17.yaml', 'data/enterprises/蒙自-红河示例精密部件.yaml')
      .move('data/enterprises/91532501MA6K1A0B4K.yaml', 'data/enterprises/a.yml')
      .move('data/recognitions.csv', 'data/recognitions/2021-2024.csv');
    // the two CSV recognitions of 91532501MA6K1A0B5N, now in its own file
    r.remove('data/recognitions/2021-2024.csv').append(
      'data/enterprises/91532501MA6K1A0B5N.yaml',
      'recognitions:\n  - { tier: 专精特新, recognized_on: 2021-12-01, batch: 云南省2021年第二批（示例） }\n  - { tier: 创新型, recognized_on: 2024-01-10, revoked_on: 2025-10-01, batch: 云南省2024年第一批（示例） }\n',
    );
    const [head, ...rows] = r.read('data/pools/2026.csv').trimEnd().split('\n');
    r.write('data/pools/2026.csv', `${[head, ...rows.reverse()].join('\n')}\n`);
    r.commit('reorganise files');
    const d = await diffJson(r);
    const lists = [d.enterprises, d.recognitions, d.pools, d.indicators].flatMap((g) => Object.values(g));
    expect(lists.every((l) => l.length === 0)).toBe(true);
    expect(changedGaps(d)).toEqual([]);
    expect(d.diagnostics.new).toEqual([]);
    expect(d.diagnostics.fixed).toEqual([]);
    const text = await cli(['diff', ...AS_OF], { cwd: r.dir });
    expect(text.stdout.split('\n')[0]).toBe('hh-srdi diff: no changes in the data');
  });

  it('a file renamed by git keeps its findings (not new + fixed), and a line shift is no change', async () => {
    const r = repo();
    r.move('data/enterprises/91532503MA6K1A0B2A.yaml', 'data/enterprises/蒙自示例新材料.yaml').commit('rename');
    r.edit('data/enterprises/蒙自示例新材料.yaml', '# 示例 — fictional: recognised innovative in 2025\n', '# 示例 — fictional: recognised innovative in 2025\n# one more comment line\n\n').commit('shift');
    const d = await diffJson(r);
    expect(d.diagnostics).toMatchObject({ new: [], fixed: [], changed: [] });
  });

  it('indicator changes above the threshold or across a criterion limit; small ones are not shown', async () => {
    const r = new TempRepo();
    track(r);
    r.copy('test/fixtures/gaps', 'data').write(
      'data/indicators.csv',
      'credit_code,year,revenue,rd_expense,invention_patents,employees,own_brand\n91532503MA6K1A0B17,2025,4900,150,1,80,false\n',
    );
    r.commit('base');
    r.branch('pr').edit('data/indicators.csv', '4900,150,1,80,false', '5050,160,2,85,true').commit('2025 figures revised');
    const d = await diffJson(r, 'main');
    expect(d.base).toMatchObject({ rev: 'main' });
    expect(d.indicators.changed).toEqual([
      {
        creditCode: '91532503MA6K1A0B17', name: '红河示例精密部件有限公司（示例）', county: '532503', countyName: '蒙自市', year: 2025,
        fields: [
          { field: 'invention_patents', before: 1, after: 2, changePct: 100, crossed: [2] },
          { field: 'own_brand', before: 'false', after: 'true' },
          { field: 'revenue', before: 4900, after: 5050, changePct: 3.1, crossed: [5000] },
        ],
      },
    ]);
    const loose = await diffJson(r, 'main', '--threshold', '5');
    expect(loose.indicators.changed[0]?.fields.map((f) => f.field)).toEqual(['employees', 'invention_patents', 'own_brand', 'rd_expense', 'revenue']);
  });

  it('enterprises added, removed, renamed and moved; recognitions gained and renewed', async () => {
    const r = repo();
    r.remove('data/enterprises/91532503MA6K1A0B8W.yaml')
      .write('data/enterprises/91532532MA6K1A0B9P.yaml', 'credit_code: 91532532MA6K1A0B9P\nname: 河口示例边贸物流有限公司（示例）\ncounty: 河口\nrecognitions:\n  - { tier: innovative, recognized_on: 2026-06-20 }\n')
      .edit('data/enterprises/91532503MA6K1A0B7R.yaml', 'county: 蒙自市', 'county: 个旧市\nprevious_counties:\n  - { county: 蒙自市, until: 2026-08-31 }')
      .edit('data/enterprises/91532503MA6K1A0B17.yaml', 'name: 红河示例精密部件有限公司（示例）', 'name: 红河示例精密部件股份有限公司（示例）')
      .append('data/enterprises/91532503MA6K1A0B17.yaml', '  - { tier: innovative, recognized_on: 2026-06-20, kind: 复核 }\n')
      .commit('a batch');
    const d = await diffJson(r);
    expect(d.enterprises.added.map((e) => [e.creditCode, e.countyName])).toEqual([['91532532MA6K1A0B9P', '河口瑶族自治县']]);
    expect(d.enterprises.removed.map((e) => e.creditCode)).toEqual(['91532503MA6K1A0B8W']);
    expect(d.enterprises.renamed).toMatchObject([{ creditCode: '91532503MA6K1A0B17', before: '红河示例精密部件有限公司（示例）', name: '红河示例精密部件股份有限公司（示例）' }]);
    expect(d.enterprises.moved).toMatchObject([{ creditCode: '91532503MA6K1A0B7R', before: '532503', beforeName: '蒙自市', county: '532501', countyName: '个旧市' }]);
    expect(d.recognitions.gained.map((x) => [x.creditCode, x.tier])).toEqual([['91532532MA6K1A0B9P', 'innovative']]);
    expect(d.recognitions.renewed.map((x) => [x.creditCode, x.tier, x.kind])).toEqual([['91532503MA6K1A0B17', 'innovative', 'renewal']]);
  });
});

describe('hh-srdi diff: where and against what', () => {
  it('works from any cwd with --data, and against HEAD with uncommitted changes', async () => {
    const r = repo();
    r.append('data/pools/2026.csv', '91532501MA6K1A0B5N,innovative,个旧市,2026-01-12,true,in-pool\n');
    const out = await cli(['diff', 'HEAD', '--data', `${r.dir}/data`, '--format', 'json', ...AS_OF], { cwd: '/' });
    expect(out.code).toBe(0);
    const d = JSON.parse(out.stdout) as DataDiff;
    expect(d.pools.added).toHaveLength(1);
  });

  it('a data folder that did not exist at REV: everything is added, with a note', async () => {
    const r = new TempRepo();
    track(r);
    r.write('README.md', '# data\n').commit('empty');
    r.copy('test/fixtures/gaps', 'data').commit('first data');
    const out = await cli(['diff', 'HEAD~1', '--format', 'json', ...AS_OF], { cwd: r.dir });
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('note: the data folder data does not exist at HEAD~1: everything counts as added\n');
    expect((JSON.parse(out.stdout) as DataDiff).enterprises.added).toHaveLength(8);
  });

  it.each([
    ['an unknown revision', ['diff', 'no-such-branch'], /^hh-srdi: unknown git revision "no-such-branch" \(expected a branch, tag or commit/],
    ['an option as a revision', ['diff', '--', '--output=x'], /^hh-srdi: unknown git revision "--output=x"/],
    ['an unknown revision (zh)', ['diff', 'no-such-branch', '--lang', 'zh'], /^hh-srdi: 未知的 git 版本 “no-such-branch”/],
    ['a bad threshold', ['diff', '--threshold', 'ten'], /^hh-srdi: --threshold must be a number ≥ 0, got "ten"/],
  ])('exits 2 with one line for %s', async (_name, argv, message) => {
    const r = repo();
    const out = await cli(argv, { cwd: r.dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(message);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stdout).toBe('');
  });

  it('exits 2 outside a git repository, and when there is no default branch', async () => {
    const outside = new TempRepo();
    track(outside);
    outside.remove('.git').copy('test/fixtures/gaps', 'data');
    const a = await cli(['diff'], { cwd: outside.dir });
    expect(a.code).toBe(2);
    expect(a.stderr).toBe('hh-srdi: the data folder data is not inside a git repository: this needs its git history\n');
    const zh = await cli(['diff', '--lang', 'zh'], { cwd: outside.dir });
    expect(zh.stderr).toBe('hh-srdi: 数据文件夹 data 不在 git 仓库中：此功能需要 git 历史\n');

    const r = new TempRepo();
    track(r);
    r.copy('test/fixtures/gaps', 'data').commit('on trunk');
    r.git('branch', '-m', 'trunk');
    const b = await cli(['diff'], { cwd: r.dir });
    expect(b.code).toBe(2);
    expect(b.stderr).toBe('hh-srdi: no default branch to compare against (tried origin/HEAD, origin/main, main, master): pass a revision, e.g. hh-srdi diff HEAD~1\n');
  });

  it('in a shallow clone, an unknown revision says to fetch the history', async () => {
    const upstream = dataRepo();
    track(upstream);
    upstream.append('data/pools/2026.csv', '91532501MA6K1A0B5N,innovative,个旧市,2026-01-12,true,in-pool\n').commit('pool');
    const base = upstream.git('rev-parse', 'main').trim();
    const r = new TempRepo();
    track(r);
    r.git('fetch', '-q', '--depth', '1', `file://${upstream.dir}`, 'pr');
    r.git('checkout', '-q', 'FETCH_HEAD');
    const out = await cli(['diff', base], { cwd: r.dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toBe(
      `hh-srdi: unknown git revision "${base}" (expected a branch, tag or commit, e.g. origin/main or HEAD~1); this is a shallow clone: fetch the history (actions/checkout fetch-depth: 0, GitLab GIT_DEPTH: 0)\n`,
    );
  });

  it('the default base is the merge base with origin/main when there is a remote', async () => {
    const upstream = dataRepo();
    track(upstream);
    const r = new TempRepo();
    track(r);
    r.git('remote', 'add', 'origin', upstream.dir);
    r.git('fetch', '-q', 'origin', 'main');
    r.git('checkout', '-q', '-b', 'pr', 'origin/main');
    r.append('data/pools/2026.csv', '91532501MA6K1A0B5N,innovative,个旧市,2026-01-12,true,in-pool\n').commit('pool');
    const d = await diffJson(r);
    expect(d.base?.branch).toBe('origin/main');
    expect(d.pools.added).toHaveLength(1);
  });
});
