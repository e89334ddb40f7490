/** Indexes over a Dataset so that rules and reports join in O(1), never by scanning (issue 9). */
import type { County, Dataset, Enterprise, Indicators, IsoDate, PoolEntry, Recognition, TierId } from './types.js';

export interface DatasetIndex {
  enterprise(creditCode: string): Enterprise | undefined;
  /** Recognitions of one enterprise, sorted by recognizedOn. */
  recognitionsOf(creditCode: string): readonly Recognition[];
  /** Indicator rows of one enterprise, sorted by year. */
  indicatorsOf(creditCode: string): readonly Indicators[];
  indicatorsFor(creditCode: string, year: number): Indicators | undefined;
  /** Resolves a county code, name, short name or alias (whitespace-insensitive). */
  county(text: string | undefined): County | undefined;
  countyByCode(code: string): County | undefined;
  /** The county an enterprise belonged to on a date (county history aware). */
  countyOn(enterprise: Enterprise, date: IsoDate): string | undefined;
  /** Pool entries of a year, in file order. */
  poolsOf(year: number): readonly PoolEntry[];
  poolYears(): number[];
  /** The recognition of `tier` valid on `date`, if any. */
  validRecognition(creditCode: string, tier: TierId, date: IsoDate): Recognition | undefined;
}

/** A recognition counts from recognizedOn through expiresOn inclusive, and stops on its revocation date. */
export function isValidOn(r: Recognition, date: IsoDate): boolean {
  return r.recognizedOn <= date && date <= r.expiresOn && (r.revokedOn === undefined || date < r.revokedOn);
}

export function countyKey(text: string): string {
  return text.normalize('NFKC').replace(/[\s\u200b-\u200d\ufeff]/g, '');
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

export function buildIndex(data: Dataset): DatasetIndex {
  const enterprises = new Map<string, Enterprise>();
  for (const e of data.enterprises) if (!enterprises.has(e.creditCode)) enterprises.set(e.creditCode, e);

  const recognitions = groupBy(data.recognitions, (r) => r.creditCode);
  for (const list of recognitions.values()) list.sort((a, b) => (a.recognizedOn < b.recognizedOn ? -1 : a.recognizedOn > b.recognizedOn ? 1 : 0));
  const indicators = groupBy(data.indicators, (r) => r.creditCode);
  for (const list of indicators.values()) list.sort((a, b) => a.year - b.year);
  const pools = groupBy(data.pools, (p) => String(p.year));

  const counties = new Map<string, County>();
  const byCode = new Map<string, County>();
  for (const c of data.counties) {
    byCode.set(c.code, c);
    for (const name of [c.code, c.name, c.shortName, ...c.aliases]) {
      if (name && !counties.has(countyKey(name))) counties.set(countyKey(name), c);
    }
  }

  const EMPTY: never[] = [];
  return {
    enterprise: (code) => enterprises.get(code),
    recognitionsOf: (code) => recognitions.get(code) ?? EMPTY,
    indicatorsOf: (code) => indicators.get(code) ?? EMPTY,
    indicatorsFor: (code, year) => indicators.get(code)?.find((i) => i.year === year),
    county: (text) => (text === undefined ? undefined : counties.get(countyKey(text))),
    countyByCode: (code) => byCode.get(code),
    countyOn(enterprise, date) {
      for (const h of enterprise.countyHistory) if (date <= h.until) return h.county;
      return enterprise.county;
    },
    poolsOf: (year) => pools.get(String(year)) ?? EMPTY,
    poolYears: () => [...pools.keys()].map(Number).sort((a, b) => a - b),
    validRecognition(code, tier, date) {
      const list = recognitions.get(code);
      if (!list) return undefined;
      for (const r of list) if (r.tier === tier && isValidOn(r, date)) return r;
      return undefined;
    },
  };
}
