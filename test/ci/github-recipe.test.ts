/**
 * examples/ci/github-actions.yml, run: every `run:` step that calls hh-srdi is executed as GitHub
 * would on a pull request (GITHUB_ACTIONS=true, a step-summary file, the step's env with its
 * expressions filled in) against a temporary repository with two commits, and the annotations,
 * the job summary, the comment body and the SARIF file are checked.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SarifLog } from '../../src/reporters/sarif.js';
import { dataRepo, type TempRepo } from '../cli/diff-repo.js';
import { recipe, runShell, type StepRun } from './recipe.js';

interface Step {
  name?: string;
  if?: string;
  run?: string;
  uses?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
  'continue-on-error'?: boolean;
}

interface Workflow {
  on: Record<string, unknown>;
  permissions: Record<string, string>;
  jobs: Record<string, { steps: Step[] }>;
}

const workflow = recipe('github-actions.yml') as Workflow;
const steps = Object.values(workflow.jobs).flatMap((j) => j.steps);

let repo: TempRepo;
let base: string;
let summaryFile: string;
const runs: StepRun[] = [];

/** `${{ expr }}` of the steps' env, as a pull_request event fills them. */
function expand(value: string, context: Record<string, string>): string {
  return value.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
    const v = context[expr];
    if (v === undefined) throw new Error(`the test does not know the expression ${expr}`);
    return v;
  });
}

beforeAll(() => {
  repo = dataRepo();
  base = repo.git('rev-parse', 'main').trim();
  // the pull request: a pool entry added, and a credit code broken
  repo
    .append('data/pools/2026.csv', '91532501MA6K1A0B5N,innovative,个旧市,2026-01-12,true,in-pool\n')
    .edit('data/enterprises/91532532MA6K1A0B6N.yaml', 'credit_code: 91532532MA6K1A0B6N', 'credit_code: 91532532MA6K1A0B6X')
    .commit('河口: new seed, typo in a credit code');
  summaryFile = repo.path('step-summary.md');
  writeFileSync(summaryFile, '');
  const context = { 'github.event.pull_request.base.sha': base };
  for (const step of steps) {
    if (!step.run?.includes('npx hh-srdi')) continue;
    const env = Object.fromEntries(Object.entries(step.env ?? {}).map(([k, v]) => [k, expand(v, context)]));
    runs.push(runShell(step.run, repo.dir, { ...env, GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summaryFile }));
  }
}, 60_000);

afterAll(() => repo.dispose());

describe('examples/ci/github-actions.yml', () => {
  it('has the check, the diff and the SARIF steps, and runs them all', () => {
    expect(runs.map((r) => r.script.match(/npx hh-srdi (\w+)/)?.[1])).toEqual(['check', 'diff', 'check']);
    expect(runs.map((r) => r.code)).toEqual([1, 0, 0]);
    for (const r of runs) expect(r.stderr).toBe('');
  });

  it('annotates the broken line (workflow commands on stdout)', () => {
    const check = runs[0]?.stdout ?? '';
    expect(check).toMatch(
      /^::error file=data\/enterprises\/91532532MA6K1A0B6N\.yaml,line=2,col=14,endLine=2,endColumn=\d+,title=credit-code::wrong check character in the credit code: expected N, found X/m,
    );
    expect(check).toMatch(/^::error file=data\/pools\/2026\.csv,line=5,col=1,.*title=unknown-enterprise::/m);
    expect(check.trimEnd().split('\n').at(-1)).toMatch(/^✖ \d+ problems \(\d+ errors, \d+ warnings\) in \d+ files$/);
  });

  it('writes the check report and the diff to the job summary', () => {
    const summary = readFileSync(summaryFile, 'utf8');
    expect(summary).toMatch(/^### hh-srdi check: ✖ \d+ errors/m);
    expect(summary).toContain('#### `data/enterprises/91532532MA6K1A0B6N.yaml`');
    expect(summary).toMatch(/^### hh-srdi diff: .*1 enterprise added.*1 enterprise removed.*1 pool entry added.*❌ \d+ new findings \(\d+ errors\)/m);
    expect(summary).toContain('<details open><summary><b>Findings of check</b>');
    expect(summary.indexOf('### hh-srdi check')).toBeLessThan(summary.indexOf('### hh-srdi diff'));
  });

  it('leaves the diff for the pull-request comment, against the base commit', () => {
    const md = readFileSync(repo.path('hh-srdi-diff.md'), 'utf8');
    expect(md.split('\n')[0]).toMatch(/^### hh-srdi diff: /);
    expect(md).toContain(`against ${base} (${base.slice(0, 7)})`);
    expect(md).toContain('| ➕ | added | 2026 | innovative | 个旧示例机电设备有限公司（示例） 91532501MA6K1A0B5N | 个旧市 | in-pool |');
    const comment = steps.find((s) => s.uses?.startsWith('actions/github-script'));
    expect(String(comment?.with?.script)).toContain("readFileSync('hh-srdi-diff.md'");
    expect(workflow.permissions['pull-requests']).toBe('write');
  });

  it('writes SARIF with rule help and help links for code scanning', () => {
    expect(existsSync(repo.path('hh-srdi.sarif'))).toBe(true);
    const log = JSON.parse(readFileSync(repo.path('hh-srdi.sarif'), 'utf8')) as SarifLog;
    const run = log.runs[0];
    const rule = run?.tool.driver.rules.find((r) => r.id === 'credit-code');
    expect(rule?.helpUri).toBe('https://github.com/honghe-srdi/hh-srdi/blob/main/README.md#rules');
    expect(rule?.help.text).toContain('unified social credit code malformed or with a wrong check character');
    expect(rule?.help.markdown).toContain('# hh-srdi-disable-next-line credit-code -- reason');
    expect(run?.results.some((r) => r.ruleId === 'credit-code')).toBe(true);
    expect(steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))?.with?.sarif_file).toBe('hh-srdi.sarif');
  });

  it('every step after the check still runs when the check fails (findings are the point)', () => {
    const after = steps.slice(steps.findIndex((s) => s.run?.includes('npx hh-srdi check')) + 1);
    for (const s of after) expect(s.if ?? '').toMatch(/!cancelled\(\)|always\(\)/);
  });
});
