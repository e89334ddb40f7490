/**
 * Tolerant readers for the values people type into spreadsheets and YAML. They accept the usual
 * variants (full-width digits, thousands separators, 是/否 …) but never guess: a value in 元 is
 * rejected rather than divided by 10 000. An empty cell is `empty`, which callers treat as unknown.
 */

export type ParseCode =
  | 'empty'
  | 'not-a-number'
  | 'not-an-integer'
  | 'yuan-not-wan'
  | 'percent-out-of-range'
  | 'not-a-boolean';

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: ParseCode };

/** money: 万元; percent: 12.5 means 12.5 %; count: a whole number ≥ 0. */
export type NumberUnit = 'money' | 'percent' | 'count' | 'number';

/**
 * Invisible format characters pasted along with codes and names: zero-width space and joiners, word
 * joiner, BOM, soft hyphen, and the bidi marks and embeddings (which can also make text display in
 * a different order than it is read).
 */
export const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/gu;
// Thousands groups must be exactly 3 digits and use one separator throughout (`1,234,567`, `1 234`).
const DECIMAL = /^[+-]?(?:\d{1,3}(?<sep>[, ])\d{3}(?:\k<sep>\d{3})*|\d+)?(?:\.\d+)?$/u;
const TRUE_WORDS = new Set(['true', 'yes', 'y', '1', '是', '有', '√', '✓', '✔']);
const FALSE_WORDS = new Set(['false', 'no', 'n', '0', '否', '无', '×', '✗', '✘']);
// Any money unit but 万元 (or 万) is refused, never converted: 元, 千元, 百万元, 千万, 亿元, 亿 …
const OTHER_MONEY_UNIT = /(?:百万|千万|亿|千)元?$|(?:^|[^万])元$/u;
const LIST_SEPARATORS = /[;；、,，|｜\s]+/u;

const fail = (code: ParseCode): { ok: false; code: ParseCode } => ({ ok: false, code });

/**
 * Text that cleanText and toAsciiText return unchanged: printable ASCII, CJK ideographs (which NFC and
 * NFKC leave alone) and the full-width brackets of （示例）, single spaces between words. Most
 * values are like this; testing for it is much cheaper than normalising (profiled: issue 9).
 */
const PLAIN_TEXT = /^[\x21-\x7e\u3400-\u4dbf\u4e00-\u9fff\uff08\uff09]+(?: [\x21-\x7e\u3400-\u4dbf\u4e00-\u9fff\uff08\uff09]+)*$/u;
/** Plain decimals as programs write them (1234, 1234.5, -3): the common case of parseNumber. */
const PLAIN_DECIMAL = /^-?\d+(?:\.\d+)?$/;

/** NFC, no zero-width characters, no surrounding blanks, inner runs of blanks (not newlines) → one space. */
export function cleanText(raw: string): string {
  if (PLAIN_TEXT.test(raw)) return raw;
  return raw.normalize('NFC').replace(INVISIBLE, '').replace(/[^\S\r\n]+/gu, ' ').trim();
}

/** NFKC folds full-width digits, signs, `．`, `，` and `％` to ASCII; U+2212 is the typographic minus. */
function toAsciiText(raw: string): string {
  return cleanText(raw.normalize('NFKC')).replace(/\u2212/gu, '-');
}

function stripUnit(s: string, unit: NumberUnit): Parsed<string> {
  if (unit === 'percent') return { ok: true, value: s.replace(/\s*%$/u, '') };
  if (unit !== 'money') return { ok: true, value: s };
  return OTHER_MONEY_UNIT.test(s) ? fail('yuan-not-wan') : { ok: true, value: s.replace(/\s*万元?$/u, '') };
}

function readDecimal(s: string): Parsed<number> {
  if (!/\d/u.test(s) || !DECIMAL.test(s)) return fail('not-a-number');
  const value = Number(s.replace(/[, ]/gu, ''));
  return Number.isFinite(value) ? { ok: true, value: value + 0 } : fail('not-a-number');
}

function checkUnit(value: number, unit: NumberUnit): Parsed<number> {
  if (unit === 'count' && !(Number.isSafeInteger(value) && value >= 0)) return fail('not-an-integer');
  if (unit === 'percent' && !(value >= 0 && value <= 100)) return fail('percent-out-of-range');
  return { ok: true, value };
}

export function parseNumber(raw: unknown, unit: NumberUnit): Parsed<number> {
  if (raw === null || raw === undefined) return fail('empty');
  if (typeof raw === 'number') return Number.isFinite(raw) ? checkUnit(raw + 0, unit) : fail('not-a-number');
  if (typeof raw !== 'string') return fail('not-a-number');
  if (PLAIN_DECIMAL.test(raw)) return checkUnit(Number(raw) + 0, unit);
  const text = toAsciiText(raw);
  if (text === '') return fail('empty');
  const body = stripUnit(text, unit);
  if (!body.ok) return body;
  const number = readDecimal(body.value);
  return number.ok ? checkUnit(number.value, unit) : number;
}

export function parseBoolean(raw: unknown): Parsed<boolean> {
  if (raw === null || raw === undefined) return fail('empty');
  if (typeof raw === 'boolean') return { ok: true, value: raw };
  if (typeof raw !== 'number' && typeof raw !== 'string') return fail('not-a-boolean');
  // The words themselves (true, 是 …) are what normalising would give: no need to normalise them.
  if (TRUE_WORDS.has(raw as string)) return { ok: true, value: true };
  if (FALSE_WORDS.has(raw as string)) return { ok: true, value: false };
  const word = toAsciiText(String(raw)).toLowerCase();
  if (word === '') return fail('empty');
  if (TRUE_WORDS.has(word)) return { ok: true, value: true };
  return FALSE_WORDS.has(word) ? { ok: true, value: false } : fail('not-a-boolean');
}

function itemText(item: unknown): string {
  if (typeof item === 'string') return item;
  if (typeof item === 'number' || typeof item === 'boolean' || typeof item === 'bigint') return String(item);
  if (item === null || item === undefined) return '';
  try {
    return JSON.stringify(item) ?? '';
  } catch {
    return Object.prototype.toString.call(item);
  }
}

/** A list written as a YAML sequence or as one cell: `CAD；ERP、MES` → ['CAD', 'ERP', 'MES']. */
export function parseList(raw: unknown): string[] {
  if (Array.isArray(raw)) return raw.map((item) => cleanText(itemText(item))).filter((item) => item !== '');
  if (typeof raw === 'object' || raw === undefined) return [];
  return cleanText(itemText(raw))
    .split(LIST_SEPARATORS)
    .filter((item) => item !== '');
}
