import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  addYears,
  dayOfYear,
  daysBetween,
  endOfQuarter,
  isIsoDate,
  isLeapYear,
  isoDateInShanghai,
  parseDate,
  parseQuarter,
  yearOf,
  type Quarter,
} from '../../src/model/dates.js';
import { runs } from '../fuzz/params.js';

const toFullWidth = (s: string): string => s.replace(/[0-9]/gu, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Every accepted spelling of y-m-d. */
function spellings(y: number, m: number, d: number): string[] {
  const yyyy = pad(y, 4);
  const plain = [
    `${yyyy}-${pad(m, 2)}-${pad(d, 2)}`,
    `${yyyy}-${m}-${d}`,
    `${yyyy}/${m}/${d}`,
    `${yyyy}/${pad(m, 2)}/${pad(d, 2)}`,
    `${yyyy}.${m}.${d}`,
    `${yyyy}年${m}月${d}日`,
    `${yyyy}年${pad(m, 2)}月${pad(d, 2)}日`,
    `${yyyy}${pad(m, 2)}${pad(d, 2)}`,
  ];
  // Excel and WPS write a date-time cell to CSV with its time of day; it is dropped.
  const timed = [`${plain[2]} 0:00`, `${plain[0]} 23:59:59`, `${plain[0]}T08:30`, `${plain[5]} 14:05:00.123`];
  return [...plain, ...timed, ...plain.map(toFullWidth), ...plain.map((s) => ` \t${s}\u3000`), `\u200b${plain[0]}\u200f`];
}

const utcDate = fc.date({
  min: new Date('0001-01-01T00:00:00Z'),
  max: new Date('9999-12-31T23:59:59.999Z'),
  noInvalidDate: true,
});
const isoDate = utcDate.map((t) => t.toISOString().slice(0, 10));
const days = fc.integer({ min: -20_000, max: 20_000 });

describe('parseDate', () => {
  it.each(spellings(2025, 9, 3))('reads %j', (raw) => {
    expect(parseDate(raw)).toEqual({ ok: true, value: '2025-09-03' });
  });

  it.each([
    ['2025年9月3', '2025-09-03'],
    ['2025 年 9 月 3 日', '2025-09-03'],
    ['\u200B2025-09-03\uFEFF', '2025-09-03'],
    ['2024-02-29', '2024-02-29'],
    ['2000-02-29', '2000-02-29'],
    ['2025-12-31', '2025-12-31'],
  ])('reads %j as %s', (raw, value) => {
    expect(parseDate(raw)).toEqual({ ok: true, value });
  });

  it.each([
    '2025-02-29',
    '1900-02-29',
    '2025-13-01',
    '2025-00-10',
    '2025-01-32',
    '2025-04-31',
    '2025-9/3',
    '25-9-3',
    '2025-009-03',
    '20251301',
    '2025090',
    '2025-09-03T00:00:00Z',
    '2025-09-03T00:00:00+08:00',
    '2025-09-03 24:00',
    '2025-09-03 12:60',
    '2025-09-03 12',
    '9/3/2025',
    '3.9.2025',
    `2025-09-03${' '.repeat(100)}x`,
    '2025年13月1日',
    '0000-01-01',
    'yesterday',
    '',
    '   ',
    '45000',
  ])('rejects %j', (raw) => {
    expect(parseDate(raw)).toEqual({ ok: false });
  });

  it.each([null, undefined, true, {}, [], 45000, 20250903, new Date(Number.NaN)])('rejects %j', (raw) => {
    expect(parseDate(raw)).toEqual({ ok: false });
  });

  it('reads a Date by its UTC calendar day', () => {
    expect(parseDate(new Date('2025-09-03T00:00:00Z'))).toEqual({ ok: true, value: '2025-09-03' });
    expect(parseDate(new Date('2025-09-03T23:59:59.999Z'))).toEqual({ ok: true, value: '2025-09-03' });
  });
});

describe('Excel serials', () => {
  const excel = { excelSerial: true };
  it.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [45000, '2023-03-15'],
    [45000.75, '2023-03-15'],
    ['45000', '2023-03-15'],
    [' ４５０００ ', '2023-03-15'],
    [2958465, '9999-12-31'],
    ['20250903', '2025-09-03'], // 8 digits: a compact date, since serials stop at 7 digits
  ])('%j → %s', (serial, value) => {
    expect(parseDate(serial, excel)).toEqual({ ok: true, value });
  });

  it.each([0, 60, '60', -1, 2958466, '2958466', Number.POSITIVE_INFINITY, Number.NaN, '45000.5', '-5'])('rejects %j', (serial) => {
    expect(parseDate(serial, excel)).toEqual({ ok: false });
  });

  it('counts consecutive days after the fake 1900-02-29', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958464 }), (serial) => {
        const today = parseDate(serial, excel);
        const tomorrow = parseDate(serial + 1, excel);
        expect(today.ok && tomorrow.ok && daysBetween(today.value, tomorrow.value)).toBe(1);
      }),
    );
  });
});

describe('arithmetic', () => {
  it('computes the last day of a 3-year recognition', () => {
    expect(addDays(addYears('2025-11-08', 3), -1)).toBe('2028-11-07');
  });

  it.each([
    ['2024-02-29', 1, '2025-02-28'],
    ['2024-02-29', 4, '2028-02-29'],
    ['2024-02-29', -1, '2023-02-28'],
    ['2024-02-29', 100, '2124-02-29'],
    ['2023-02-28', 1, '2024-02-28'],
    ['2025-12-31', 0, '2025-12-31'],
  ])('addYears(%s, %i) = %s', (d, n, expected) => {
    expect(addYears(d, n)).toBe(expected);
  });

  it.each([
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['0099-12-31', 1, '0100-01-01'], // Date.UTC would read year 99 as 1999
  ])('addDays(%s, %i) = %s', (d, n, expected) => {
    expect(addDays(d, n)).toBe(expected);
  });

  it('counts days, days of the year and years', () => {
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-01-01', '2024-01-01')).toBe(-366);
    expect(daysBetween('2025-09-03', '2025-09-03')).toBe(0);
    expect(dayOfYear('2025-01-01')).toBe(1);
    expect(dayOfYear('2025-12-31')).toBe(365);
    expect(dayOfYear('2024-12-31')).toBe(366);
    expect(dayOfYear('2024-03-01')).toBe(61);
    expect(yearOf('2027-06-30')).toBe(2027);
  });

  it('knows leap years', () => {
    expect([1900, 2000, 2023, 2024, 2100, 2400].map(isLeapYear)).toEqual([false, true, false, true, false, true]);
  });

  it('throws on a non-ISO argument', () => {
    expect(() => addDays('2025-9-3', 1)).toThrow(RangeError);
    expect(() => addDays('2025-09-03', 0.5)).toThrow(RangeError);
    expect(() => daysBetween('2025-02-29', '2025-03-01')).toThrow(RangeError);
  });

  it('validates ISO dates', () => {
    expect(['2025-09-03', '2024-02-29'].map(isIsoDate)).toEqual([true, true]);
    expect(['2025-9-3', '2025-02-29', ' 2025-09-03', 20250903, undefined].map(isIsoDate)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('Asia/Shanghai', () => {
  it.each([
    ['2025-12-31T15:59:59.999Z', '2025-12-31'],
    ['2025-12-31T16:00:00.000Z', '2026-01-01'],
    ['2025-06-30T23:00:00.000Z', '2025-07-01'],
    ['1969-12-31T16:00:00.000Z', '1970-01-01'],
    ['1969-12-31T15:59:59.000Z', '1969-12-31'],
  ])('%s is %s in Shanghai', (instant, date) => {
    expect(isoDateInShanghai(new Date(instant))).toBe(date);
  });
});

describe('quarters', () => {
  it.each<[number, Quarter, string]>([
    [2026, 1, '2026-03-31'],
    [2026, 2, '2026-06-30'],
    [2026, 3, '2026-09-30'],
    [2026, 4, '2026-12-31'],
  ])('endOfQuarter(%i, %i) = %s', (year, q, expected) => {
    expect(endOfQuarter(year, q)).toBe(expected);
  });

  it.each(['2026Q1', '2026-Q1', '2026q1', ' ２０２６Ｑ１ '])('parses %j', (raw) => {
    expect(parseQuarter(raw)).toEqual({ year: 2026, quarter: 1 });
  });

  it.each(['2026Q5', '2026Q0', '26Q1', '2026-Q', '2026 Q1', 'Q1 2026', ''])('rejects %j', (raw) => {
    expect(parseQuarter(raw)).toBeUndefined();
  });
});

describe('properties', () => {
  it('reads back every accepted spelling of a valid date', () => {
    fc.assert(
      fc.property(isoDate, (iso) => {
        const [y, m, d] = iso.split('-').map(Number);
        for (const raw of spellings(y, m, d)) expect(parseDate(raw)).toEqual({ ok: true, value: iso });
      }),
      runs(100),
    );
  });

  it('reads back the Excel serial of any date Excel can hold, with or without a time fraction', () => {
    const excelDate = isoDate.filter((d) => d >= '1900-03-01');
    fc.assert(
      fc.property(excelDate, fc.integer({ min: 0, max: 999 }), (iso, fraction) => {
        const serial = daysBetween('1899-12-30', iso); // day 0 of the 1900 system, after its fake 29 February
        expect(parseDate(serial, { excelSerial: true })).toEqual({ ok: true, value: iso });
        expect(parseDate(serial + fraction / 1000, { excelSerial: true })).toEqual({ ok: true, value: iso });
        expect(parseDate(serial)).toEqual({ ok: false }); // never without the option (YAML)
      }),
      runs(100),
    );
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.string({ maxLength: 80 }), fc.string({ unit: fc.constantFrom(...'0123456789-/.年月日 T:Z+０１', '\u200b'), maxLength: 30 })), fc.boolean(), (raw, excelSerial) => {
        const r = parseDate(raw, { excelSerial });
        if (r.ok) expect(isIsoDate(r.value)).toBe(true);
      }),
      runs(500),
    );
  });

  it('reads a Date as its UTC day', () => {
    fc.assert(
      fc.property(utcDate, (t) => {
        expect(parseDate(t)).toEqual({ ok: true, value: t.toISOString().slice(0, 10) });
      }),
    );
  });

  it('addDays is invertible and agrees with daysBetween', () => {
    fc.assert(
      fc.property(isoDate.filter((d) => d >= '0100' && d < '9900'), days, (d, n) => {
        const moved = addDays(d, n);
        expect(isIsoDate(moved)).toBe(true);
        expect(addDays(moved, -n)).toBe(d);
        expect(daysBetween(d, moved)).toBe(n);
      }),
    );
  });

  it('agrees with the platform for years from 100 on', () => {
    fc.assert(
      fc.property(isoDate.filter((d) => d >= '0100'), days, (d, n) => {
        const expected = new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
        fc.pre(/^\d{4}-/u.test(expected));
        expect(addDays(d, n)).toBe(expected);
      }),
    );
  });
});

describe('time zone independence', () => {
  const original = process.env.TZ;
  afterEach(() => {
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['UTC', 'America/Los_Angeles', 'Asia/Shanghai', 'Pacific/Kiritimati', 'Pacific/Pago_Pago'])('gives the same answers in %s', (tz) => {
    process.env.TZ = tz;
    expect(parseDate(new Date('2025-09-03T00:00:00Z'))).toEqual({ ok: true, value: '2025-09-03' });
    expect(parseDate(45000, { excelSerial: true })).toEqual({ ok: true, value: '2023-03-15' });
    expect(isoDateInShanghai(new Date('2025-12-31T16:00:00Z'))).toBe('2026-01-01');
    expect(addDays('2025-03-09', 1)).toBe('2025-03-10');
    expect(daysBetween('2025-03-01', '2025-11-30')).toBe(274);
  });
});
