/** JSON Schemas (draft-07) of every file kind, generated from the zod schemas (input side). */
import { z } from 'zod';
import { SCHEMAS, type FileKind } from './schemas.js';

const FILE_NAMES: Record<FileKind, string> = {
  plan: 'plan',
  counties: 'county',
  targets: 'target',
  'annual-targets': 'annual-target',
  enterprises: 'enterprise',
  recognitions: 'recognition',
  indicators: 'indicators',
  pools: 'pool-entry',
};

/** `{ "enterprise.schema.json": "…" }`, deterministic, 2-space JSON with a trailing newline. */
export function jsonSchemas(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const kind of Object.keys(FILE_NAMES).sort() as FileKind[]) {
    const schema = z.toJSONSchema(SCHEMAS[kind], { target: 'draft-7', io: 'input', unrepresentable: 'any' });
    const titled = { $schema: schema.$schema, $id: `https://hh-srdi.local/schemas/${FILE_NAMES[kind]}.schema.json`, title: `hh-srdi ${kind}`, ...schema };
    out[`${FILE_NAMES[kind]}.schema.json`] = `${JSON.stringify(titled, null, 2)}\n`;
  }
  return out;
}
