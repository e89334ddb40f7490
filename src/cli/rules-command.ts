/** The `rules` command's definition; the catalogue (every rule module) loads only when it runs. */
import type { Command } from 'commander';
import type { Io } from './io.js';

export function registerRules(program: Command, io: Io): void {
  program
    .command('rules')
    .summary('list every rule with its default severity')
    .option('--markdown', 'print the README table')
    .action(async (flags: { markdown?: boolean }, cmd: Command) => {
      const { runRules } = await import('./rules.js');
      runRules({ lang: cmd.optsWithGlobals<{ lang?: string }>().lang, ...flags }, io);
    });
}
