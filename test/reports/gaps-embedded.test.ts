import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** Attachment 2 as published (test/fixtures/plan/targets.csv, typed from the notice independently of data/). */
function attachment2(): Map<string, number[]> {
  const [, ...lines] = readFileSync('test/fixtures/plan/targets.csv', 'utf8').trim().split('\n');
  return new Map(lines.map((l) => {
    const [name = '', ...cells] = l.split(',');
    return [name, cells.map(Number)];
  }));
}

interface Row {
  county: string;
  name: string;
  tier: 'innovative' | 'srdi' | 'little-giant';
  baseline: number;
  actual: number;
  increase: number;
  target: number;
  status: string;
}

function gapsOn(asOf: string): Row[] {
  const out = execFileSync(process.execPath, ['bin/hh-srdi.js', 'gaps', '--as-of', asOf, '--format', 'json'], { encoding: 'utf8', env: { ...process.env, FORCE_COLOR: '0' } });
  return (JSON.parse(out) as { rows: Row[] }).rows;
}

const TIER_INDEX = { innovative: 0, srdi: 1, 'little-giant': 2 } as const;

describe('the embedded data folder against Attachment 2', () => {
  const official = attachment2();
  const rows = gapsOn('2024-12-31');

  it('has every county and tier of Attachment 2, plus the prefecture total', () => {
    expect(rows).toHaveLength(14 * 3);
    expect(new Set(rows.map((r) => (r.county === 'total' ? '全州合计' : r.name)))).toEqual(new Set(official.keys()));
  });

  it('reproduces the baseline (截至2024年12月实有数) in every county and tier on 2024-12-31', () => {
    const mismatches = rows.filter((r) => r.actual !== r.baseline).map((r) => `${r.name} ${r.tier}: ${r.actual} held, baseline ${r.baseline}`);
    expect(mismatches).toEqual([]);
    for (const r of rows) {
      const cells = official.get(r.county === 'total' ? '全州合计' : r.name) ?? [];
      expect(r.baseline, `${r.name} ${r.tier}`).toBe(cells[TIER_INDEX[r.tier]]);
    }
  });

  it('always matches the increase and 2027 target columns', () => {
    for (const r of gapsOn('2026-03-31')) {
      const cells = official.get(r.county === 'total' ? '全州合计' : r.name) ?? [];
      expect([r.increase, r.target], `${r.name} ${r.tier}`).toEqual([cells[3 + TIER_INDEX[r.tier]], cells[6 + TIER_INDEX[r.tier]]]);
    }
  });
});
