/**
 * The common case of validation without zod (issue 9): a record whose keys are all canonical field
 * names and whose values all convert is turned into exactly what `schema.safeParse` would output,
 * by the same converters the schema's transforms use (src/model/fields.ts). Anything else — an
 * alias or unknown key, a value that does not convert, a missing required field, a field type with
 * no converter — returns INVALID, and the caller runs zod, which says precisely what is wrong.
 * test/load/fast-validate.test.ts checks the equivalence against zod on random records.
 */
import { z } from 'zod';
import { converterOf, INVALID, isDateField, type Convert } from '../model/fields.js';
import { isBlank, MAX_VALUE_CHARS, type TableRow } from './records.js';

export { INVALID } from '../model/fields.js';

interface Plan {
  keys: readonly string[];
  known: ReadonlySet<string>;
  converters: readonly Convert[];
  required: readonly boolean[];
  /** Date fields, whose 5-digit CSV cells may be Excel serials (validate.ts converts those). */
  dates: readonly boolean[];
}

const PLANS = new WeakMap<z.ZodObject, Plan>();

function unwrapOptional(schema: z.core.$ZodType): { inner: z.core.$ZodType; optional: boolean } {
  return schema instanceof z.ZodOptional ? { inner: schema.unwrap(), optional: true } : { inner: schema, optional: false };
}


/** A converter for any schema built from the field types: objects and arrays of them too. */
function compile(schema: z.core.$ZodType): Convert | undefined {
  const own = converterOf(schema);
  if (own) return own;
  if (schema instanceof z.ZodObject) {
    const plan = planOf(schema);
    return (raw) => (typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? convertNested(plan, raw as Record<string, unknown>) : INVALID);
  }
  if (schema instanceof z.ZodArray) {
    const item = compile(schema.element);
    if (!item) return undefined;
    return (raw) => {
      if (!Array.isArray(raw)) return INVALID;
      const out: unknown[] = [];
      for (const x of raw) {
        const v = item(x);
        if (v === INVALID) return INVALID;
        out.push(v);
      }
      return out;
    };
  }
  return undefined;
}

/** A field type with no converter (plan.yaml's ratios): records that have the field take the slow path. */
const NO_CONVERTER: Convert = () => INVALID;

function planOf(schema: z.ZodObject): Plan {
  let plan = PLANS.get(schema);
  if (plan === undefined) {
    const keys = Object.keys(schema.shape);
    const parts = keys.map((key) => ({ ...unwrapOptional(schema.shape[key]), dates: isDateField(schema.shape[key]) }));
    plan = {
      keys,
      known: new Set(keys),
      converters: parts.map((p) => compile(p.inner) ?? NO_CONVERTER),
      required: parts.map((p) => !p.optional),
      dates: parts.map((p) => p.dates),
    };
    PLANS.set(schema, plan);
  }
  return plan;
}

/**
 * A nested object (a YAML award, an earlier county) as zod parses it: unknown keys are dropped, blank
 * values are NOT special there (zod sees them), so only exact input is accepted.
 */
function convertNested(plan: Plan, raw: Record<string, unknown>): unknown {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(raw)) if (!plan.known.has(key)) return INVALID;
  for (let i = 0; i < plan.keys.length; i++) {
    const key = plan.keys[i];
    const v = raw[key];
    if (v === undefined) {
      if (plan.required[i]) return INVALID;
      continue;
    }
    const c = plan.converters[i](v);
    if (c === INVALID) return INVALID;
    out[key] = c;
  }
  return out;
}

type Fast = (values: Readonly<Record<string, unknown>>, inject: Readonly<Record<string, unknown>> | undefined, csv: boolean) => Record<string, unknown> | typeof INVALID;
const COMPILED = new WeakMap<z.ZodObject, Fast>();

/**
 * `schema.safeParse({ ...canonical(values), ...inject }).data`, or INVALID when that is not a plain
 * success with canonical keys. `csv`: cells are spreadsheet text (a 5-digit date cell may be an Excel
 * serial, which the slow path converts).
 */
export function fastValidate(schema: z.ZodObject, values: Readonly<Record<string, unknown>>, inject: Readonly<Record<string, unknown>> | undefined, csv: boolean): Record<string, unknown> | typeof INVALID {
  let fast = COMPILED.get(schema);
  if (!fast) COMPILED.set(schema, (fast = compileObject(planOf(schema))));
  return fast(values, inject, csv);
}

/**
 * One function per schema with the field names written into its code, as ajv does: V8 then reads
 * and writes named properties through inline caches and gives the output fast properties, where a
 * loop over the keys made dictionary-mode objects (profiled: 3× slower to build, slower to read).
 * Only the property names come from the schema — identifiers of our own code, quoted by JSON.stringify.
 *
 * `source` is where a field's written value is read: a record's values (`values[key]`), or a CSV
 * row's cells by column (`cells[i]`, undefined for a field the file has no column for). `checks` run
 * first: what makes the record zod's business whatever its fields (unknown keys, oversized values).
 */
function generate(plan: Plan, params: string, checks: readonly string[], source: (key: string) => string | undefined, csv: string): (...args: never[]) => Record<string, unknown> | typeof INVALID {
  const lines = [...checks, 'const out = {};', 'let v, c;'];
  plan.keys.forEach((key, i) => {
    const k = JSON.stringify(key);
    const read = source(key);
    lines.push(`v = inject === undefined ? undefined : inject[${k}];`, 'if (v === undefined) {');
    if (read === undefined) {
      if (plan.required[i]) lines.push('  return INVALID;');
    } else {
      lines.push(`  v = ${read};`, `  if (isBlank(v)) ${plan.required[i] ? 'return INVALID;' : 'v = undefined;'}`);
      if (plan.dates[i]) lines.push(`  else if (${csv} && typeof v === 'string' && SERIAL.test(v)) return INVALID;`);
    }
    lines.push('}', 'if (v !== undefined) {', `  c = converters[${i}](v);`, '  if (c === INVALID) return INVALID;', `  out[${k}] = c;`, '}');
  });
  lines.push('return out;');
  const factory = new Function('known', 'converters', 'isBlank', 'INVALID', 'MAX', 'SERIAL', `return function fast(${params}) {\n${lines.join('\n')}\n};`);
  return factory(plan.known, plan.converters, isBlank, INVALID, MAX_VALUE_CHARS, EXCEL_SERIAL_LIKE);
}

function compileObject(plan: Plan): Fast {
  const checks = [
    'for (const key in values) {',
    '  if (!known.has(key)) return INVALID;',
    '  const v = values[key];',
    "  if (typeof v === 'string' && v.length > MAX) return INVALID;",
    '}',
  ];
  return generate(plan, 'values, inject, csv', checks, (key) => `values[${JSON.stringify(key)}]`, 'csv') as Fast;
}

const EXCEL_SERIAL_LIKE = /^\s*\d{5}(?:\.\d+)?\s*$/u;

type FastRow = (cells: readonly string[], inject: Readonly<Record<string, unknown>> | undefined) => Record<string, unknown> | typeof INVALID;

/**
 * `fastValidate(schema, row.layout.values(row.cells), inject, true)` without building the values:
 * compiled per file layout and schema, reading each field's cell by its column index.
 */
export function fastValidateRow(schema: z.ZodObject, row: TableRow, inject: Readonly<Record<string, unknown>> | undefined): Record<string, unknown> | typeof INVALID {
  let fast = row.layout.compiled.get(schema) as FastRow | undefined;
  if (!fast) row.layout.compiled.set(schema, (fast = compileRow(planOf(schema), row.layout.byField)));
  return fast(row.cells, inject);
}

function compileRow(plan: Plan, columns: ReadonlyMap<string, number>): FastRow {
  const checks: string[] = [];
  for (const [field, i] of columns) {
    // A column of a field this schema lacks makes a non-blank cell an unknown key; an oversized cell
    // is reported by zod even when an injected value replaces it.
    if (!plan.known.has(field)) checks.push(`if (!isBlank(cells[${i}])) return INVALID;`);
    else checks.push(`if (cells[${i}] !== undefined && cells[${i}].length > MAX && !isBlank(cells[${i}])) return INVALID;`);
  }
  return generate(plan, 'cells, inject', checks, (key) => (columns.has(key) ? `cells[${columns.get(key)}]` : undefined), 'true') as FastRow;
}

/**
 * `(value, extra) => ({ ...value without omit, ...extra })` for a schema's output, compiled like
 * `fastValidate` (object rest/spread of a 40-field record cost ~20 µs, most of building a row).
 */
export function reshaper<E extends Record<string, unknown>>(schema: z.ZodObject, omit: string, extra: readonly (keyof E & string)[]): (value: Readonly<Record<string, unknown>>, add: E) => Record<string, unknown> {
  const lines = ['const out = {};'];
  for (const key of Object.keys(schema.shape)) {
    if (key === omit) continue;
    const k = JSON.stringify(key);
    lines.push(`if (value[${k}] !== undefined) out[${k}] = value[${k}];`);
  }
  for (const key of extra) lines.push(`out[${JSON.stringify(key)}] = add[${JSON.stringify(key)}];`);
  lines.push('return out;');
  return new Function('value', 'add', lines.join('\n')) as (value: Readonly<Record<string, unknown>>, add: E) => Record<string, unknown>;
}
