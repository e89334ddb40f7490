/**
 * examples/ci/gitlab-ci.yml, run: the script lines of each hh-srdi job in one shell, as the GitLab
 * runner does, against a temporary repository with two commits; the Code Quality report, the job's
 * exit code and the diff artifact are checked.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataRepo, type TempRepo } from '../cli/diff-repo.js';
import { recipe, runShell, type StepRun } from './recipe.js';

interface Job {
  script: string[];
  artifacts?: { reports?: { codequality?: string }; paths?: string[]; expose_as?: string };
}

interface CodeQualityIssue {
  type: string;
  check_name: string;
  description: string;
  severity: string;
  fingerprint: string;
  location: { path: string; lines: { begin: number } };
}

const pipeline = recipe('gitlab-ci.yml') as Record<string, Job>;
let repo: TempRepo;
let base: string;
let check: StepRun;
let diff: StepRun;

function runJob(name: string, env: Record<string, string>): StepRun {
  const job = pipeline[name];
  if (!job) throw new Error(`no job ${name}`);
  return runShell(job.script.join('\n'), repo.dir, env);
}

beforeAll(() => {
  repo = dataRepo();
  base = repo.git('rev-parse', 'main').trim();
  repo.edit('data/enterprises/91532532MA6K1A0B6N.yaml', 'credit_code: 91532532MA6K1A0B6N', 'credit_code: 91532532MA6K1A0B6X').commit('typo');
  const env = { GITLAB_CI: 'true', CI_MERGE_REQUEST_DIFF_BASE_SHA: base };
  check = runJob('hh-srdi:check', env);
  diff = runJob('hh-srdi:diff', env);
}, 60_000);

afterAll(() => repo.dispose());

describe('examples/ci/gitlab-ci.yml', () => {
  it('hh-srdi:check fails on errors and leaves a Code Quality report with stable fingerprints', () => {
    expect(check.code).toBe(1);
    const report = pipeline['hh-srdi:check']?.artifacts?.reports?.codequality ?? '';
    const issues = JSON.parse(readFileSync(repo.path(report), 'utf8')) as CodeQualityIssue[];
    expect(issues).toContainEqual({
      type: 'issue',
      check_name: 'credit-code',
      description: 'wrong check character in the credit code: expected N, found X (value: 91532532MA6K1A0B6X; expected: 91532532MA6K1A0B6N)',
      categories: ['Bug Risk'],
      severity: 'major',
      fingerprint: expect.stringMatching(/^[0-9a-f]{64}$/),
      location: { path: 'data/enterprises/91532532MA6K1A0B6N.yaml', lines: { begin: 2 } },
    });
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.every((i) => ['info', 'minor', 'major'].includes(i.severity))).toBe(true);
    // the findings are in the job log too
    expect(check.stderr).toContain('data/enterprises/91532532MA6K1A0B6N.yaml:2:14  error  wrong check character in the credit code: expected N, found X  credit-code');
  });

  it('hh-srdi:diff leaves the markdown diff as an artifact and prints it in the log', () => {
    expect(diff.code).toBe(0);
    const artifact = pipeline['hh-srdi:diff']?.artifacts?.paths?.[0] ?? '';
    const md = readFileSync(repo.path(artifact), 'utf8');
    expect(md).toMatch(/^### hh-srdi diff: 1 enterprise added, 1 enterprise removed, .*❌ \d+ new findings \(\d+ errors\)/);
    expect(diff.stdout).toBe(md);
  });
});
