/** `hh-srdi schema [--out DIR]`: write the JSON Schemas that editors use for completion (options: schema-command.ts). */
import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { jsonSchemas } from '../model/json-schema.js';
import { fieldsMarkdown } from '../model/field-docs.js';
import type { Io } from './io.js';

export async function runSchema(flags: { out?: string; docs?: string }, io: Io): Promise<void> {
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
}
