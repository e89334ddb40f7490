/** `check --changed-since REV`: findings only in the files a pull request touches, rules over the whole folder. */
import { describe, expect, it } from 'vitest';
import { cli } from './harness.js';
import { tempRepos, type TempRepo } from './diff-repo.js';

interface Report {
  diagnostics: { ruleId: string; file: string; line: number }[];
}

const { repo } = tempRepos();

async function check(r: TempRepo, ...argv: string[]): Promise<Report> {
  const out = await cli(['check', '--format', 'json', '--as-of', '2026-11-28', ...argv], { cwd: r.dir });
  expect(out.stderr).toBe('');
  return JSON.parse(out.stdout) as Report;
}

const files = (report: Report): string[] => [...new Set(report.diagnostics.map((d) => d.file))];

describe('hh-srdi check --changed-since', () => {
  it('reports only on the files changed since REV', async () => {
    const r = repo();
    r.edit('data/enterprises/91532532MA6K1A0B6N.yaml', 'credit_code: 91532532MA6K1A0B6N', 'credit_code: 91532532MA6K1A0B6X').commit('typo');
    const all = await check(r);
    expect(files(all).length).toBeGreaterThan(2);
    const changed = await check(r, '--changed-since', 'main');
    expect(files(changed)).toEqual(['data/enterprises/91532532MA6K1A0B6N.yaml']);
    expect(changed.diagnostics.map((d) => d.ruleId)).toContain('credit-code');
  });

  it('cross-file rules still see the whole folder: a pool file changed shows the pool-size shortfall of every county', async () => {
    const r = repo();
    r.append('data/pools/2026.csv', '91532501MA6K1A0B5N,innovative,个旧市,2026-01-12,true,in-pool\n').commit('pool');
    const changed = await check(r, '--changed-since', 'main');
    expect(files(changed)).toEqual(['data/pools/2026.csv']);
    const all = await check(r);
    expect(changed.diagnostics).toEqual(all.diagnostics.filter((d) => d.file === 'data/pools/2026.csv'));
  });

  it('counts uncommitted and untracked files; nothing changed is no findings and exit 0', async () => {
    const r = repo();
    const clean = await cli(['check', '--changed-since', 'HEAD', '--format', 'json'], { cwd: r.dir });
    expect(clean.code).toBe(0);
    expect((JSON.parse(clean.stdout) as Report).diagnostics).toEqual([]);
    r.write('data/enterprises/new.yaml', 'credit_code: 91532503MA6K1A0B2X\nname: 新企业（示例）\ncounty: 蒙自\n');
    const untracked = await check(r, '--changed-since', 'HEAD');
    expect(files(untracked)).toEqual(['data/enterprises/new.yaml']);
  });

  it('with paths: only the changed files among them; with --data from another cwd', async () => {
    const r = repo();
    r.edit('data/enterprises/91532532MA6K1A0B6N.yaml', 'county: 河口', 'county: 河口县').append('data/pools/2026.csv', '91532501MA6K1A0B5N,innovative,个旧市,2026-01-12,true,in-pool\n').commit('two files');
    const one = await check(r, '--changed-since', 'main', 'data/pools/2026.csv');
    expect(files(one)).toEqual(['data/pools/2026.csv']);
    const out = await cli(['check', '--changed-since', 'main', '--data', `${r.dir}/data`, '--format', 'json', '--as-of', '2026-11-28'], { cwd: '/' });
    // printed relative to the cwd (/), the folder found in its repository all the same
    const root = `${r.dir.slice(1)}/data`;
    expect(files(JSON.parse(out.stdout) as Report).every((f) => [`${root}/enterprises/91532532MA6K1A0B6N.yaml`, `${root}/pools/2026.csv`].includes(f))).toBe(true);
    expect(files(JSON.parse(out.stdout) as Report)).toContain(`${root}/pools/2026.csv`);
  });

  it('exits 2 with one line for an unknown revision or outside git', async () => {
    const r = repo();
    const out = await cli(['check', '--changed-since', 'nope'], { cwd: r.dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/^hh-srdi: unknown git revision "nope"/);
    r.remove('.git');
    const outside = await cli(['check', '--changed-since', 'main'], { cwd: r.dir });
    expect(outside.code).toBe(2);
    expect(outside.stderr).toBe('hh-srdi: the data folder data is not inside a git repository: this needs its git history\n');
  });
});
