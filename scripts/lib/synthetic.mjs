// Shared by the two data generators (scripts/make-sample.mjs, scripts/bench/generate.mjs): a seeded
// PRNG and the GB 32100 check character, so both write valid, reproducible credit codes.

/** mulberry32: small, fast, good enough for synthetic data; returns floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** GB 32100-2015 alphabet (no I O S V Z) and weights. */
export const CC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** The check character of the first 17 characters of a credit code. */
export function creditCheckChar(first17) {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = CC_ALPHABET.indexOf(first17[i]);
    if (v < 0) throw new Error(`bad credit-code char ${first17[i]}`);
    sum += v * CC_WEIGHTS[i];
  }
  return CC_ALPHABET[(31 - (sum % 31)) % 31];
}
