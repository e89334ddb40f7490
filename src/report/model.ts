/**
 * `hh-srdi report`, the pure part: what the dashboard shows, taken from the existing reports — the
 * gaps report (progress, county grid, pools), the recognition tally at each quarter end (the ladder
 * over time), the recognitions about to lapse, and the candidates export (小巨人 readiness).
 * Nothing here formats; html.ts does.
 */
import type { RulesetId } from '../criteria/index.js';
import { DEFAULT_PLAN } from '../load/build.js';
import { candidateColumns, candidatesExport } from '../export/candidates.js';
import type { ExportTable } from '../export/table.js';
import type { Lang } from '../messages.js';
import { isValidOn, type DatasetIndex } from '../model/dataset-index.js';
import { addYears, daysBetween, endOfQuarter, yearOf } from '../model/dates.js';
import { TIERS, type Dataset, type IsoDate, type TierCounts, type TierId } from '../model/types.js';
import { countValid, zeroCounts } from '../reports/counting.js';
import { gaps, type GapReport } from '../reports/gaps.js';

export interface FunnelPoint {
  /** Quarter end (or the as-of date for the last, unfinished quarter). */
  date: IsoDate;
  /** `2025Q1`; the as-of date itself when it ends no quarter. */
  label: string;
  counts: TierCounts;
}

export interface Expiring {
  creditCode: string;
  name: string;
  countyName: string;
  tier: TierId;
  recognizedOn: IsoDate;
  expiresOn: IsoDate;
  /** Days from the as-of date to the last valid day. */
  days: number;
}

export interface Candidates {
  table: ExportTable;
  /** Column key → index in `table.header`. */
  column: (key: string) => number;
}

export interface ReportModel {
  asOf: IsoDate;
  lang: Lang;
  gaps: GapReport;
  funnel: FunnelPoint[];
  expiring: Expiring[];
  candidates: Candidates;
  /** The criteria the candidates were assessed under. */
  ruleset: RulesetId;
  /** The data folder's git revision, when it is a repository (added by the CLI). */
  revision?: { commit: string; dirty: boolean };
  /** Errors `hh-srdi check` finds in the data (added by the CLI): the page says the numbers may be off. */
  errors?: number;
  version: string;
}

export interface ReportOptions {
  asOf: IsoDate;
  lang: Lang;
  ruleset?: RulesetId;
  version: string;
}

/** Quarter ends from the baseline date's quarter to the as-of date, which closes the series. */
export function quarterEnds(from: IsoDate, asOf: IsoDate): { date: IsoDate; label: string }[] {
  const out: { date: IsoDate; label: string }[] = [];
  for (let y = yearOf(from); y <= yearOf(asOf); y++) {
    for (const q of [1, 2, 3, 4] as const) {
      const date = endOfQuarter(y, q);
      if (date >= from && date <= asOf) out.push({ date, label: `${y}Q${q}` });
    }
  }
  if (out.at(-1)?.date !== asOf) out.push({ date: asOf, label: asOf });
  return out;
}

/** The prefecture's valid recognitions per tier on each date: the sum over counties, as gaps totals them. */
export function ladderOverTime(data: Dataset, index: DatasetIndex, from: IsoDate, asOf: IsoDate): FunnelPoint[] {
  return quarterEnds(from, asOf).map(({ date, label }) => {
    const counts = zeroCounts();
    for (const c of countValid(data, index, date).byCounty.values()) for (const t of TIERS) counts[t] += c[t];
    return { date, label, counts };
  });
}

/**
 * Valid recognitions whose last day falls within a year of the as-of date and that no later
 * recognition of the same tier renews (recognition-expiring's test, over 12 months instead of 180 days).
 */
export function expiringWithinYear(data: Dataset, index: DatasetIndex, asOf: IsoDate): Expiring[] {
  const horizon = addYears(asOf, 1);
  const out: Expiring[] = [];
  for (const r of data.recognitions) {
    if (r.expiresOn > horizon || !isValidOn(r, asOf)) continue;
    if (index.recognitionsOf(r.creditCode).some((x) => x.tier === r.tier && x.recognizedOn > r.recognizedOn)) continue;
    const enterprise = index.enterprise(r.creditCode);
    const county = enterprise ? index.countyOn(enterprise, asOf) : undefined;
    out.push({
      creditCode: r.creditCode,
      name: enterprise?.name ?? '',
      countyName: (county !== undefined ? index.countyByCode(county)?.name : undefined) ?? enterprise?.countyRaw ?? '',
      tier: r.tier,
      recognizedOn: r.recognizedOn,
      expiresOn: r.expiresOn,
      days: daysBetween(asOf, r.expiresOn),
    });
  }
  const key = (e: Expiring): string => `${e.expiresOn}\u0000${e.creditCode}\u0000${TIERS.indexOf(e.tier)}`;
  return out.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

export function buildReport(data: Dataset, index: DatasetIndex, opts: ReportOptions): ReportModel {
  const report = gaps(data, index, opts.asOf);
  const baseline = data.plan?.baselineDate ?? `${report.period.start - 1}-12-31`;
  const ruleset = opts.ruleset ?? data.plan?.criteria ?? DEFAULT_PLAN.criteria;
  const table = candidatesExport(data, index, { asOf: opts.asOf, lang: opts.lang, ruleset }).table;
  const keys = candidateColumns(yearOf(opts.asOf) - 1).map((c) => c.key);
  return {
    asOf: opts.asOf,
    lang: opts.lang,
    gaps: report,
    funnel: ladderOverTime(data, index, baseline <= opts.asOf ? baseline : opts.asOf, opts.asOf),
    expiring: expiringWithinYear(data, index, opts.asOf),
    candidates: { table, column: (key) => keys.indexOf(key) },
    ruleset,
    version: opts.version,
  };
}
