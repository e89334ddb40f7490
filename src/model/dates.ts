/**
 * Calendar dates as ISO strings `YYYY-MM-DD`. All arithmetic is on UTC day numbers, so results
 * never depend on the machine's time zone. Functions taking an ISO date throw a RangeError on
 * anything else: that is a programming error, not bad data (bad data goes through parseDate).
 */
import { INVISIBLE } from './parse.js';
import type { IsoDate } from './types.js';

export type Quarter = 1 | 2 | 3 | 4;
export type DateParse = { ok: true; value: IsoDate } | { ok: false };

const DAY_MS = 86_400_000;
// Date.UTC maps years 0–99 to 1900–1999; shifting by one 400-year Gregorian cycle avoids that.
const CYCLE_YEARS = 400;
const CYCLE_DAYS = 146_097;
// Excel counts 1900-01-01 as serial 1 and pretends 1900 was a leap year (serial 60 = 1900-02-29).
const EXCEL_MAX_SERIAL = 2_958_465; // 9999-12-31
const UNIX_DAY_OF_1899_12_31 = -25_568;
const SHANGHAI_OFFSET_MS = 8 * 3_600_000; // UTC+8 all year: China has had no DST since 1991

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/u;
const TEXT_FORMATS = [
  /^(?<y>\d{4})(?<sep>[-/.])(?<m>\d{1,2})\k<sep>(?<d>\d{1,2})$/u,
  /^(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日?$/u,
  /^(?<y>\d{4})(?<m>\d{2})(?<d>\d{2})$/u,
];
// A time of day after the date, as Excel and WPS write date-time cells to CSV (`2025/9/3 0:00`); it is
// dropped. A zone (`Z`, `+08:00`) is not accepted: the calendar day would then depend on it.
const TIME_OF_DAY = /^(?<date>.+?)(?:\s+|T)(?<h>\d{1,2}):(?<min>\d{2})(?::(?<sec>\d{2})(?:\.\d{1,9})?)?$/u;
const MAX_DATE_TEXT = 64;
const QUARTER = /^(\d{4})-?Q([1-4])$/iu;
const QUARTERS: Readonly<Record<string, Quarter>> = { '1': 1, '2': 2, '3': 3, '4': 4 };

interface Ymd {
  y: number;
  m: number;
  d: number;
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return isLeapYear(y) ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

function validYmd(y: number, m: number, d: number): Ymd | undefined {
  if (y < 1 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
  return { y, m, d };
}

function toDayNumber({ y, m, d }: Ymd): number {
  return Date.UTC(y + CYCLE_YEARS, m - 1, d) / DAY_MS - CYCLE_DAYS;
}

function fromDayNumber(n: number): Ymd {
  const t = new Date(n * DAY_MS);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

function format({ y, m, d }: Ymd): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function ymdOf(s: string): Ymd | undefined {
  const match = ISO.exec(s);
  return match ? validYmd(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

function expectIso(s: IsoDate): Ymd {
  const ymd = ymdOf(s);
  if (!ymd) throw new RangeError(`not an ISO calendar date: ${JSON.stringify(s)}`);
  return ymd;
}

export function isIsoDate(s: unknown): s is IsoDate {
  return typeof s === 'string' && ymdOf(s) !== undefined;
}

function fromExcelSerial(serial: number): DateParse {
  if (serial < 1 || serial > EXCEL_MAX_SERIAL || serial === 60) return { ok: false };
  const day = UNIX_DAY_OF_1899_12_31 + serial - (serial > 60 ? 1 : 0);
  return { ok: true, value: format(fromDayNumber(day)) };
}

/** The date part of `date time`, or undefined when the time of day is out of range. */
function withoutTime(s: string): string | undefined {
  const t = TIME_OF_DAY.exec(s)?.groups;
  if (!t) return s;
  return Number(t.h) <= 23 && Number(t.min) <= 59 && Number(t.sec ?? 0) <= 59 ? t.date : undefined;
}

function fromText(raw: string, excelSerial: boolean): DateParse {
  // No date is longer; a multi-megabyte cell must not reach the (backtracking) patterns.
  if (raw.length > MAX_DATE_TEXT) return { ok: false };
  const trimmed = raw.normalize('NFKC').replace(INVISIBLE, '').trim();
  if (excelSerial && /^\d{1,7}$/u.test(trimmed)) return fromExcelSerial(Number(trimmed));
  const date = withoutTime(trimmed);
  return date === undefined ? { ok: false } : fromDateText(date);
}

function fromDateText(s: string): DateParse {
  for (const pattern of TEXT_FORMATS) {
    const parts = pattern.exec(s)?.groups;
    if (!parts) continue;
    const ymd = validYmd(Number(parts.y), Number(parts.m), Number(parts.d));
    return ymd ? { ok: true, value: format(ymd) } : { ok: false };
  }
  return { ok: false };
}

/**
 * Reads a date as people write it in spreadsheets and YAML: `2025-09-03`, `2025-9-3`, `2025/9/3`,
 * `2025.9.3`, `2025年9月3日`, `20250903` (full-width digits too), any of these followed by a time
 * of day without a zone (`2025/9/3 0:00`, dropped), a JS Date (its UTC day, as YAML
 * timestamps are UTC) and, with `excelSerial`, an Excel serial day number (time of day ignored).
 */
export function parseDate(raw: unknown, opts: { excelSerial?: boolean } = {}): DateParse {
  const excelSerial = opts.excelSerial === true;
  if (raw instanceof Date) {
    const ymd = Number.isNaN(raw.getTime())
      ? undefined
      : validYmd(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate());
    return ymd ? { ok: true, value: format(ymd) } : { ok: false };
  }
  if (typeof raw === 'number') {
    return excelSerial && Number.isFinite(raw) ? fromExcelSerial(Math.floor(raw)) : { ok: false };
  }
  if (typeof raw !== 'string') return { ok: false };
  // Already ISO (the common case): valid as written, or invalid whatever the other formats say.
  const iso = ISO.exec(raw);
  if (iso) return validYmd(Number(iso[1]), Number(iso[2]), Number(iso[3])) ? { ok: true, value: raw } : { ok: false };
  return fromText(raw, excelSerial);
}

export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isSafeInteger(n)) throw new RangeError(`not a whole number of days: ${n}`);
  return format(fromDayNumber(toDayNumber(expectIso(d)) + n));
}

/** Same month and day `n` years on; 29 February becomes 28 February in a common year. */
export function addYears(d: IsoDate, n: number): IsoDate {
  const { y, m, d: day } = expectIso(d);
  return format({ y: y + n, m, d: Math.min(day, daysInMonth(y + n, m)) });
}

/** `b − a` in days. */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(expectIso(b)) - toDayNumber(expectIso(a));
}

/** 1 for 1 January. */
export function dayOfYear(d: IsoDate): number {
  const ymd = expectIso(d);
  return toDayNumber(ymd) - toDayNumber({ y: ymd.y, m: 1, d: 1 }) + 1;
}

export function yearOf(d: IsoDate): number {
  return expectIso(d).y;
}

/** Today's calendar date in Asia/Shanghai for the instant `now`. */
export function isoDateInShanghai(now: Date): IsoDate {
  const t = now.getTime();
  if (Number.isNaN(t)) throw new RangeError('invalid Date');
  return format(fromDayNumber(Math.floor((t + SHANGHAI_OFFSET_MS) / DAY_MS)));
}

/** Last day of quarter `q` of `year`, e.g. 2026-03-31 for 2026 Q1. */
export function endOfQuarter(year: number, q: Quarter): IsoDate {
  const m = q * 3;
  return format({ y: year, m, d: daysInMonth(year, m) });
}

/** `2026Q1`, `2026-Q1`, `2026q1` (full-width and surrounding blanks tolerated). */
export function parseQuarter(raw: string): { year: number; quarter: Quarter } | undefined {
  const match = QUARTER.exec(raw.normalize('NFKC').trim());
  const quarter = match ? QUARTERS[match[2]] : undefined;
  return match && quarter ? { year: Number(match[1]), quarter } : undefined;
}
