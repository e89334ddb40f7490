/**
 * Value types of the data files as zod schemas: each accepts what people actually type (full-width
 * digits, "12.5%", "1,234.5", 2025/9/3, 是/否, 创新型…) and yields the normalised value. The input
 * side is what `hh-srdi schema` publishes; invalid values carry a bilingual detail and the expectation.
 */
import { z } from 'zod';
import { parseBoolean, parseList, parseNumber, cleanText, type NumberUnit } from './parse.js';
import { parseDate } from './dates.js';
import { tierFromText } from './tiers.js';
import type { TierId } from './types.js';

export interface Expectation {
  zh: string;
  en: string;
}

const EXPECT = {
  money: { zh: '金额（万元），如 1234.5', en: 'an amount in 万元, e.g. 1234.5' },
  percent: { zh: '百分比，如 12.5 或 12.5%', en: 'a percentage, e.g. 12.5 or 12.5%' },
  count: { zh: '非负整数', en: 'a whole number ≥ 0' },
  number: { zh: '数字', en: 'a number' },
  year: { zh: '四位年份，如 2024', en: 'a four-digit year, e.g. 2024' },
  date: { zh: '日期，如 2025-09-03', en: 'a date such as 2025-09-03' },
  boolean: { zh: '是/否（true/false）', en: 'true/false (是/否)' },
  tier: { zh: '创新型 / 专精特新 / 小巨人', en: 'innovative | srdi | little-giant' },
  text: { zh: '非空文本', en: 'non-empty text' },
} satisfies Record<string, Expectation>;

const PARSE_DETAIL: Record<string, Expectation> = {
  'not-a-number': { zh: '不是数字', en: 'not a number' },
  'not-an-integer': { zh: '不是非负整数', en: 'not a whole number ≥ 0' },
  'yuan-not-wan': { zh: '单位不是万元（如“元”“亿元”）；请换算为万元（不自动换算）', en: 'not in 万元 (元, 亿元 …): convert it to 万元 — units are never converted silently' },
  'percent-out-of-range': { zh: '百分比超出 0–100', en: 'percentage outside 0–100' },
  'not-a-boolean': { zh: '不是是/否', en: 'not a yes/no value' },
  empty: { zh: '为空', en: 'empty' },
};

/** Params carried by our custom zod issues, read back when locating diagnostics. */
export interface IssueParams {
  detail_zh: string;
  detail_en: string;
  expected_zh: string;
  expected_en: string;
}

function fail(ctx: z.RefinementCtx, detail: Expectation, expected: Expectation): typeof z.NEVER {
  const params: IssueParams = { detail_zh: detail.zh, detail_en: detail.en, expected_zh: expected.zh, expected_en: expected.en };
  ctx.addIssue({ code: 'custom', message: detail.en, params: { ...params } });
  return z.NEVER;
}

const scalarInput = z.union([z.string(), z.number()]);

// What the loaders need to know about a field beyond its parser, kept off the published JSON Schema:
// the unit a CSV header may name (营业收入（万元）) and whether a CSV cell may hold an Excel date serial.
const UNITS = new WeakMap<z.core.$ZodType, NumberUnit>();
const DATES = new WeakSet<z.core.$ZodType>();

function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  return schema instanceof z.ZodOptional ? unwrap(schema.unwrap()) : schema;
}

/** The unit of a numeric field (optional or not), `undefined` for other fields. */
export function unitOf(schema: z.core.$ZodType): NumberUnit | undefined {
  return UNITS.get(unwrap(schema));
}

/** True for a calendar-date field (optional or not). */
export function isDateField(schema: z.core.$ZodType): boolean {
  return DATES.has(unwrap(schema));
}

/** What a converter returns for a value its schema would reject (zod then says why). */
export const INVALID: unique symbol = Symbol('invalid');
/** raw value → the schema's output, or INVALID: the schema's transform without zod's machinery. */
export type Convert = (raw: unknown) => unknown;
const CONVERTERS = new WeakMap<z.core.$ZodType, Convert>();

/** Registers the converter that computes exactly what `schema` outputs for an accepted value. */
function converts<S extends z.core.$ZodType>(schema: S, convert: Convert): S {
  CONVERTERS.set(schema, convert);
  return schema;
}

/** The converter of a field type made here, or undefined for other schemas. */
export function converterOf(schema: z.core.$ZodType): Convert | undefined {
  return CONVERTERS.get(schema);
}

const isScalar = (raw: unknown): raw is string | number => typeof raw === 'string' || typeof raw === 'number';

function numeric(unit: NumberUnit, expected: Expectation, description: string) {
  const schema = scalarInput
    .transform((raw, ctx) => {
      const r = parseNumber(raw, unit);
      return r.ok ? r.value : fail(ctx, PARSE_DETAIL[r.code] ?? PARSE_DETAIL['not-a-number'], expected);
    })
    .meta({ description });
  UNITS.set(schema, unit);
  return converts(schema, (raw) => {
    if (!isScalar(raw)) return INVALID;
    const r = parseNumber(raw, unit);
    return r.ok ? r.value : INVALID;
  });
}

export const money = (description: string) => numeric('money', EXPECT.money, `${description} (万元)`);
export const percent = (description: string) => numeric('percent', EXPECT.percent, `${description} (%)`);
export const count = (description: string) => numeric('count', EXPECT.count, description);
export const num = (description: string) => numeric('number', EXPECT.number, description);

function readYear(raw: string | number): number | typeof INVALID {
  const r = parseNumber(raw, 'count');
  return r.ok && r.value >= 1900 && r.value <= 2100 ? r.value : INVALID;
}

export const year = (description: string) =>
  converts(
    scalarInput
      .transform((raw, ctx) => {
        const y = readYear(raw);
        return y === INVALID ? fail(ctx, { zh: '不是有效年份', en: 'not a valid year' }, EXPECT.year) : y;
      })
      .meta({ description }),
    (raw) => (isScalar(raw) ? readYear(raw) : INVALID),
  );

export const isoDate = (description: string) => {
  const schema = scalarInput
    .transform((raw, ctx) => {
      const r = parseDate(raw);
      return r.ok ? r.value : fail(ctx, { zh: '不是有效日期', en: 'not a valid calendar date' }, EXPECT.date);
    })
    .meta({ description });
  DATES.add(schema);
  return converts(schema, (raw) => {
    if (!isScalar(raw)) return INVALID;
    const r = parseDate(raw);
    return r.ok ? r.value : INVALID;
  });
};

export const bool = (description: string) =>
  converts(
    z
      .union([z.boolean(), z.string(), z.number()])
      .transform((raw, ctx) => {
        const r = parseBoolean(raw);
        return r.ok ? r.value : fail(ctx, PARSE_DETAIL['not-a-boolean'], EXPECT.boolean);
      })
      .meta({ description }),
    (raw) => {
      if (!isScalar(raw) && typeof raw !== 'boolean') return INVALID;
      const r = parseBoolean(raw);
      return r.ok ? r.value : INVALID;
    },
  );

export const text = (description: string) =>
  converts(
    scalarInput
      .transform((raw, ctx) => {
        const t = cleanText(String(raw));
        return t === '' ? fail(ctx, PARSE_DETAIL.empty, EXPECT.text) : t;
      })
      .meta({ description }),
    (raw) => {
      if (!isScalar(raw)) return INVALID;
      const t = cleanText(String(raw));
      return t === '' ? INVALID : t;
    },
  );

export const list = (description: string) =>
  converts(
    z
      .union([z.array(scalarInput), z.string()])
      .transform((raw) => parseList(raw))
      .meta({ description }),
    (raw) => (typeof raw === 'string' || (Array.isArray(raw) && raw.every(isScalar)) ? parseList(raw) : INVALID),
  );

export const tier = (description: string) =>
  converts(
    z
      .string()
      .transform((raw, ctx): TierId => {
        const t = tierFromText(raw);
        return t ?? fail(ctx, { zh: `“${raw}” 不是培育层级`, en: `"${raw}" is not a tier` }, EXPECT.tier);
      })
      .meta({ description: `${description}: innovative 创新型中小企业 | srdi 专精特新中小企业 | little-giant 专精特新“小巨人”企业` }),
    (raw) => (typeof raw === 'string' ? (tierFromText(raw) ?? INVALID) : INVALID),
  );

/** An enum whose values may also be written in Chinese; `aliases` maps normalised text → value. */
export function choice<const T extends string>(values: readonly T[], aliases: Readonly<Record<string, T>>, description: string) {
  const lookup = new Map<string, T>();
  for (const v of values) lookup.set(v.toLowerCase(), v);
  for (const [k, v] of Object.entries(aliases)) lookup.set(k.toLowerCase(), v);
  const expected = { zh: [...values, ...Object.keys(aliases)].join(' / '), en: values.join(' | ') };
  return converts(
    z
      .string()
      .transform((raw, ctx): T => {
        const v = lookup.get(cleanText(raw).toLowerCase());
        return v ?? fail(ctx, { zh: `“${raw}” 不是可选值`, en: `"${raw}" is not one of the allowed values` }, expected);
      })
      .meta({ description: `${description}: ${expected.en}` }),
    (raw) => (typeof raw === 'string' ? (lookup.get(cleanText(raw).toLowerCase()) ?? INVALID) : INVALID),
  );
}
