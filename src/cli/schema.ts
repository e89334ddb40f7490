/** `hh-srdi schema [--out DIR]`: write the JSON Schemas that editors use for completion. */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { jsonSchemas } from '../model/json-schema.js';
import { fieldsMarkdown } from '../model/field-docs.js';
import type { Io } from './io.js';

export function registerSchema(program: Command, io: Io): void {
  program
    .command('schema')
    .summary('write JSON Schemas (draft-07) of every file kind')
    .option('-o, --out <dir>', 'folder to write to (default: print the list)')
    .option('--docs <file>', 'also write the field reference (docs/fields.md)')
    .addHelpText('after', '\nExamples:\n  $ hh-srdi schema --out schemas/\n  # then in a YAML file: # yaml-language-server: $schema=../schemas/enterprise.schema.json')
    .action(async (flags: { out?: string; docs?: string }) => {
      const schemas = jsonSchemas();
      if (flags.docs) {
        await mkdir(resolve(io.cwd, flags.docs, '..'), { recursive: true });
        await writeFile(resolve(io.cwd, flags.docs), fieldsMarkdown());
      }
      if (!flags.out) {
        for (const name of Object.keys(schemas)) io.stdout(`${name}\n`);
        return;
      }
      const dir = resolve(io.cwd, flags.out);
      await mkdir(dir, { recursive: true });
      for (const [name, text] of Object.entries(schemas)) await writeFile(join(dir, name), text);
      io.stderr(`wrote ${Object.keys(schemas).length} schemas to ${flags.out}\n`);
    });
}
