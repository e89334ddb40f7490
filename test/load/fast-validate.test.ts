/**
 * The fast validation path must be zod, only faster: whenever it returns a record, zod accepts the
 * same input and outputs exactly that record (key order included). Random records mix valid values,
 * every written form the parsers accept, and junk.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { fastValidate, fastValidateRow, INVALID } from '../../src/load/fast-validate.js';
import { ColumnLayout } from '../../src/load/records.js';
import { cleanText, parseNumber } from '../../src/model/parse.js';
import { parseDate } from '../../src/model/dates.js';
import {
  annualTargetSchema, countySchema, enterpriseFileSchema, enterpriseSchema, indicatorsSchema, planSchema, poolSchema, recognitionSchema, targetSchema,
} from '../../src/model/schemas.js';
import { runs } from '../fuzz/params.js';

const SCHEMAS: [string, z.ZodObject][] = [
  ['indicators', indicatorsSchema], ['enterprise', enterpriseSchema], ['enterprise file', enterpriseFileSchema], ['recognition', recognitionSchema],
  ['pool', poolSchema], ['county', countySchema], ['target', targetSchema], ['annual target', annualTargetSchema], ['plan', planSchema],
];

const WORDS = [
  '91530000216586610Q', '蒙自市', '甲（示例）', 'ERP；MES', 'CAD、CAM', 'innovative', 'srdi', 'little-giant', '专精特新', '小巨人', '中型',
  'national', '省级', 'audit', '审计报告', 'own', 'none', 'in-pool', '已诊断', 'true', 'false', '是', '否', 'yes', '1', '0', '2', '-0', '2024',
  '2025', '1899', '12.5', '12.5%', '１２．５', '1,234.5', '1234.5万元', '300元', '-3', '101', '1e3', 'NaN', 'Infinity', '2024-06-07', '2024/6/7',
  '2024年6月7日', '20240607', '45903', '2025-02-30', '2024-06-07 10:30', '', ' ', '  a  b ', '\u200b蒙自', 'a\u0301', '__proto__', 'null',
];
const value: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 8 }) },
  { weight: 2, arbitrary: fc.oneof(fc.integer({ min: -5, max: 3000 }), fc.double({ noNaN: false }), fc.constantFrom(0, -0, 2024, 12.5)) },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.constantFrom(...WORDS), fc.integer(), fc.boolean(), fc.constant(null)), { maxLength: 3 }) },
  {
    weight: 1,
    arbitrary: fc.array(
      fc.dictionary(fc.constantFrom('level', 'kind', 'rank', 'year', 'name', 'county', 'until', 'extra'), fc.constantFrom(...WORDS, 2024, 1, null)),
      { maxLength: 2 },
    ),
  },
);

/** Valid required fields, so that random records often pass (otherwise the fast path is rarely taken). */
const BASE: Record<string, unknown> = {
  credit_code: '91530000216586610Q', name: '甲（示例）', county: '蒙自市', tier: 'srdi', recognized_on: '2024-06-07', year: '2025',
  code: '532503', increase: '3',
};

/** A valid base overwritten by random values of the schema's fields (and now and then a key it does not know). */
function record(schema: z.ZodObject): fc.Arbitrary<Record<string, unknown>> {
  const keys = [...Object.keys(schema.shape), '营业收入', 'unknown_key'];
  const base = Object.fromEntries(Object.keys(schema.shape).filter((k) => k in BASE).map((k) => [k, BASE[k]]));
  return fc.dictionary(fc.constantFrom(...keys), value, { maxKeys: 4 }).map((over) => ({ ...base, ...over }));
}

/** What the slow path hands zod: blank values dropped (they are unknown), then the injected fields. */
function zodInput(values: Record<string, unknown>, inject: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(values)) if (!(v === null || v === undefined || (typeof v === 'string' && v.trim() === ''))) out[k] = v;
  return { ...out, ...inject };
}

describe('fastValidate ≡ zod', () => {
  it.each(SCHEMAS)('%s: a record it accepts is exactly what zod outputs', (_name, schema) => {
    let fast = 0;
    fc.assert(
      fc.property(record(schema), fc.boolean(), fc.constantFrom({}, { credit_code: '91530000216586610Q' }, { year: 2024 }), (values, csv, inject) => {
        const got = fastValidate(schema, values, inject, csv);
        if (got === INVALID) return;
        fast++;
        const zod = schema.safeParse(zodInput(values, inject));
        expect(zod.success).toBe(true);
        expect(JSON.stringify(got)).toBe(JSON.stringify(zod.data));
        expect(got).toStrictEqual(zod.data);
      }),
      runs(400),
    );
    // Not vacuous: some random records take the fast path (valid values are common in WORDS).
    if (schema !== planSchema && schema !== enterpriseFileSchema) expect(fast).toBeGreaterThan(0);
  });

  it.each(SCHEMAS)('%s: a CSV row read from its cells is what its values give', (_name, schema) => {
    const fields = [...Object.keys(schema.shape), 'unknown_key'];
    const cell = fc.oneof(fc.constantFrom(...WORDS.filter((w) => typeof w === 'string'), 'x'.repeat(100_001), ' '.repeat(100_001)), fc.string({ maxLength: 6 }));
    const columns = fc.uniqueArray(fc.constantFrom(...fields), { maxLength: fields.length }).chain((names) =>
      fc.tuple(fc.constant(names), fc.array(cell, { minLength: 0, maxLength: names.length + 1 })),
    );
    fc.assert(
      fc.property(columns, fc.constantFrom(undefined, {}, { year: 2024 }, { credit_code: '91530000216586610Q' }), ([names, cells], inject) => {
        const layout = new ColumnLayout(names.map((n, i) => [i, n]));
        const base = names.map((n) => (n in BASE ? String(BASE[n]) : ''));
        const row = base.map((b, i) => cells[i] ?? b);
        const viaValues = fastValidate(schema, layout.values(row), inject, true);
        expect(fastValidateRow(schema, { cells: row, layout }, inject)).toStrictEqual(viaValues);
      }),
      runs(300),
    );
  });

  it('takes the fast path for a whole valid indicators row, CSV text or YAML values alike', () => {
    const row = {
      credit_code: '91530000216586610Q', year: '2024', revenue: '12476.8', main_revenue: '10424.5', rd_expense: '719.3', employees: '55',
      market_share_pct: '8.3', digital_systems: 'ERP;CRM', own_brand: '是', rd_institution: '自建', source: 'audit', reported_on: '2025-02-22',
    };
    const csv = fastValidate(indicatorsSchema, row, undefined, true);
    expect(csv).not.toBe(INVALID);
    expect(csv).toStrictEqual(indicatorsSchema.parse(row));
    const yaml = { ...row, year: 2024, revenue: 12476.8, employees: 55, digital_systems: ['ERP', 'CRM'], own_brand: true };
    expect(fastValidate(indicatorsSchema, yaml, undefined, false)).toStrictEqual(indicatorsSchema.parse(yaml));
  });

  it('leaves to zod: aliases and unknown keys, invalid values, missing required fields, Excel serial dates in CSV', () => {
    const base = { credit_code: '91530000216586610Q', tier: 'srdi', recognized_on: '2024-06-07' };
    expect(fastValidate(recognitionSchema, base, undefined, true)).not.toBe(INVALID);
    expect(fastValidate(recognitionSchema, { ...base, 层级: 'srdi' }, undefined, true)).toBe(INVALID);
    expect(fastValidate(recognitionSchema, { ...base, tier: '中型' }, undefined, true)).toBe(INVALID);
    expect(fastValidate(recognitionSchema, { credit_code: base.credit_code, tier: 'srdi' }, undefined, true)).toBe(INVALID);
    expect(fastValidate(recognitionSchema, { ...base, recognized_on: '45903' }, undefined, true)).toBe(INVALID);
    expect(fastValidate(recognitionSchema, { ...base, recognized_on: '45903' }, undefined, false)).toBe(INVALID);
    expect(fastValidate(recognitionSchema, { ...base, note: 'x'.repeat(100_001) }, undefined, false)).toBe(INVALID);
  });
});

describe('parser shortcuts agree with the full normalisation', () => {
  // A padded value never takes a shortcut (the padding is trimmed by the full path), so the two must agree.
  const plain = fc.string({ unit: fc.constantFrom(...'aZ09-_.,()#甲县市（）'), minLength: 1, maxLength: 12 });
  it('cleanText', () => {
    fc.assert(fc.property(plain, (s) => {
      expect(cleanText(s)).toBe(cleanText(` ${s} `));
    }), runs(300));
  });
  it('parseNumber', () => {
    const decimal = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }).map(String), fc.integer().map(String), fc.constantFrom('-0', '007', '1.50', '-0.0', '99999999999999999999'));
    fc.assert(
      fc.property(decimal, fc.constantFrom('money', 'percent', 'count', 'number' as const), (s, unit) => {
        expect(parseNumber(s, unit)).toStrictEqual(parseNumber(` ${s} `, unit));
      }),
      runs(300),
    );
  });
  it('parseDate', () => {
    const iso = fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(fc.property(iso, (s) => {
      expect(parseDate(s)).toStrictEqual(parseDate(` ${s} `));
    }), runs(300));
  });
});
