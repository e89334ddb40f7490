import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, parseBoolean, parseList, parseNumber, type NumberUnit } from '../../src/model/parse.js';
import { runs } from '../fuzz/params.js';

describe('parseNumber', () => {
  it.each<[unknown, NumberUnit, number]>([
    [12, 'number', 12],
    [-3.5, 'money', -3.5],
    [0, 'count', 0],
    ['1234.5', 'number', 1234.5],
    ['  42  ', 'number', 42],
    ['+7', 'number', 7],
    ['-7', 'number', -7],
    ['−7', 'number', -7], // U+2212 minus sign
    ['.5', 'number', 0.5],
    ['007', 'count', 7],
    ['1,234.5', 'number', 1234.5],
    ['1,234,567', 'count', 1234567],
    ['1，234', 'count', 1234],
    ['1 234', 'count', 1234],
    ['1\u00A0234', 'count', 1234],
    ['-1,234.25', 'money', -1234.25],
    ['１２３４．５', 'number', 1234.5],
    ['－１２', 'money', -12],
    ['１，２３４', 'count', 1234],
    ['\u200B12\uFEFF', 'number', 12],
    ['12.5', 'percent', 12.5],
    ['12.5%', 'percent', 12.5],
    ['12.5 %', 'percent', 12.5],
    ['１２．５％', 'percent', 12.5],
    ['0%', 'percent', 0],
    ['100%', 'percent', 100],
    [100, 'percent', 100],
    ['1500万元', 'money', 1500],
    ['1,500 万元', 'money', 1500],
    ['1500万', 'money', 1500],
    ['1500', 'money', 1500],
    ['-0', 'number', 0],
  ])('%j as %s → %d', (raw, unit, value) => {
    expect(parseNumber(raw, unit)).toEqual({ ok: true, value });
  });

  it.each<[unknown, NumberUnit, string]>([
    ['', 'number', 'empty'],
    ['   ', 'money', 'empty'],
    ['\u3000', 'count', 'empty'],
    [null, 'percent', 'empty'],
    [undefined, 'number', 'empty'],
    ['15000000元', 'money', 'yuan-not-wan'],
    ['1500 元', 'money', 'yuan-not-wan'],
    ['1.2亿元', 'money', 'yuan-not-wan'],
    ['1.2亿', 'money', 'yuan-not-wan'],
    ['3千元', 'money', 'yuan-not-wan'],
    ['5百万元', 'money', 'yuan-not-wan'],
    ['(1,234)', 'money', 'not-a-number'], // accounting negatives are not guessed
    ['12%', 'money', 'not-a-number'],
    ['1500元', 'number', 'not-a-number'],
    ['1500万元', 'number', 'not-a-number'],
    ['12%', 'number', 'not-a-number'],
    ['万元', 'money', 'not-a-number'],
    ['%', 'percent', 'not-a-number'],
    ['NaN', 'number', 'not-a-number'],
    ['Infinity', 'number', 'not-a-number'],
    ['-Infinity', 'number', 'not-a-number'],
    [Number.NaN, 'number', 'not-a-number'],
    [Number.POSITIVE_INFINITY, 'money', 'not-a-number'],
    ['0x1F', 'number', 'not-a-number'],
    ['1e3', 'number', 'not-a-number'],
    ['1e400', 'number', 'not-a-number'],
    ['1.2.3', 'number', 'not-a-number'],
    ['1,23', 'number', 'not-a-number'],
    ['1,2345', 'number', 'not-a-number'],
    ['1234,567', 'number', 'not-a-number'],
    ['1,234 567', 'number', 'not-a-number'],
    [',123', 'number', 'not-a-number'],
    ['5.', 'number', 'not-a-number'],
    ['1,234.', 'number', 'not-a-number'],
    ['--5', 'number', 'not-a-number'],
    ['+', 'number', 'not-a-number'],
    ['abc', 'number', 'not-a-number'],
    ['12 abc', 'number', 'not-a-number'],
    [true, 'number', 'not-a-number'],
    [{}, 'number', 'not-a-number'],
    [[12], 'number', 'not-a-number'],
    ['1.5', 'count', 'not-an-integer'],
    ['-1', 'count', 'not-an-integer'],
    [2.5, 'count', 'not-an-integer'],
    [1e300, 'count', 'not-an-integer'],
    ['101%', 'percent', 'percent-out-of-range'],
    ['-0.1', 'percent', 'percent-out-of-range'],
    [250, 'percent', 'percent-out-of-range'],
  ])('%j as %s → %s', (raw, unit, code) => {
    expect(parseNumber(raw, unit)).toEqual({ ok: false, code });
  });

  it('rejects a bigint (YAML never yields one; a caller bug)', () => {
    expect(parseNumber(12n, 'count')).toEqual({ ok: false, code: 'not-a-number' });
  });
});

describe('parseBoolean', () => {
  it.each<[unknown, boolean]>([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ...['true', 'TRUE', 'Yes', 'y', 'Y', '1', '是', '有', '√', '✓', '✔', ' yes ', 'ｙｅｓ', '１'].map((s): [string, boolean] => [s, true]),
    ...['false', 'False', 'NO', 'n', '0', '否', '无', '×', '✗', '✘', '\t否\u3000'].map((s): [string, boolean] => [s, false]),
  ])('%j → %s', (raw, value) => {
    expect(parseBoolean(raw)).toEqual({ ok: true, value });
  });

  it.each<[unknown, string]>([
    [null, 'empty'],
    [undefined, 'empty'],
    ['', 'empty'],
    ['  ', 'empty'],
    [2, 'not-a-boolean'],
    ['maybe', 'not-a-boolean'],
    ['是的', 'not-a-boolean'],
    ['yes no', 'not-a-boolean'],
    [{}, 'not-a-boolean'],
    [[true], 'not-a-boolean'],
  ])('%j → %s', (raw, code) => {
    expect(parseBoolean(raw)).toEqual({ ok: false, code });
  });
});

describe('parseList', () => {
  it.each<[unknown, string[]]>([
    [['ERP', ' MES ', '', 'ISO 9001'], ['ERP', 'MES', 'ISO 9001']],
    [[1, true, null, undefined, 'CE'], ['1', 'true', 'CE']],
    ['ERP;MES；CRM', ['ERP', 'MES', 'CRM']],
    ['ERP、MES,CRM，OA|SRM', ['ERP', 'MES', 'CRM', 'OA', 'SRM']],
    ['ERP MES\tCRM\nOA', ['ERP', 'MES', 'CRM', 'OA']],
    [' ; ERP ;; , MES ', ['ERP', 'MES']],
    ['\u200BERP', ['ERP']],
    ['', []],
    [null, []],
    [undefined, []],
    [{}, []],
    [42, ['42']],
  ])('%j → %j', (raw, items) => {
    expect(parseList(raw)).toEqual(items);
  });
});

describe('cleanText', () => {
  it.each([
    ['  红河州  ', '红河州'],
    ['蒙自市\u200B\u200C\u200D\uFEFF', '蒙自市'],
    ['a   b\t\tc\u3000d', 'a b c d'],
    ['first line\n  second', 'first line\n second'],
    ['e\u0301', '\u00E9'], // NFC composes
    ['ＡＢＣ', 'ＡＢＣ'], // NFC, not NFKC: names keep their full-width letters
  ])('%j → %j', (raw, clean) => {
    expect(cleanText(raw)).toBe(clean);
  });
});

describe('properties', () => {
  const units: NumberUnit[] = ['money', 'percent', 'count', 'number'];
  const anyInput = fc.oneof(fc.anything(), fc.string(), fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' }));

  it('never throws', () => {
    fc.assert(
      fc.property(anyInput, fc.constantFrom(...units), (raw, unit) => {
        parseNumber(raw, unit);
        parseBoolean(raw);
        parseList(raw);
        if (typeof raw === 'string') cleanText(raw);
      }),
      runs(2000),
    );
  });

  it('reads back every finite double JS prints without an exponent', () => {
    const plain = fc.double({ noNaN: true, noDefaultInfinity: true }).filter((x) => !/e/u.test(String(x)));
    fc.assert(
      fc.property(plain, (x) => {
        expect(parseNumber(String(x), 'number')).toEqual({ ok: true, value: x + 0 });
        expect(parseNumber(String(x), 'money')).toEqual({ ok: true, value: x + 0 });
      }),
    );
  });

  it('reads back integers written with thousands separators', () => {
    const separated = (n: number, sep: string): string => String(n).replace(/\B(?=(\d{3})+$)/gu, sep);
    fc.assert(
      fc.property(fc.maxSafeInteger().map(Math.abs), fc.constantFrom(',', '，', ' ', '\u00A0'), (n, sep) => {
        expect(parseNumber(separated(n, sep), 'count')).toEqual({ ok: true, value: n });
        expect(parseNumber(`-${separated(n, sep)}万元`, 'money')).toEqual({ ok: true, value: -n + 0 });
      }),
    );
  });

  it('reads back percentages in range', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }).filter((x) => !/e/u.test(String(x))), (x) => {
        expect(parseNumber(`${String(x)}%`, 'percent')).toEqual({ ok: true, value: x + 0 });
      }),
    );
  });

  const toFullWidth = (text: string): string => text.replace(/[0-9.,%+-]/gu, (c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
  const grouped = (x: number, sep: string): string => {
    const [int, frac] = String(Math.abs(x)).split('.');
    return `${x < 0 ? '-' : ''}${int.replace(/\B(?=(\d{3})+$)/gu, sep)}${frac === undefined ? '' : `.${frac}`}`;
  };
  const plainDouble = (min: number, max: number) => fc.double({ min, max, noNaN: true }).filter((x) => !/e/u.test(String(x)));

  it('reads back money however it is formatted: separators, full width, a 万元 or 万 suffix, blanks', () => {
    fc.assert(
      fc.property(
        plainDouble(-1e12, 1e12),
        fc.constantFrom(',', '，', ' ', '\u00A0', ''),
        fc.constantFrom('', '万元', ' 万元', '万', '万元\u200b'),
        fc.boolean(),
        (x, sep, suffix, fullWidth) => {
          const text = `${grouped(x, sep)}${suffix}`;
          expect(parseNumber(fullWidth ? toFullWidth(text) : text, 'money')).toEqual({ ok: true, value: x + 0 });
        },
      ),
      runs(300),
    );
  });

  it('reads back percentages however they are formatted: full-width digits and ％, with or without the sign', () => {
    fc.assert(
      fc.property(plainDouble(0, 100), fc.constantFrom('', '%', ' %', '％'), fc.boolean(), (x, sign, fullWidth) => {
        const text = `${String(x)}${sign}`;
        expect(parseNumber(fullWidth ? toFullWidth(text) : text, 'percent')).toEqual({ ok: true, value: x + 0 });
      }),
      runs(300),
    );
  });

  it('refuses money in any other unit, whatever the number', () => {
    fc.assert(
      fc.property(plainDouble(-1e9, 1e9), fc.constantFrom('元', ' 元', '亿元', '亿', '千元', '百万元'), (x, unit) => {
        expect(parseNumber(`${grouped(x, ',')}${unit}`, 'money')).toEqual({ ok: false, code: 'yuan-not-wan' });
      }),
      runs(200),
    );
  });

  it('cleanText is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        expect(cleanText(cleanText(s))).toBe(cleanText(s));
      }),
    );
  });
});
