/** docs/assess.md stays true: every `$ hh-srdi assess …` example prints exactly what the block shows. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cli } from './harness.js';

const doc = readFileSync('docs/assess.md', 'utf8');
const examples = [...doc.matchAll(/```text\n\$ hh-srdi (assess[^\n]*)\n([\s\S]*?)\n```/gu)].map((m) => ({ command: m[1], shown: m[2] }));

/** A line "…" in the docs stands for any number of lines of the real output. */
function pattern(shown: string): RegExp {
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  const body = shown.split('\n').map((line) => (line === '…' ? '(?:[^\\n]*\\n)*?' : `${escape(line)}\\n`)).join('');
  return new RegExp(`^${body}$`, 'u');
}

describe('docs/assess.md', () => {
  it('has a worked example per tier and the --compare view', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    expect(examples.some((e) => e.command.includes('--compare'))).toBe(true);
  });

  it.each(examples.map((e) => [e.command, e.shown]))('$ hh-srdi %s', async (command, shown) => {
    const r = await cli(command.split(' '));
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(pattern(shown));
  });
});
