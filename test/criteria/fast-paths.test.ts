/**
 * The evaluator's shortcuts (issue 9) against the slow formulas they replace: fmtNum's integer and
 * hand-trimmed paths, result() built by assignment, the compare-based de-duplication, the score item
 * literals (their key order is the JSON's) and the cached squashing of matched names.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scoreItem, type ItemEval, type ItemSpec } from '../../src/criteria/bands.js';
import { matchesAny } from '../../src/criteria/common.js';
import { type Base, result } from '../../src/criteria/evaluate.js';
import { provenance, unique, uniqueSources } from '../../src/criteria/facts.js';
import { lastYears } from '../../src/criteria/finance.js';
import { fmtNum, fmtNumGeneral } from '../../src/criteria/format.js';
import { CRITERION_LABELS, type CriterionId } from '../../src/criteria/labels.js';
import type { CriterionResult, Outcome, Provenance } from '../../src/criteria/types.js';
import type { Indicators } from '../../src/model/types.js';
import { PROPERTY_TIMEOUT, runs } from '../fuzz/params.js';
import { CODE, ORIGIN } from './builders.js';

const RUNS = runs(2000);

describe('fmtNum equals the general formula (toFixed, split, regexes)', () => {
  const decimals = fc.integer({ min: 0, max: 4 });
  const cases: [string, fc.Arbitrary<number>][] = [
    ['any double (NaN, ±Infinity, -0, subnormals, 1e21 and above)', fc.double()],
    ['integers around the thousands separators', fc.integer({ min: -10_000_000, max: 10_000_000 })],
    ['integers at the edge of the safe range', fc.integer({ min: -1000, max: 1000 }).map((k) => Number.MAX_SAFE_INTEGER * Math.sign(k || 1) - k)],
    ['money in cents', fc.integer({ min: -1e11, max: 1e11 }).map((c) => c / 100)],
    ['halves at the last kept decimal', fc.integer({ min: -1e7, max: 1e7 }).map((k) => k / 1000 + 0.0005)],
    ['ratios', fc.tuple(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 1, max: 1e6 })).map(([a, b]) => (a * 100) / b)],
    ['tiny and huge magnitudes', fc.tuple(fc.double({ min: -10, max: 10, noNaN: true }), fc.integer({ min: -12, max: 25 })).map(([m, e]) => m * 10 ** e)],
  ];
  it.each(cases)('%s', (_, numbers) => {
    fc.assert(fc.property(numbers, decimals, (n, d) => fmtNum(n, d) === fmtNumGeneral(n, d)), RUNS);
  }, PROPERTY_TIMEOUT);
  it.each([
    [0, '0'], [-0, '0'], [999, '999'], [1000, '1,000'], [-1000, '-1,000'], [-999.999, '-1,000'], [-0.004, '0'],
    [123456789, '123,456,789'], [Number.MAX_SAFE_INTEGER, '9,007,199,254,740,991'], [2 ** 53 + 2, '9,007,199,254,740,994'],
    [1e21, '1e+21'], [Number.NaN, 'NaN'], [-Infinity, '-Infinity'],
  ])('%s → %s', (n, text) => expect(fmtNum(n)).toBe(text));
});

/** result() as it was: a rest-destructuring and conditional spreads. */
function resultSpread(base: Base, outcome: Outcome, extra: Partial<CriterionResult> = {}): CriterionResult {
  const { missing = [], sources = [], ...rest } = extra;
  return {
    id: base.id,
    ...(base.group !== undefined && { group: base.group }),
    label: CRITERION_LABELS[base.id],
    outcome,
    ...(base.severity !== undefined && { severity: base.severity }),
    ...(base.note !== undefined && { note: base.note }),
    ...rest,
    missing: outcome === 'unknown' ? [...new Set(missing)] : [],
    sources: uniqueByKey(sources),
  };
}

function uniqueByKey(list: readonly Provenance[]): Provenance[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = `${s.field}@${s.year ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

const ids = Object.keys(CRITERION_LABELS).filter((id): id is CriterionId => id in CRITERION_LABELS);
const field = fc.constantFrom('revenue', 'rd_expense', 'employees', 'enterprise.niche_since', 'awards');
const year = fc.option(fc.constantFrom(2023, 2024, 2025), { nil: undefined });
const source: fc.Arbitrary<Provenance> = fc.record(
  { field, year, source: fc.constantFrom('audit' as const, 'tax' as const), reported_on: fc.constant('2026-03-18') },
  { requiredKeys: ['field'] },
);
// Up to 40 items from small pools: duplicates are common, and lists cross the lengths where the Set takes over.
const sources = fc.array(source, { maxLength: 40 });
const names = fc.array(fc.constantFrom('a', 'b', 'indicators.2025.revenue', 'indicators.2024.revenue', 'enterprise.niche_since'), { maxLength: 40 });
const text = fc.record({ zh: fc.string({ maxLength: 3 }), en: fc.string({ maxLength: 3 }) });
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined });
const base: fc.Arbitrary<Base> = fc.record(
  { id: fc.constantFrom(...ids), group: fc.constantFrom('eligibility', 'route', '专'), severity: fc.constant('advisory' as const), note: text },
  { requiredKeys: ['id'] },
);
// Optional keys absent, present, or present as undefined (a spread copies those too).
const extra = fc.record(
  {
    actual: maybe(fc.oneof(fc.string({ maxLength: 4 }), fc.integer())),
    required: maybe(fc.string({ maxLength: 4 })),
    year: maybe(fc.integer({ min: 2020, max: 2026 })),
    missing: maybe(names),
    sources: maybe(sources),
    severity: maybe(fc.constantFrom('required' as const, 'advisory' as const)),
    note: maybe(text),
    combine: maybe(fc.constantFrom('any-of' as const, 'all-of' as const)),
  },
  { requiredKeys: [] },
);

describe('result() built by assignment equals the spread version', () => {
  it('for random bases, outcomes and extras', () => {
    fc.assert(
      fc.property(base, fc.constantFrom<Outcome>('pass', 'fail', 'unknown'), extra, (b, outcome, x) => {
        const fast = result(b, outcome, x);
        expect(fast).toStrictEqual(resultSpread(b, outcome, x));
        // The lists are the result's own, never the caller's.
        if (x.missing !== undefined) expect(fast.missing).not.toBe(x.missing);
        if (x.sources !== undefined) expect(fast.sources).not.toBe(x.sources);
      }),
      runs(500),
    );
  }, PROPERTY_TIMEOUT);
});

describe('de-duplication by comparison equals the Set version', () => {
  it('unique keeps the first of each name, in order', () => {
    fc.assert(fc.property(names, (list) => {
      expect(unique(list)).toEqual([...new Set(list)]);
    }), RUNS);
  }, PROPERTY_TIMEOUT);
  it('uniqueSources keeps the first source of each field and year, in order', () => {
    fc.assert(fc.property(sources, (list) => {
      const fast = uniqueSources(list);
      const slow = uniqueByKey(list);
      expect(fast).toHaveLength(slow.length);
      fast.forEach((s, i) => expect(s).toBe(slow[i]));
    }), RUNS);
  }, PROPERTY_TIMEOUT);
});

describe('literals in place of spreads keep the JSON key order', () => {
  const itemEval: fc.Arbitrary<ItemEval> = fc.record(
    { lo: fc.integer({ min: 0, max: 5 }), hi: fc.integer({ min: 0, max: 5 }), actual: maybe(fc.string({ maxLength: 3 })), missing: names, sources },
    { requiredKeys: ['lo', 'hi', 'missing', 'sources'] },
  );
  it('scoreItem', () => {
    fc.assert(fc.property(itemEval, (r) => {
      const spec: ItemSpec = { id: 'x', label: { zh: '甲', en: 'a' }, max: 5, result: r };
      const { lo, hi, actual, missing } = r;
      const slow = {
        id: spec.id, label: spec.label, max: spec.max, ...(lo === hi && { points: lo }), range: [lo, hi],
        ...(actual !== undefined && { actual }), missing: lo === hi ? [] : missing, sources: r.sources,
      };
      expect(JSON.stringify(scoreItem(spec))).toBe(JSON.stringify(slow));
      expect(scoreItem(spec)).toStrictEqual(slow);
    }), RUNS);
  }, PROPERTY_TIMEOUT);
  it('provenance', () => {
    const row = fc.record(
      { year: fc.integer({ min: 2020, max: 2026 }), source: fc.constantFrom('audit' as const, 'tax' as const), reported_on: fc.constant('2026-03-18'), checked_on: fc.constant('2026-04-01') },
      { requiredKeys: ['year'] },
    );
    fc.assert(fc.property(row, fc.constantFrom('revenue', 'abnormal_operation', 'major_incident'), (r, f) => {
      const indicators: Indicators = { creditCode: CODE, origin: ORIGIN, ...r };
      const slow = {
        field: f, year: r.year, ...(r.source !== undefined && { source: r.source }), ...(r.reported_on !== undefined && { reported_on: r.reported_on }),
        ...(r.checked_on !== undefined && f !== 'revenue' && { checked_on: r.checked_on }),
      };
      expect(JSON.stringify(provenance(f, indicators))).toBe(JSON.stringify(slow));
    }), RUNS);
  }, PROPERTY_TIMEOUT);
});

describe('small helpers', () => {
  it('lastYears lists the years oldest first', () => {
    expect(lastYears(2025, 1)).toEqual([2025]);
    expect(lastYears(2025, 3)).toEqual([2023, 2024, 2025]);
  });
  it('matchesAny with squashed names cached equals squashing both every time', () => {
    const squash = (s: string): string => s.normalize('NFKC').replace(/[\s\-_/]/g, '').toUpperCase().replace('Ü', 'U');
    const word = fc.string({ unit: fc.constantFrom(...'iso9001 -_/ÜüＩＳＯ１４tüv质量'), maxLength: 10 });
    fc.assert(fc.property(word, fc.array(word, { maxLength: 4 }), (value, list) => {
      expect(matchesAny(value, list)).toBe(list.some((n) => squash(value).includes(squash(n))));
    }), RUNS);
  }, PROPERTY_TIMEOUT);
});
