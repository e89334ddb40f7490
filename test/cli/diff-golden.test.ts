/**
 * A realistic data pull request — a county's quarterly update — through `hh-srdi diff` in every
 * format and language, against golden files. The English markdown is the example in the README.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeCreditCode } from '../../src/model/credit-code.js';
import { cli } from './harness.js';
import { dataRepo, type TempRepo } from './diff-repo.js';

const NEW_CODE = makeCreditCode('91532503MA6K1A0C1');
let repo: TempRepo;

/** main: the gaps fixture with 2025 figures; the PR: 蒙自市's Q4 update (and a typo). */
function quarterlyUpdate(r: TempRepo): void {
  r.git('checkout', '-q', 'main');
  r.write(
    'data/indicators.csv',
    'credit_code,year,revenue,main_revenue,rd_expense,employees,rd_staff,invention_patents\n' +
      '91532503MA6K1A0B17,2025,4900,4500,150,80,9,1\n' +
      '91532503MA6K1A0B3D,2025,2300,2100,80,40,6,0\n',
  ).commit('2025 figures');
  r.git('checkout', '-q', 'pr');
  r.git('reset', '-q', '--hard', 'main');
  r.write(
    `data/enterprises/${NEW_CODE}.yaml`,
    `credit_code: ${NEW_CODE}\nname: 蒙自示例光电科技有限公司（示例）\ncounty: 蒙自市\nrecognitions:\n  - { tier: innovative, recognized_on: 2026-06-20, batch: 云南省2026年第一批创新型中小企业（示例） }\n`,
  )
    .append('data/enterprises/91532503MA6K1A0B17.yaml', '  - { tier: innovative, recognized_on: 2026-06-20, kind: 复核, batch: 云南省2026年第一批创新型中小企业（示例） }\n')
    .edit('data/indicators.csv', '91532503MA6K1A0B17,2025,4900,4500,150,80,9,1', '91532503MA6K1A0B17,2025,5200,4800,160,82,9,2')
    .edit('data/indicators.csv', '91532503MA6K1A0B3D,2025,2300,2100,80,40,6,0', '91532503MA6K1A0B3D,2025,2350,2150,95,41,6,0')
    .edit('data/pools/2026.csv', '91532503MA6K1A0B2A,srdi,蒙自市,2026-01-12,true,diagnosed', '91532503MA6K1A0B2A,srdi,蒙自市,2026-01-12,true,applied')
    .append('data/pools/2026.csv', '91532501MA6K1A0B5M,innovative,个旧市,2026-01-12,true,in-pool\n')
    .commit('蒙自市 2026 Q4: second recognition batch, 2025 figures revised, pool status');
}

beforeAll(() => {
  repo = dataRepo();
  quarterlyUpdate(repo);
}, 30_000);

afterAll(() => repo.dispose());

describe('hh-srdi diff: a realistic pull request (golden files)', () => {
  it.each([
    ['markdown', 'en', 'md'],
    ['markdown', 'zh', 'md'],
    ['text', 'en', 'txt'],
    ['text', 'zh', 'txt'],
    ['json', 'en', 'json'],
  ] as const)('--format %s --lang %s', async (format, lang, ext) => {
    const r = await cli(['diff', 'main', '--format', format, '--lang', lang, '--as-of', '2026-11-28'], { cwd: repo.dir, env: { FORCE_COLOR: '0' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`./__golden__/diff.${lang}.${ext}`);
  });

  it('the README shows the English markdown', async () => {
    const golden = readFileSync('test/cli/__golden__/diff.en.md', 'utf8');
    expect(readFileSync('README.md', 'utf8')).toContain(golden.trim());
  });

  it('markdown cuts long sections (a PR comment holds 65,536 characters) and says how many rows are left', async () => {
    const r = await cli(['diff', 'main', '--format', 'markdown', '--max-rows', '1', '--as-of', '2026-11-28'], { cwd: repo.dir });
    expect(r.stdout).toContain('… and 1 more (the full list: --format text or json)');
  });

  it('colours the text on a terminal', async () => {
    const r = await cli(['diff', 'main', '--as-of', '2026-11-28'], { cwd: repo.dir, tty: true, env: { FORCE_COLOR: '1' } });
    expect(r.stdout).toContain('\u001b[32m+\u001b[39m');
    const plain = await cli(['diff', 'main', '--as-of', '2026-11-28', '--no-color'], { cwd: repo.dir, tty: true });
    expect(plain.stdout).not.toContain('\u001b[');
  });
});
