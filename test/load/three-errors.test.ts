import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli as run, type CliResult } from '../cli/harness.js';

/** The parent of the fixture folders: the cwd of every run, so paths print as `three-errors/…`. */
const CWD = resolve('test/fixtures/foundation');

function cli(argv: string[]): Promise<CliResult> {
  return run(argv, { cwd: CWD });
}

interface JsonReport {
  version: number;
  diagnostics: { ruleId: string; severity: string; file: string; line: number; column: number; value?: string; expected?: string; message: string }[];
  summary: { errors: number; warnings: number; files: number };
}

function parseReport(text: string): JsonReport {
  const parsed: JsonReport = JSON.parse(text);
  return parsed;
}

const COMMON = ['--data', 'three-errors', '--as-of', '2026-11-28', '--lang', 'en', '--no-color'];

describe('issue 2: a broken YAML file, an unknown enterprise and a bad check character, in one run', () => {
  it('reports all three, located, and exits 1 (json)', async () => {
    const { code, stdout, stderr } = await cli(['check', ...COMMON, '--format', 'json']);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const report = parseReport(stdout);
    const errors = report.diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => [d.ruleId, d.file, d.line, d.column])).toEqual([
      ['credit-code', 'three-errors/enterprises/91532524MA6U9PW5KX.yaml', 2, 14],
      ['syntax', 'three-errors/enterprises/broken.yaml', 6, 1],
      ['unknown-enterprise', 'three-errors/recognitions.csv', 2, 1],
    ]);
    expect(errors[0]).toMatchObject({ value: '91532524MA6U9PW5KX', expected: '91532524MA6U9PW5KM' });
    expect(errors[2]).toMatchObject({ value: '91532502MA6W3RY8D8' });
    expect(report.summary).toMatchObject({ errors: 3, files: 5 });
  });

  it('prints them as file:line:col in the text format, with a summary line', async () => {
    const { code, stdout } = await cli(['check', ...COMMON]);
    expect(code).toBe(1);
    expect(stdout).toContain('three-errors/enterprises/91532524MA6U9PW5KX.yaml\n  2:14  error');
    expect(stdout).toContain('three-errors/enterprises/broken.yaml\n  6:1  error  YAML syntax error');
    expect(stdout).toContain('three-errors/recognitions.csv\n  2:1  error  a recognition names enterprise 91532502MA6W3RY8D8');
    expect(stdout).toMatch(/✖ \d+ problems? \(3 errors, \d+ warnings?\) in 5 files/);
  });

  it('annotates the three lines for GitHub', async () => {
    const { code, stdout } = await cli(['check', ...COMMON, '--format', 'github']);
    expect(code).toBe(1);
    const errors = stdout.split('\n').filter((l) => l.startsWith('::error '));
    expect(errors.map((l) => /file=([^,]+),line=(\d+)/.exec(l)?.slice(1))).toEqual([
      ['three-errors/enterprises/91532524MA6U9PW5KX.yaml', '2'],
      ['three-errors/enterprises/broken.yaml', '6'],
      ['three-errors/recognitions.csv', '2'],
    ]);
  });

  it('exits 0 when only the other files are reported on', async () => {
    const { code, stdout } = await cli(['check', ...COMMON, '--format', 'json', 'three-errors/enterprises/91532503MA6T4LH2N1.yaml']);
    expect(code).toBe(0);
    expect(parseReport(stdout).diagnostics).toEqual([]);
  });
});

describe('a missing data folder', () => {
  it.each([
    ['--data pointing nowhere', ['check', '--data', 'no-such-folder', '--lang', 'en']],
    ['no ./data in the cwd', ['check', '--lang', 'en']],
    ['--data pointing nowhere, json format', ['check', '--data', 'no-such-folder', '--format', 'json', '--lang', 'en']],
  ])('%s: exit 2, nothing on stdout, exactly one line on stderr', async (_name, argv) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^hh-srdi: data folder not found: (no-such-folder|data) /);
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+/);
  });

  it('says it in Chinese with --lang zh', async () => {
    const { code, stderr } = await cli(['check', '--data', 'no-such-folder', '--lang', 'zh']);
    expect(code).toBe(2);
    expect(stderr).toBe('hh-srdi: 找不到数据文件夹 no-such-folder（用 --data DIR 指定，或运行 hh-srdi init 新建）\n');
  });
});
