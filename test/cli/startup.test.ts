/**
 * Issue 9 (start-up): `--help` and `<command> --help` load only commander and the command
 * definitions; what a command does is imported when it runs. Timing is left to the bench (a time
 * limit here would be flaky on a shared machine); these tests keep the structure that makes it fast.
 */
import { describe, expect, it } from 'vitest';
import { cli } from './harness.js';

/** Every help text, as commander prints it: the definitions and their help must not change when code moves. */
const HELP_ARGS = [
  ['--help'],
  ...['check', 'schema', 'gaps', 'assess', 'rules', 'init', 'export', 'diff', 'report'].map((c) => [c, '--help']),
  ...['pools', 'rollup', 'candidates', 'roadmap'].map((k) => ['export', k, '--help']),
  ['--version'],
];

describe('help', () => {
  it('prints every help text unchanged', async () => {
    const parts: string[] = [];
    for (const args of HELP_ARGS) {
      const r = await cli(args);
      parts.push(`$ hh-srdi ${args.join(' ')}  [exit ${r.code}]\n${r.stdout}${r.stderr}`);
    }
    await expect(parts.join('\n')).toMatchFileSnapshot('__golden__/help.txt');
  });
});
