/**
 * The embedded sample's 2026 pools carry issue 4's teaching cases (scripts/make-sample.mjs). The
 * repository's hh-srdi.config.yaml lowers pool-size and pool-eligibility to warnings so that
 * `hh-srdi check` on the sample exits 0; with the default severities they are errors.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/harness.js';

interface Json {
  diagnostics: { ruleId: string; severity: string; file: string; line: number; message: string }[];
}

const TEACHING = [
  ['pool-size', 'data/pools/2026.csv', 2, '个旧市 2026 srdi pool: 12 filed, 14 required (2 × 7, derived) — 2 missing'],
  ['pool-eligibility', 'data/pools/2026.csv', 31, 'srdi pool member holds no valid innovative recognition on 2026-01-10 (filing date); the last one ended on 2025-08-11'],
  ['pool-deadline', 'data/pools/2026.csv', 73, 'filed for the 2026 innovative pool on 2026-01-20, after the 2026-01-15 deadline (5 days late)'],
  ['pool-size', 'data/pools/2026.csv', 133, '石屏县 2026 innovative pool: 7 filed, 8 required (2 × 4, derived) — 1 missing'],
];

async function poolFindings(extra: string[]): Promise<{ code: number; list: (string | number)[][] }> {
  const r = await cli(['check', '--as-of', '2026-11-28', '--format', 'json', ...extra]);
  const json = JSON.parse(r.stdout) as Json;
  return { code: r.code, list: json.diagnostics.filter((d) => d.ruleId.startsWith('pool-')).map((d) => [d.ruleId, d.severity, d.file, d.line, d.message]) };
}

describe('the embedded sample’s seed pools', () => {
  it('shows the teaching cases as warnings under the repository config, exiting 0', async () => {
    const { code, list } = await poolFindings([]);
    expect(code).toBe(0);
    expect(list).toEqual(TEACHING.map(([id, file, line, msg]) => [id, 'warn', file, line, msg]));
  });

  it('shows them as errors with the default severities (exit 1)', async () => {
    const strict = join(mkdtempSync(join(tmpdir(), 'hh-pools-')), 'hh-srdi.config.yaml');
    writeFileSync(strict, 'rules: {}\n');
    const { code, list } = await poolFindings(['--config', strict]);
    expect(code).toBe(1);
    expect(list.map(([id, severity]) => `${String(id)} ${String(severity)}`)).toEqual(['pool-size error', 'pool-eligibility error', 'pool-deadline warn', 'pool-size error']);
  });
});
