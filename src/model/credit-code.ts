/**
 * Unified social credit codes (统一社会信用代码), GB 32100-2015: 18 characters — registering
 * authority, entity type, division code (3–8), organisation code (9–17) and a check character.
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;
// NFKC turns U+00A0 into a space, but \s does not cover the zero-width characters.
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF\u00A0]/gu;

export type CreditCodeCheck =
  | { ok: true }
  | { ok: false; reason: 'length' | 'charset' | 'check'; expected?: string };

/** Normalises a code as typed or pasted: full-width → half-width, no blanks, upper case. */
const CANONICAL = /^[0-9A-Z]*$/;

export function normaliseCreditCode(raw: string): { code: string; changed: boolean; lowercase: boolean } {
  // Codes as they should be written (the common case) are their own normal form.
  if (CANONICAL.test(raw)) return { code: raw, changed: false, lowercase: false };
  const compact = raw.normalize('NFKC').replace(INVISIBLE, '');
  const code = compact.toUpperCase();
  return { code, changed: code !== raw, lowercase: /[a-z]/u.test(compact) };
}

/** The check character for the first 17 characters, or undefined if they are not 17 alphabet characters. */
export function computeCheckChar(first17: string): string | undefined {
  if (first17.length !== 17) return undefined;
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const value = ALPHABET.indexOf(first17.charAt(i));
    if (value < 0) return undefined;
    sum += value * WEIGHTS[i];
  }
  return ALPHABET.charAt((31 - (sum % 31)) % 31);
}

export function checkCreditCode(code: string): CreditCodeCheck {
  if (code.length !== 18) return { ok: false, reason: 'length' };
  if (!SHAPE.test(code)) return { ok: false, reason: 'charset' };
  const expected = computeCheckChar(code.slice(0, 17));
  if (expected !== code.charAt(17)) return { ok: false, reason: 'check', expected };
  return { ok: true };
}

/** The administrative division code (GB/T 2260) the code was issued under: characters 3–8. */
export function creditCodeDivision(code: string): string {
  return code.slice(2, 8);
}

/** Appends the check character (fixture generators); throws on input that cannot start a code. */
export function makeCreditCode(first17: string): string {
  const check = computeCheckChar(first17);
  if (check === undefined) throw new RangeError(`not 17 credit-code characters: ${JSON.stringify(first17)}`);
  return first17 + check;
}
