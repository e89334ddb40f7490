/** Runs the shell steps of the CI recipes in examples/ci/ as the CI would, with the local build for `npx hh-srdi`. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = `${JSON.stringify(process.execPath)} ${JSON.stringify(resolve(ROOT, 'bin/hh-srdi.js'))}`;

export function recipe(name: string): unknown {
  return parse(readFileSync(resolve(ROOT, 'examples/ci', name), 'utf8'));
}

export interface StepRun {
  script: string;
  code: number;
  stdout: string;
  stderr: string;
}

/** `npx hh-srdi` → this checkout's bin; `examples/ci/…` → this checkout's copy (a data repository has its own). */
export function localise(script: string): string {
  return script.replaceAll('npx hh-srdi', BIN).replaceAll('examples/ci/', `${resolve(ROOT, 'examples/ci')}/`);
}

/** `bash -e` as GitHub runs a `run:` step (GitLab: the job's script lines in one shell). */
export function runShell(script: string, cwd: string, env: Record<string, string>): StepRun {
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', localise(script)], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, HH_SRDI_LANG: 'en', ...env },
    encoding: 'utf8',
  });
  return { script, code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
