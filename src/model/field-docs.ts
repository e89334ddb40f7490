/** docs/fields.md, generated from the zod schemas and the header alias table (kept in step by a test). */
import { z } from 'zod';
import { ALIASES, SCHEMAS, type FileKind } from './schemas.js';

const FILES: Record<FileKind, string> = {
  plan: '`plan.yaml`',
  counties: '`counties.csv`',
  targets: '`targets.csv` (Attachment 2 layout)',
  'annual-targets': '`annual-targets.csv` (optional)',
  enterprises: '`enterprises/<credit_code>.yaml` or `enterprises.csv`',
  recognitions: '`recognitions.csv` or `recognitions:` inside an enterprise file',
  indicators: '`indicators.csv`, `indicators/<year>.csv` or `indicators:` inside an enterprise file',
  pools: '`pools/<year>.csv`',
};

function aliasesOf(field: string): string[] {
  return Object.keys(ALIASES)
    .filter((a) => ALIASES[a] === field)
    .sort();
}

interface JsonProp {
  description?: string;
  type?: string | string[];
}

export function fieldsMarkdown(): string {
  const out = ['# Data fields / 字段', '', 'Generated from the zod schemas by `npm run docs` — do not edit by hand.', ''];
  out.push('Column headers and YAML keys may be written in English or with any of the Chinese aliases (case, spaces and full-width brackets ignored).', '');
  for (const kind of Object.keys(FILES) as FileKind[]) {
    const schema = z.toJSONSchema(SCHEMAS[kind], { target: 'draft-7', io: 'input', unrepresentable: 'any' });
    const props: Record<string, JsonProp> = (schema.properties ?? {}) as Record<string, JsonProp>;
    const required = new Set(schema.required ?? []);
    out.push(`## ${kind}`, '', `File: ${FILES[kind]}`, '', '| field | required | accepted headers (中文) | description |', '|---|---|---|---|');
    for (const [name, prop] of Object.entries(props)) {
      const desc = (prop.description ?? (Array.isArray(prop.type) ? prop.type.join(' | ') : prop.type) ?? '').replace(/\|/g, '\\|');
      out.push(`| \`${name}\` | ${required.has(name) ? 'yes' : ''} | ${aliasesOf(name).join('、')} | ${desc} |`);
    }
    out.push('');
  }
  return out.join('\n');
}
