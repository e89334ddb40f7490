import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCreditCode,
  computeCheckChar,
  creditCodeDivision,
  makeCreditCode,
  normaliseCreditCode,
} from '../../src/model/credit-code.js';
import { cleanText } from '../../src/model/parse.js';
import { runs } from '../fuzz/params.js';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const alphabetChar = fc.constantFrom(...ALPHABET);
const digit = fc.constantFrom(...'0123456789');
const chars = (char: fc.Arbitrary<string>, n: number): fc.Arbitrary<string> =>
  fc.array(char, { minLength: n, maxLength: n }).map((cs) => cs.join(''));
// Authority and type, division code (digits), organisation code.
const first17 = fc
  .tuple(chars(alphabetChar, 2), chars(digit, 6), chars(alphabetChar, 9))
  .map((parts) => parts.join(''));

describe('checkCreditCode', () => {
  it.each([
    '91110000600037341L',
    '121200004013590816',
    '9144030071526726XG',
    '91530000216586610Q',
    '91530000216563275J',
    '9153000021652214XX',
  ])('accepts %s', (code) => {
    expect(checkCreditCode(code)).toEqual({ ok: true });
  });

  it('reports the expected check character', () => {
    expect(checkCreditCode('91530000216524184W')).toEqual({ ok: false, reason: 'check', expected: '3' });
  });

  it.each([
    ['', 'length'],
    ['91530000216586610', 'length'],
    ['91530000216586610QQ', 'length'],
    ['91530000216586610q', 'charset'], // lower case is normalised before checking
    ['9153000021658661OQ', 'charset'], // O is not in the alphabet
    ['915300002165866I0Q', 'charset'],
    ['91S30000216586610Q', 'charset'],
    ['91A30000216586610Q', 'charset'], // division code must be digits
    ['9153000021658661-Q', 'charset'],
  ])('rejects %j (%s)', (code, reason) => {
    expect(checkCreditCode(code)).toMatchObject({ ok: false, reason });
  });
});

describe('normaliseCreditCode', () => {
  it.each([
    ['91530000216586610Q', '91530000216586610Q', false, false],
    ['91530000216586610q', '91530000216586610Q', true, true],
    ['９１５３００００２１６５８６６１０Ｑ', '91530000216586610Q', true, false],
    ['９１５３００００２１６５８６６１０ｑ', '91530000216586610Q', true, true],
    [' 9153 0000 2165 8661 0Q\t', '91530000216586610Q', true, false],
    ['\uFEFF91530000\u200B216586610Q\u00A0', '91530000216586610Q', true, false],
    ['\u3000915300002165866\u200D10Q\n', '91530000216586610Q', true, false],
  ])('%j → %s', (raw, code, changed, lowercase) => {
    expect(normaliseCreditCode(raw)).toEqual({ code, changed, lowercase });
    expect(checkCreditCode(normaliseCreditCode(raw).code)).toEqual({ ok: true });
  });

  it('returns a code already in normal form as it is, exactly as the full normalisation would', () => {
    const unit = fc.constantFrom(...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (code) => {
        expect(normaliseCreditCode(code)).toEqual({ code, changed: false, lowercase: false });
        // A leading blank takes the full path (NFKC, blanks removed, upper case) to the same code.
        expect(normaliseCreditCode(` ${code}`)).toEqual({ code, changed: true, lowercase: false });
      }),
      runs(200),
    );
  });
});

describe('helpers', () => {
  it('computes check characters and divisions', () => {
    expect(computeCheckChar('91110000600037341')).toBe('L');
    expect(computeCheckChar('9153000021652214X')).toBe('X');
    expect(computeCheckChar('1234')).toBeUndefined();
    expect(computeCheckChar('9111000060003734I')).toBeUndefined();
    expect(creditCodeDivision('91530000216586610Q')).toBe('530000');
  });

  it('makeCreditCode appends the check character and refuses bad input', () => {
    expect(makeCreditCode('91110000600037341')).toBe('91110000600037341L');
    expect(() => makeCreditCode('9111000060003734')).toThrow(RangeError);
  });

  // Why every single substitution is caught: 31 is prime and no weight is 0 mod 31, so changing a
  // value by δ ≠ 0 (mod 31) changes the weighted sum by w·δ ≠ 0 (mod 31).
  it('has no weight that hides a substitution', () => {
    const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
    weights.forEach((w, i) => expect(w).toBe(3 ** i % 31));
    for (const w of weights) for (let delta = 1; delta < 31; delta++) expect((w * delta) % 31).not.toBe(0);
  });
});

describe('properties', () => {
  it('makeCreditCode always yields a valid code', () => {
    fc.assert(
      fc.property(first17, (start) => {
        expect(checkCreditCode(makeCreditCode(start))).toEqual({ ok: true });
      }),
    );
  });

  it('detects any single-character substitution', () => {
    fc.assert(
      fc.property(first17, fc.nat(17), alphabetChar, (start, position, replacement) => {
        const code = makeCreditCode(start);
        fc.pre(code.charAt(position) !== replacement);
        const changed = code.slice(0, position) + replacement + code.slice(position + 1);
        expect(checkCreditCode(changed).ok).toBe(false);
      }),
      runs(2000),
    );
  });

  /** A code as people paste it: blanks and invisible characters between characters, lower case, full width. */
  const messy = (code: string, gaps: string[], lower: boolean[], wide: boolean[]): string =>
    [...code]
      .map((c, i) => {
        const cased = lower[i] ? c.toLowerCase() : c;
        return (wide[i] ? String.fromCharCode(cased.charCodeAt(0) + 0xfee0) : cased) + gaps[i];
      })
      .join('');
  const gap = fc.constantFrom('', '', '', ' ', '\u00A0', '\u3000', '\t', '\u200B', '\u200D', '\uFEFF', '\u2060', '\u200E');
  const flags = fc.array(fc.boolean(), { minLength: 18, maxLength: 18 });

  it('reads back any valid code with blanks, lower case, full-width characters and invisible characters', () => {
    fc.assert(
      fc.property(first17, fc.array(gap, { minLength: 18, maxLength: 18 }), flags, flags, fc.constantFrom('', ' ', '\u3000'), (start, gaps, lower, wide, pad) => {
        const code = makeCreditCode(start);
        const raw = `${pad}${messy(code, gaps, lower, wide)}${pad}`;
        // As the loader reads it: a text cell (cleanText), then the credit-code normaliser.
        expect(normaliseCreditCode(cleanText(raw)).code).toBe(code);
        expect(normaliseCreditCode(cleanText(raw)).lowercase).toBe(lower.some((l, i) => l && /[A-Z]/u.test(code.charAt(i))));
      }),
      runs(300),
    );
  });
});
