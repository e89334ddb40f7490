/** The `init` command's definition; the scaffold (and the JSON Schemas it copies) loads only when it runs (init.ts). */
import type { Command } from 'commander';
import type { Io } from './io.js';

export function registerInit(program: Command, io: Io): void {
  program
    .command('init')
    .summary('scaffold a new data folder with the official plan and targets')
    .argument('[dir]', 'folder to create', 'data')
    .addHelpText('after', '\nExamples:\n  $ hh-srdi init            # ./data\n  $ hh-srdi init county-data')
    .action(async (dir: string) => {
      const { runInit } = await import('./init.js');
      await runInit(dir, io);
    });
}
