/** The `schema` command's definition; the zod schemas load only when it runs (schema.ts). */
import type { Command } from 'commander';
import type { Io } from './io.js';

export function registerSchema(program: Command, io: Io): void {
  program
    .command('schema')
    .summary('write JSON Schemas (draft-07) of every file kind')
    .option('-o, --out <dir>', 'folder to write to (default: print the list)')
    .option('--docs <file>', 'also write the field reference (docs/fields.md)')
    .addHelpText('after', '\nExamples:\n  $ hh-srdi schema --out schemas/\n  # then in a YAML file: # yaml-language-server: $schema=../schemas/enterprise.schema.json')
    .action(async (flags: { out?: string; docs?: string }) => {
      const { runSchema } = await import('./schema.js');
      await runSchema(flags, io);
    });
}
