import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './harness.js';

describe('hh-srdi init', () => {
  it('scaffolds a folder that passes check, with the official plan and targets', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hh-init-'));
    const r = await cli(['init', 'county-data'], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/created \d+ files in county-data/);
    expect(readFileSync(join(cwd, 'county-data/targets.csv'), 'utf8')).toBe(readFileSync('data/targets.csv', 'utf8'));
    expect(readFileSync(join(cwd, 'county-data/.schemas/enterprise.schema.json'), 'utf8')).toMatch(/draft-07/);
    // The pool template is inactive: an active pools file would (rightly) fail pool-size for every county.
    expect(readFileSync(join(cwd, 'county-data/pools/2026.csv.example'), 'utf8')).toMatch(/^统一社会信用代码,企业名称,层级/);
    const c = await cli(['check', '--data', 'county-data', '--as-of', '2026-11-28', '--format', 'json', '--config', '/dev/null'], { cwd });
    const report = JSON.parse(c.stdout) as { summary: { errors: number } };
    expect(report.summary.errors).toBe(0);
  });

  it('writes a config that applies when hh-srdi runs in the folder', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hh-init-'));
    expect((await cli(['init', 'county-data'], { cwd })).code).toBe(0);
    expect(readFileSync(join(cwd, 'county-data/hh-srdi.config.yaml'), 'utf8')).toMatch(/^data: \.$/mu);
    const inside = await cli(['check', '--as-of', '2026-11-28', '--format', 'json'], { cwd: join(cwd, 'county-data') });
    const fromParent = await cli(['check', '--data', 'county-data', '--as-of', '2026-11-28', '--format', 'json', '--config', '/dev/null'], { cwd });
    const summary = (out: string) => (JSON.parse(out) as { summary: { files: number; errors: number } }).summary;
    expect(inside.code).toBe(0);
    expect(summary(inside.stdout)).toEqual(summary(fromParent.stdout));
  });

  it('refuses to overwrite existing files', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'hh-init-'));
    mkdirSync(join(cwd, 'data'));
    writeFileSync(join(cwd, 'data/plan.yaml'), 'mine');
    const r = await cli(['init'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/refusing to overwrite existing files: plan\.yaml/);
    expect(readFileSync(join(cwd, 'data/plan.yaml'), 'utf8')).toBe('mine');
  });
});
