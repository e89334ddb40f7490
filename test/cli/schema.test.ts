import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { jsonSchemas } from '../../src/model/json-schema.js';
import { fieldsMarkdown } from '../../src/model/field-docs.js';

describe('hh-srdi schema', () => {
  const generated = jsonSchemas();

  it('the committed schemas/ folder is identical to the generated schemas (run `npm run schemas`)', () => {
    const committed = readdirSync('schemas').filter((f) => f.endsWith('.schema.json')).sort();
    expect(committed).toEqual(Object.keys(generated).sort());
    for (const [name, text] of Object.entries(generated)) expect(readFileSync(`schemas/${name}`, 'utf8'), name).toBe(text);
  });

  it('docs/fields.md is generated from the schemas (run `npm run docs`)', () => {
    expect(readFileSync('docs/fields.md', 'utf8')).toBe(fieldsMarkdown());
  });

  it('publishes draft-07 schemas with the contract field names', () => {
    const enterprise = JSON.parse(generated['enterprise.schema.json']) as { $schema: string; properties: Record<string, unknown>; required: string[] };
    expect(enterprise.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(enterprise.properties)).toEqual(expect.arrayContaining(['credit_code', 'name', 'county', 'recognitions', 'indicators']));
    expect(enterprise.required).toEqual(['credit_code', 'name', 'county']);
  });
});
