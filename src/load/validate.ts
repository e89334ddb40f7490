/**
 * zod validation of one located record. Each issue becomes a `schema` finding at the offending
 * value; a record with bad optional fields is kept without them (so one typo does not cascade into
 * "unknown enterprise" everywhere), a record missing a required field is dropped.
 */
import type { z } from 'zod';
import type { Draft, Location } from '../diagnostics.js';
import type { Origin } from '../model/types.js';
import { parseDate } from '../model/dates.js';
import { isDateField, type IssueParams } from '../model/fields.js';
import { fastValidate, fastValidateRow, INVALID } from './fast-validate.js';
import { fieldSet } from './headers.js';
import { canonicalise, displayPath, isBlank, isRecord, type RawRecord, type RecordLocator } from './records.js';

export interface Validated<T> {
  value?: T;
  /** Location of each canonical field's value. */
  readonly fields: Readonly<Record<string, Location>>;
  /** Each field's value as written. */
  readonly raw: Readonly<Record<string, string>>;
}

/**
 * A record that passed the fast path, and its origin: its keys were the canonical field names, so
 * where each field is written and its text are read back from the file when (rarely) asked for —
 * nothing per field is kept for the millions of values that never get a finding.
 */
class Located<T> implements Validated<T>, Origin {
  #value: T | undefined;
  #cache?: { fields: Record<string, Location>; raw: Record<string, string> };
  readonly #where: RecordLocator;
  readonly #sub: string | undefined;
  readonly #known: ReadonlySet<string>;

  constructor(
    value: T,
    /** The record's location, as its origin gives it. */
    readonly loc: Location,
    where: RecordLocator,
    sub: string | undefined,
    known: ReadonlySet<string>,
  ) {
    this.#value = value;
    this.#where = where;
    this.#sub = sub;
    this.#known = known;
  }

  get value(): T | undefined {
    return this.#value;
  }

  /** The origin alone: the validated value has been copied into the model and is let go. */
  detach(): this {
    this.#value = undefined;
    return this;
  }

  #load(): { fields: Record<string, Location>; raw: Record<string, string> } {
    if (!this.#cache) {
      const fields: Record<string, Location> = {};
      const raw: Record<string, string> = {};
      const where = this.#where;
      const fallback = (this.#sub && where.at(this.#sub)) || this.loc;
      const values = where.valuesAt(this.#sub ?? '');
      const prefix = this.#sub ? `${this.#sub}.` : '';
      for (const [key, v] of Object.entries(isRecord(values) ? values : {})) {
        if (!this.#known.has(key) || isBlank(v)) continue;
        fields[key] = where.at(prefix + key) ?? fallback;
        raw[key] = typeof v === 'object' ? JSON.stringify(v) : String(v);
      }
      this.#cache = { fields, raw };
    }
    return this.#cache;
  }

  get fields(): Record<string, Location> {
    return this.#load().fields;
  }

  get raw(): Record<string, string> {
    return this.#load().raw;
  }
}

/**
 * What a record's origin keeps once the model is built from `v.value` (read the value first): a
 * fast-path record is its own origin, minus its value (which the model holds in its own shape); the
 * slow path's field locations and texts are plain objects already.
 */
export function originOf(v: Validated<unknown>): Pick<Validated<unknown>, 'fields' | 'raw'> & { loc?: Location } {
  return v instanceof Located ? v.detach() : { fields: v.fields, raw: v.raw };
}

/** Where a record (or its sub-record) starts, as origins give it. */
export function recordLoc(record: RawRecord, sub?: string): Location {
  const loc = (sub && record.where.at(sub)) || record.loc;
  return { file: loc.file, line: loc.line, column: loc.column };
}

// Excel writes a date cell to CSV as its serial day number when the cell is not formatted as a date.
// Five digits only (10000–99999: 1927-05-18 … 2173-10-14), so a year (2025) or 20250903 is never one.
const EXCEL_SERIAL = /^\s*\d{5}(?:\.\d+)?\s*$/u;

/** CSV date cells holding an Excel serial → ISO dates (YAML never: there a number is not a date). */
function excelDates(schema: z.ZodObject, values: Record<string, unknown>): Record<string, unknown> {
  let out: Record<string, unknown> | undefined;
  for (const [key, v] of Object.entries(values)) {
    if (typeof v !== 'string' || !EXCEL_SERIAL.test(v) || !isDateField(schema.shape[key])) continue;
    const date = parseDate(Number(v), { excelSerial: true });
    if (date.ok) (out ??= { ...values })[key] = date.value;
  }
  return out ?? values;
}

/** Validates `record.values` (or the sub-record at `sub`) against `schema`. */
export function validateRecord<S extends z.ZodObject>(
  schema: S,
  record: RawRecord,
  drafts: Draft[],
  opts: { sub?: string; values?: Record<string, unknown>; inject?: Record<string, unknown> } = {},
): Validated<z.output<S>> {
  const fast =
    record.row && opts.values === undefined
      ? fastValidateRow(schema, record.row, opts.inject)
      : fastValidate(schema, opts.values ?? record.values, opts.inject, record.format === 'csv');
  if (fast !== INVALID) return new Located(fast as z.output<S>, recordLoc(record, opts.sub), record.where, opts.sub, fieldSet(schema).known);

  const prefix = opts.sub ? `${opts.sub}.` : '';
  const fallback: Location = (opts.sub && record.where.at(opts.sub)) || record.loc;
  const source = opts.values ?? record.values;

  const locOfPath = (path: string): Location => {
    let p = path;
    while (p !== '') {
      const l = record.where.at(prefix + p);
      if (l) return l;
      p = p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '';
    }
    return fallback;
  };
  const original = new Map<string, string>();
  const values = canonicalise(
    source,
    fieldSet(schema),
    (key) => record.where.keyAt(prefix + key) ?? locOfPath(key),
    [record.path, opts.sub].filter((x) => x !== undefined && x !== '').join('.'),
    drafts,
    original,
  );
  const locOf = (path: readonly PropertyKey[]): Location => {
    const [head, ...rest] = path.map(String);
    if (head === undefined) return fallback;
    return locOfPath([original.get(head) ?? head, ...rest].join('.'));
  };
  const fields: Record<string, Location> = {};
  const raw: Record<string, string> = {};
  for (const key of Object.keys(values)) {
    fields[key] = locOf([key]);
    const v = values[key];
    raw[key] = typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  const input = { ...(record.format === 'csv' ? excelDates(schema, values) : values), ...opts.inject };
  let result = schema.safeParse(input);
  if (!result.success) {
    const bad = new Set<string>();
    for (const issue of result.error.issues) {
      const head = issue.path.length > 0 ? String(issue.path[0]) : '';
      const field = issue.path.map(String).join('.');
      // zod 4 reports an absent union-typed field (text, money…) as invalid_union, not invalid_type.
      const missing = issue.code !== 'custom' && valueAt(input, issue.path) === undefined;
      const params = readParams(issue);
      drafts.push({
        ...locOf(issue.path),
        ruleId: 'schema',
        code: missing ? 'schema.required' : 'schema.invalid',
        args: missing
          ? { field }
          : { field, detail_zh: params?.detail_zh ?? issue.message, detail_en: params?.detail_en ?? issue.message },
        path: displayPath(record.path, opts.sub, field),
        ...(missing ? {} : { value: display(valueAt(input, issue.path)) }),
        ...(params ? { expected: { zh: params.expected_zh, en: params.expected_en } } : {}),
      });
      if (head) bad.add(head);
    }
    const retry: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(input)) if (!bad.has(k)) retry[k] = v;
    result = schema.safeParse(retry);
    if (!result.success) return { fields, raw };
  }
  return { value: result.data, fields, raw };
}

function readParams(issue: z.core.$ZodIssue): IssueParams | undefined {
  if (issue.code !== 'custom' || !issue.params) return undefined;
  const p = issue.params;
  const get = (k: string): string => (typeof p[k] === 'string' ? p[k] : '');
  return { detail_zh: get('detail_zh'), detail_en: get('detail_en'), expected_zh: get('expected_zh'), expected_en: get('expected_en') };
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let v: unknown = value;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function display(v: unknown): string {
  if (v === undefined) return '';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return s.length > 200 ? `${s.slice(0, 200)}…` : s;
}
