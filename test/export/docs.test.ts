/** docs/exports.md documents every column of every export, in both languages. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidateColumns } from '../../src/export/candidates.js';
import { POOL_COLUMNS } from '../../src/export/pools.js';
import { ROADMAP_COLUMNS } from '../../src/export/roadmap.js';
import { rollupColumns } from '../../src/export/rollup.js';

const docs = readFileSync('docs/exports.md', 'utf8');

// The docs show the headers for --year 2026 --as-of 2026-11-28 (candidates: --year 2027).
const SETS: [string, readonly { key: string; zh: string; en: string }[]][] = [
  ['pools', POOL_COLUMNS],
  ['rollup', rollupColumns({ year: 2026, asOf: '2026-11-28', baselineDate: '2024-12-31', end: 2027 })],
  ['candidates', candidateColumns(2025)],
  ['roadmap', ROADMAP_COLUMNS],
];

describe('docs/exports.md', () => {
  it.each(SETS)('documents every %s column as a `中文` | `English` table row, in order', (kind, columns) => {
    const section = docs.slice(docs.indexOf(`### \`export ${kind}\``));
    const rows = columns.map((c) => `| \`${c.zh}\` | \`${c.en}\` |`);
    let at = 0;
    for (const row of rows) {
      const found = section.indexOf(row, at);
      expect(found, row).toBeGreaterThanOrEqual(0);
      at = found;
    }
  });

  it('shows the footer lines the CLI writes', async () => {
    const { footerLine } = await import('../../src/cli/export.js');
    const d = { ruleId: 'unknown-enterprise', severity: 'error', code: '', args: {}, message: '', file: 'f', line: 1, column: 1 } as const;
    expect(docs).toContain(footerLine([d], 'zh'));
    expect(docs).toContain(footerLine([d], 'en'));
  });
});
