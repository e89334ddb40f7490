/**
 * Reading one enterprise's figures with provenance. A Fact is either known (value + where it came
 * from) or unknown (the canonical names of the missing fields) — unknown is never 0 (STYLE 8).
 */
import type { Award, Enterprise, Indicators } from '../model/types.js';
import type { AssessConfig, AssessInput, Provenance } from './types.js';

export interface Fact<T> {
  value: T | undefined;
  missing: string[];
  sources: Provenance[];
}

export type Field = Exclude<keyof Indicators, 'creditCode' | 'year' | 'origin'>;
export type NumField = { [K in Field]-?: NonNullable<Indicators[K]> extends number ? K : never }[Field];
type EnterpriseField = 'niche_since' | 'focus_area' | 'chain_role' | 'time_honoured' | 'chain_leader_supplier';

export function known<T>(value: T, sources: Provenance[] = []): Fact<T> {
  return { value, missing: [], sources };
}

export function unknown<T>(missing: string[], sources: Provenance[] = []): Fact<T> {
  return { value: undefined, missing, sources };
}

/** Combines facts: known only when every part is known. */
export function both<A, B, R>(a: Fact<A>, b: Fact<B>, fn: (a: A, b: B) => R | undefined): Fact<R> {
  const sources = uniqueSources([...a.sources, ...b.sources]);
  if (a.value === undefined || b.value === undefined) return unknown(unique([...a.missing, ...b.missing]), sources);
  const value = fn(a.value, b.value);
  // Not computable (a zero base): the fields it was computed from are what needs correcting.
  if (value === undefined) return unknown(unique(sources.map((s) => (s.year === undefined ? s.field : fieldName(s.field, s.year)))), sources);
  return known(value, sources);
}

export function unique(list: readonly string[]): string[] {
  // Lists here hold a few names: comparing them beats building a Set, unless one is long.
  if (list.length > 16) return [...new Set(list)];
  for (let i = 1; i < list.length; i++) {
    for (let j = 0; j < i; j++) if (list[i] === list[j]) return [...new Set(list)];
  }
  return list.slice();
}

/** The first source of each field and year, in order. */
export function uniqueSources(list: readonly Provenance[]): Provenance[] {
  if (list.length > 32) {
    const seen = new Set<string>();
    return list.filter((s) => {
      const key = `${s.field}@${s.year ?? ''}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }
  const out: Provenance[] = [];
  for (const s of list) {
    let seen = false;
    for (const t of out) {
      if (t.field === s.field && t.year === s.year) {
        seen = true;
        break;
      }
    }
    if (!seen) out.push(s);
  }
  return out;
}

/** a / b in percent, computed as a·100 / b so that round inputs give exact results (300 / 10 000 = 3). */
export function pct(a: number, b: number): number | undefined {
  return b > 0 ? (a * 100) / b : undefined;
}

export function provenance(field: string, row: Indicators): Provenance {
  const p: Provenance = { field, year: row.year };
  if (row.source !== undefined) p.source = row.source;
  if (row.reported_on !== undefined) p.reported_on = row.reported_on;
  if (row.checked_on !== undefined && COMPLIANCE.has(field)) p.checked_on = row.checked_on;
  return p;
}

/** `checked_on` dates the compliance flags only (SPEC §2). */
const COMPLIANCE = new Set(['abnormal_operation', 'serious_dishonest', 'major_incident']);

export function fieldName(field: string, year: number): string {
  return `indicators.${year}.${field}`;
}

export class Facts {
  readonly asOfYear: number;
  readonly lastYear: number;
  readonly enterprise: Enterprise;
  readonly config: AssessConfig;
  private readonly rows = new Map<number, Indicators>();

  constructor(readonly input: AssessInput) {
    this.asOfYear = Number(input.asOf.slice(0, 4));
    this.lastYear = input.lastYear;
    this.enterprise = input.enterprise;
    this.config = input.config ?? {};
    for (const row of input.indicators) if (!this.rows.has(row.year)) this.rows.set(row.year, row);
  }

  /** A flow or a year-end figure of one fiscal year (revenue, R&D, liabilities, staff…). */
  num(field: NumField, year: number): Fact<number> {
    const row = this.rows.get(year);
    const value = row?.[field];
    return row === undefined || value === undefined ? unknown([fieldName(field, year)]) : known(value, [provenance(field, row)]);
  }

  /**
   * A standing status (brand, certifications, IP stock, honours…): the most recent row from
   * lastYear − 1 up to year(asOf) that states it. Older rows are too stale to decide.
   */
  status<K extends Field>(field: K): Fact<NonNullable<Indicators[K]>> {
    for (let year = this.asOfYear; year >= this.lastYear - 1; year--) {
      const row = this.rows.get(year);
      const value = row?.[field];
      if (row !== undefined && value !== undefined && value !== null) return known(value, [provenance(field, row)]);
    }
    return unknown([fieldName(field, this.lastYear)]);
  }

  /** Every row of the years `from..to` that states `field` (compliance flags over 3 years). */
  rowsStating(field: Field, from: number, to: number): Indicators[] {
    const out: Indicators[] = [];
    for (let year = from; year <= to; year++) {
      const row = this.rows.get(year);
      if (row !== undefined && row[field] !== undefined) out.push(row);
    }
    return out;
  }

  own<K extends EnterpriseField>(field: K): Fact<NonNullable<Enterprise[K]>> {
    const value = this.enterprise[field];
    return value === undefined || value === null ? unknown([`enterprise.${field}`]) : known(value, [{ field: `enterprise.${field}` }]);
  }

  /**
   * Awards won in year(asOf) − 3 .. year(asOf) ("近三年") matching `test`, collected from every row.
   * None found is a known "none" only when a recent row states its awards list (even empty).
   */
  awards(test: (a: Award) => boolean): Fact<Award[]> {
    const found: Award[] = [];
    const sources: Provenance[] = [];
    for (const row of this.rows.values()) {
      for (const award of row.awards ?? []) {
        if (award.year >= this.asOfYear - 3 && award.year <= this.asOfYear && test(award)) {
          found.push(award);
          sources.push(provenance('awards', row));
        }
      }
    }
    if (found.length > 0) return known(found, sources);
    const stated = this.status('awards');
    return stated.value === undefined ? unknown(stated.missing) : known(found, stated.sources);
  }

  /** Sum over fiscal years: the known part, and which years are missing. */
  sum(field: NumField, years: readonly number[]): { total: number; missing: string[]; sources: Provenance[] } {
    let total = 0;
    const missing: string[] = [];
    const sources: Provenance[] = [];
    for (const year of years) {
      const fact = this.num(field, year);
      if (fact.value === undefined) missing.push(...fact.missing);
      else {
        total += fact.value;
        sources.push(...fact.sources);
      }
    }
    return { total, missing, sources };
  }

  /** Growth of `field` in `year` over year − 1, in percent. */
  growth(field: NumField, year: number): Fact<number> {
    return both(this.num(field, year - 1), this.num(field, year), (prev, cur) => (prev > 0 ? ((cur - prev) * 100) / prev : undefined));
  }

  /** Two-year average growth ending in `year` (needs year − 2 .. year): mean of the rates or CAGR. */
  averageGrowth(field: NumField, year: number, method: 'mean-of-rates' | 'cagr'): Fact<number> {
    if (method === 'cagr') {
      return both(this.num(field, year - 2), this.num(field, year), (first, last) =>
        first > 0 && last >= 0 ? (Math.sqrt(last / first) - 1) * 100 : undefined,
      );
    }
    return both(this.growth(field, year - 1), this.growth(field, year), (a, b) => (a + b) / 2);
  }

  ratio(numerator: NumField, denominator: NumField, year: number): Fact<number> {
    return both(this.num(numerator, year), this.num(denominator, year), pct);
  }
}
