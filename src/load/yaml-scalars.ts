/**
 * The characters and scalars of the YAML subset `yaml-fast.ts` reads: indicator tests and the YAML 1.2
 * core schema exactly as the yaml library resolves plain scalars, plus yaml.ts's rule that numbers
 * which would lose digits stay text.
 */

export const ESCAPES: Record<string, string> = { '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\' };
export const HEX = /^[0-9a-fA-F]+$/;

// The tests of the YAML 1.2 core schema (yaml/dist/schema/core).
const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

export const SPACE = 0x20;
export const LF = 0x0a;
export const CR = 0x0d;
export const HASH = 0x23;
export const COLON = 0x3a;
export const DASH = 0x2d;

export function isFlowIndicator(c: number): boolean {
  return c === 0x2c || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d;
}

/** A plain scalar may not start with an indicator; `-` only before a character that is not one. */
export function plainStart(c: number, next: number): boolean {
  switch (c) {
    case DASH:
      return !(next === SPACE || next === LF || next === CR || Number.isNaN(next) || isFlowIndicator(next) || next === HASH);
    case 0x3f: // ?
    case COLON:
    case 0x2c: // ,
    case 0x5b: // [
    case 0x5d: // ]
    case 0x7b: // {
    case 0x7d: // }
    case HASH:
    case 0x26: // &
    case 0x2a: // *
    case 0x21: // !
    case 0x7c: // |
    case 0x3e: // >
    case 0x27: // '
    case 0x22: // "
    case 0x25: // %
    case 0x40: // @
    case 0x60: // `
    case SPACE:
    case LF:
    case CR:
      return false;
    default:
      return !Number.isNaN(c);
  }
}

/**
 * The core-schema value of a plain scalar, as the yaml library resolves it. Its tests exclude one
 * another, so testing only those that the first character allows gives the library's answer.
 */
export function resolvePlain(text: string): unknown {
  const c = text.charCodeAt(0);
  switch (c) {
    case 0x7e: // ~
    case 0x6e: // n
    case 0x4e: // N
      return NULL.test(text) ? null : text;
    case 0x74: // t
    case 0x54: // T
    case 0x66: // f
    case 0x46: // F
      return BOOL.test(text) ? c === 0x74 || c === 0x54 : text;
  }
  if (!(isDigit(c) || c === 0x2b || c === DASH || c === 0x2e)) return text;
  if (INT.test(text)) return parseInt(text, 10);
  if (FLOAT.test(text) || FLOAT_EXP.test(text)) return parseFloat(text);
  if (INT_OCT.test(text)) return parseInt(text.substring(2), 8);
  if (INT_HEX.test(text)) return parseInt(text.substring(2), 16);
  if (FLOAT_NAN.test(text)) return text.slice(-3).toLowerCase() === 'nan' ? NaN : c === DASH ? -Infinity : Infinity;
  return text;
}

/** As yaml.ts's scalarValue: numbers that would lose digits (leading zeros, unsafe integers) stay text. */
export function plainValue(text: string): unknown {
  const value = resolvePlain(text);
  if (typeof value === 'number' && ((text.charCodeAt(0) === 0x30 && isDigit(text.charCodeAt(1))) || (Number.isInteger(value) && !Number.isSafeInteger(value)))) return text;
  return value;
}

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}
