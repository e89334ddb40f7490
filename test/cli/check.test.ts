import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './harness.js';

const cwd = 'test/fixtures/check-golden';
const FORMATS = ['text', 'json', 'github', 'sarif', 'markdown'] as const;

describe('hh-srdi check (end to end)', () => {
  it.each(FORMATS.flatMap((f) => [[f, 'en'], [f, 'zh']] as const))('--format %s --lang %s matches its golden file', async (format, lang) => {
    const r = await cli(['check', '--format', format, '--lang', lang, '--as-of', '2026-11-28'], { cwd });
    expect(r.code).toBe(1);
    await expect(`${r.stdout}\n--- stderr ---\n${r.stderr}\n--- exit ${r.code} ---\n`).toMatchFileSnapshot(`./__golden__/check.${lang}.${format}.txt`);
  });

  it('picks the github format under GitHub Actions and writes the markdown summary', async () => {
    const summary = join(mkdtempSync(join(tmpdir(), 'hh-')), 'summary.md');
    const r = await cli(['check', '--as-of', '2026-11-28'], { cwd, env: { GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: summary } });
    expect(r.stdout).toMatch(/^::error file=data\/enterprises\/a\.yaml,line=1,col=14/m);
    expect(readFileSync(summary, 'utf8')).toMatch(/^### hh-srdi check/m);
  });

  it('--quiet drops warnings; --max-warnings counts them', async () => {
    const quiet = await cli(['check', '--quiet', '--format', 'json'], { cwd });
    const report = JSON.parse(quiet.stdout) as { diagnostics: { severity: string }[] };
    expect(report.diagnostics.every((d) => d.severity === 'error')).toBe(true);
  });

  it('reports only the given files but still resolves references across the folder', async () => {
    const r = await cli(['check', 'data/pools/2026.csv', '--format', 'json'], { cwd });
    const files = new Set((JSON.parse(r.stdout) as { diagnostics: { file: string }[] }).diagnostics.map((d) => d.file));
    expect([...files]).toEqual(['data/pools/2026.csv']);
  });

  it('rule severities come from the config; off removes a rule', async () => {
    const r = await cli(['check', '--config', '../check-golden.config.yaml', '--format', 'json'], { cwd });
    const ids = (JSON.parse(r.stdout) as { diagnostics: { ruleId: string; severity: string }[] }).diagnostics;
    expect(ids.some((d) => d.ruleId === 'unknown-county')).toBe(false);
    expect(ids.filter((d) => d.ruleId === 'credit-code').map((d) => d.severity)).toEqual(['warn']);
  });

  it.each([
    [['check', '--data', 'no/such/folder'], /^hh-srdi: data folder not found: no\/such\/folder/],
    [['check', '--as-of', '2025-02-30'], /--as-of is not a valid date/],
    [['check', '--format', 'xml'], /argument 'xml' is invalid/],
    [['check', '--max-warnings', 'many'], /--max-warnings must be a whole number/],
    [['check', '--config', '../bad.config.yaml'], /invalid config|unknown rule/],
  ])('exits 2 with one clear line for %j', async (argv, message) => {
    const r = await cli(argv, { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
