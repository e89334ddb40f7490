/** Validated records → the normalised model (defaults applied, counties resolved, nesting flattened). */
import type { Draft, Location } from '../diagnostics.js';
import { addDays, addYears } from '../model/dates.js';
import { normaliseCreditCode } from '../model/credit-code.js';
import { countyKey } from '../model/dataset-index.js';
import {
  annualTargetSchema, countySchema, enterpriseSchema, indicatorsSchema, planSchema, poolSchema, recognitionSchema, targetSchema,
  type FileKind,
} from '../model/schemas.js';
import { TIERS, type County, type Dataset, type Enterprise, type Indicators, type Origin, type Plan, type TargetRow, type TierCounts, type TierId } from '../model/types.js';
import type { Classified } from './classify.js';
import { displayPath, isRecord, type RawRecord } from './records.js';
import { reshaper } from './fast-validate.js';
import { originOf, recordLoc, validateRecord, type Validated } from './validate.js';

/** A loaded file, as the builder needs to know it. */
export interface FileInfo {
  file: string;
  kind: FileKind;
  classified: Classified;
}

export const TOTAL_NAMES = new Set(['全州合计', '合计', '全州', 'total', '总计']);

/**
 * A record's origin. Its field locations and texts are computed when first read (a finding, an
 * export's scope): the validated record reads them back from the file, so keeping an origin for every
 * one of 100 000s of records costs a few small objects each, not a Location per value.
 */
class RecordOrigin implements Origin {
  readonly #v: Pick<Validated<unknown>, 'fields' | 'raw'>;
  /** Locations under names of the model rather than the file (an enterprise's `countyHistory.<i>`). */
  readonly #extra?: () => Record<string, Location>;
  #extended?: Readonly<Record<string, Location>>;

  constructor(
    readonly loc: Location,
    v: Pick<Validated<unknown>, 'fields' | 'raw'>,
    extra?: () => Record<string, Location>,
  ) {
    this.#v = v;
    this.#extra = extra;
  }

  get fields(): Readonly<Record<string, Location>> {
    if (!this.#extra) return this.#v.fields;
    this.#extended ??= { ...this.#v.fields, ...this.#extra() };
    return this.#extended;
  }

  get raw(): Readonly<Record<string, string>> {
    return this.#v.raw;
  }
}

/** A record's origin, made once its model object has been built from `v.value` (which it lets go). */
function origin(record: RawRecord, v: Validated<unknown>, sub?: string, extra?: () => Record<string, Location>): Origin {
  const kept = originOf(v);
  // A fast-path record is its own origin: one object per record, not three.
  return !extra && kept.loc !== undefined ? (kept as Origin) : new RecordOrigin(recordLoc(record, sub), kept, extra);
}

export const DEFAULT_PLAN = {
  poolRatios: { innovative: 2, srdi: 2, 'little-giant': null },
  poolDeadline: '01-15',
  criteria: 'miit-2022',
  validityYears: 3,
  expiringWithinDays: 180,
} as const;

/**
 * One string object per distinct value for the strings that repeat across 100 000s of records
 * (credit codes in every recognition, indicator row and pool entry; dates; list items such as ERP;
 * batch names): a 100k-enterprise folder otherwise keeps millions of equal copies (issue 9: memory).
 */
export type Intern = <T extends string | undefined>(s: T) => T;

function interner(): Intern {
  const seen = new Map<string, string>();
  return <T extends string | undefined>(s: T): T => {
    if (s === undefined) return s;
    const hit = seen.get(s);
    if (hit !== undefined) return hit as T;
    seen.set(s, s);
    return s;
  };
}

/** The order in which file kinds are built: each needs only kinds before it (counties before enterprises…). */
export const BUILD_ORDER: readonly FileKind[] = ['plan', 'counties', 'targets', 'annual-targets', 'enterprises', 'recognitions', 'indicators', 'pools'];

/**
 * Builds the dataset one record at a time, so a CSV row can be validated and dropped as soon as it is
 * parsed (issue 9: a 100 000-enterprise folder in bounded memory). Records must arrive in BUILD_ORDER
 * of their kinds, files in path order — the dataset's lists keep that order.
 */
export class DatasetBuilder {
  readonly data: Dataset;
  private readonly countyIndex = new Map<string, string>();
  private readonly absentColumns = new Map<string, Set<string>>();
  private readonly intern = interner();
  private planSeen = false;

  constructor(
    root: string,
    files: string[],
    private readonly drafts: Draft[],
  ) {
    this.data = { root, files, plan: undefined, counties: [], targets: [], annualTargets: [], enterprises: [], recognitions: [], indicators: [], pools: [] };
  }

  private get validity(): number {
    return this.data.plan?.validityYears ?? DEFAULT_PLAN.validityYears;
  }

  private resolve(text: string): string | undefined {
    return this.countyIndex.get(countyKey(text));
  }

  private countyOf(text: string): string {
    return TOTAL_NAMES.has(countyKey(text).toLowerCase()) ? 'total' : this.resolve(text) ?? `?${text}`;
  }

  /** Validates one record of a file and adds it to the dataset. */
  add(r: RawRecord, f: FileInfo): void {
    const { data, drafts } = this;
    switch (f.kind) {
      case 'plan':
        // One plan: the first record of the first plan file.
        if (!this.planSeen) data.plan = buildPlan(r, drafts);
        this.planSeen = true;
        return;
      case 'counties': {
        const v = validateRecord(countySchema, r, drafts);
        if (!v.value) return;
        const c = v.value;
        const county: County = { code: c.code, name: c.name, shortName: c.short_name, aliases: c.aliases ?? [], oldCodes: c.old_codes ?? [], origin: origin(r, v) };
        data.counties.push(county);
        this.indexCounty(county);
        return;
      }
      case 'targets': {
        const v = validateRecord(targetSchema, r, drafts);
        const counts = v.value && targetCounts(r, v, drafts, this.absentColumns);
        if (!v.value || !counts) return;
        data.targets.push({ county: this.countyOf(v.value.county), label: v.value.county, ...counts, origin: origin(r, v) });
        return;
      }
      case 'annual-targets': {
        const v = validateRecord(annualTargetSchema, r, drafts);
        if (!v.value) return;
        const a = v.value;
        data.annualTargets.push({ year: a.year, county: this.countyOf(a.county), tier: a.tier, increase: a.increase, origin: origin(r, v) });
        return;
      }
      case 'enterprises':
        buildEnterprise(r, data, (t) => this.resolve(t), this.validity, drafts, this.intern);
        return;
      case 'recognitions':
        pushRecognition(r, data, this.validity, drafts, this.intern);
        return;
      case 'indicators':
        pushIndicators(r, data, drafts, this.intern, f);
        return;
      case 'pools':
        this.addPool(r, f);
        return;
    }
  }

  private indexCounty(c: County): void {
    for (const n of [c.code, c.name, c.shortName, ...c.aliases]) if (n) this.countyIndex.set(countyKey(n), c.code);
  }

  private addPool(r: RawRecord, f: FileInfo): void {
    const { data, drafts } = this;
    const v = validateRecord(poolSchema, r, drafts);
    if (!v.value) return;
    const p = v.value;
    if (yearDisagrees(r, v, p.year, f, drafts)) return;
    const year = p.year ?? f.classified.year;
    if (year === undefined) {
      drafts.push({ ...r.loc, ruleId: 'schema', code: 'syntax.pool-year', args: { file: f.file } });
      return;
    }
    data.pools.push({
      year, creditCode: this.intern(normaliseCreditCode(p.credit_code).code), tier: p.tier, countyRaw: p.county, county: this.resolve(p.county),
      filedOn: this.intern(p.filed_on), willing: p.willing, plannedTier: p.planned_tier, plannedApply: p.planned_apply, measures: p.measures,
      status: p.status, owner: p.owner, origin: origin(r, v),
    });
  }

  /** A point to roll back to: what the builder holds before a file is added. */
  mark(): () => void {
    const { data, drafts } = this;
    const lengths = {
      drafts: drafts.length, counties: data.counties.length, targets: data.targets.length, annualTargets: data.annualTargets.length,
      enterprises: data.enterprises.length, recognitions: data.recognitions.length, indicators: data.indicators.length, pools: data.pools.length,
    };
    const plan = data.plan;
    const planSeen = this.planSeen;
    const absent = new Map([...this.absentColumns].map(([k, set]) => [k, new Set(set)]));
    return () => {
      drafts.length = lengths.drafts;
      data.counties.length = lengths.counties;
      data.targets.length = lengths.targets;
      data.annualTargets.length = lengths.annualTargets;
      data.enterprises.length = lengths.enterprises;
      data.recognitions.length = lengths.recognitions;
      data.indicators.length = lengths.indicators;
      data.pools.length = lengths.pools;
      data.plan = plan;
      this.planSeen = planSeen;
      this.absentColumns.clear();
      for (const [k, set] of absent) this.absentColumns.set(k, set);
      this.countyIndex.clear();
      for (const c of data.counties) this.indexCounty(c);
    };
  }

  /** The dataset, once every file has been added. */
  finish(): Dataset {
    for (const [file, columns] of this.absentColumns) {
      this.drafts.push({ file, line: 1, column: 1, ruleId: 'schema', severity: 'warn', code: 'schema.missing-columns', args: { columns: [...columns].join(', ') } });
    }
    return this.data;
  }
}

const TIER_COLUMN: Record<TierId, string> = { innovative: 'innovative', srdi: 'srdi', 'little-giant': 'little_giant' };

/**
 * The nine counts of an Attachment 2 row. An empty cell is unknown, never 0: it is a missing required
 * value and the row is not used (a 0 would silently lower a target or a baseline). A column the file
 * does not have at all (a table of one tier) reads as 0, and the file gets one warning saying so.
 */
function targetCounts(r: RawRecord, v: Validated<Readonly<Record<string, unknown>>>, drafts: Draft[], absent: Map<string, Set<string>>): Pick<TargetRow, 'baseline' | 'increase' | 'target'> | undefined {
  let complete = true;
  const counts = (prefix: 'baseline' | 'increase' | 'target'): TierCounts => {
    const out: TierCounts = { innovative: 0, srdi: 0, 'little-giant': 0 };
    for (const tier of TIERS) {
      const field = `${prefix}_${TIER_COLUMN[tier]}`;
      const n = v.value?.[field];
      if (typeof n === 'number') out[tier] = n;
      else if (r.where.at(field) === undefined) {
        const set = absent.get(r.file) ?? new Set<string>();
        absent.set(r.file, set.add(field));
      } else {
        complete = false;
        // An invalid value (not a count) has its own finding already.
        if (v.raw[field] === undefined) drafts.push({ ...(r.where.at(field) ?? r.loc), ruleId: 'schema', code: 'schema.required', args: { field }, path: displayPath(r.path, field) });
      }
    }
    return out;
  };
  const result = { baseline: counts('baseline'), increase: counts('increase'), target: counts('target') };
  return complete ? result : undefined;
}

function buildPlan(r: RawRecord, drafts: Draft[]): Plan | undefined {
  const v = validateRecord(planSchema, r, drafts);
  if (!v.value) return undefined;
  const p = v.value;
  const ratios = p.pool_ratios;
  return {
    document: p.document,
    title: p.title ?? p.document,
    region: p.region,
    period: p.period,
    baselineDate: p.baseline_date,
    poolRatios: {
      innovative: ratios?.innovative === undefined ? DEFAULT_PLAN.poolRatios.innovative : ratios.innovative,
      srdi: ratios?.srdi === undefined ? DEFAULT_PLAN.poolRatios.srdi : ratios.srdi,
      'little-giant': ratios?.['little-giant'] ?? null,
    },
    poolDeadline: p.pool_deadline ?? DEFAULT_PLAN.poolDeadline,
    criteria: p.criteria ?? DEFAULT_PLAN.criteria,
    validityYears: p.validity_years ?? DEFAULT_PLAN.validityYears,
    expiringWithinDays: p.expiring_within_days ?? DEFAULT_PLAN.expiringWithinDays,
    origin: origin(r, v),
  };
}

function buildEnterprise(r: RawRecord, data: Dataset, resolve: (t: string) => string | undefined, validity: number, drafts: Draft[], intern: Intern): void {
  // A CSV row has no nested lists (they have files of their own) and is validated from its cells.
  const { recognitions, indicators, ...top } = r.row ? {} : r.values;
  const v = validateRecord(enterpriseSchema, r, drafts, r.row ? {} : { values: top });
  if (!v.value) return;
  const e = v.value;
  const code = intern(normaliseCreditCode(e.credit_code).code);
  // Read now, while the record is at hand: the credit-code rule checks it as written for every enterprise.
  const cell = r.row ? r.row.layout.cell(r.row.cells, 'credit_code') : top.credit_code;
  const written = typeof cell === 'string' ? cell : v.raw.credit_code;
  const moves = (e.previous_counties ?? []).map((h, i) => ({
    entry: { countyRaw: h.county, county: resolve(h.county), until: h.until },
    at: i,
  }));
  moves.sort((a, b) => (a.entry.until < b.entry.until ? -1 : a.entry.until > b.entry.until ? 1 : 0));
  // Rules point at an earlier county by its position in the (sorted) history: `countyHistory.<i>`.
  const history = (): Record<string, Location> => {
    const fields: Record<string, Location> = {};
    moves.forEach((m, i) => {
      const loc = r.where.at(`previous_counties.${m.at}.county`);
      if (loc) fields[`countyHistory.${i}`] = loc;
    });
    return fields;
  };
  const enterprise: Enterprise = {
    creditCode: code, ...(written !== undefined && written !== code ? { creditCodeWritten: written } : {}), name: e.name, countyRaw: e.county, county: resolve(e.county), countyHistory: moves.map((m) => m.entry),
    industry: e.industry, niche_since: e.niche_since, main_product: e.main_product, focus_area: e.focus_area, chain_role: e.chain_role,
    chain_leader_supplier: e.chain_leader_supplier, time_honoured: e.time_honoured, origin: origin(r, v, undefined, moves.length > 0 ? history : undefined),
  };
  data.enterprises.push(enterprise);
  const nested = (key: string, list: unknown, push: (item: Record<string, unknown>, sub: string) => void): void => {
    if (list === undefined || list === null) return;
    if (!Array.isArray(list)) {
      drafts.push({ ...(r.where.at(key) ?? r.loc), ruleId: 'schema', code: 'syntax.not-mapping', args: { what: `${key}: a list`, actual: typeof list } });
      return;
    }
    list.forEach((item, i) => {
      const sub = `${key}.${i}`;
      if (isRecord(item)) push(item, sub);
      else drafts.push({ ...(r.where.at(sub) ?? r.loc), ruleId: 'schema', code: 'syntax.not-mapping', args: { what: 'a record', actual: typeof item } });
    });
  };
  nested('recognitions', recognitions, (item, sub) => pushRecognition(r, data, validity, drafts, intern, { sub, values: item, inject: { credit_code: code } }));
  nested('indicators', indicators, (item, sub) => pushIndicators(r, data, drafts, intern, undefined, { sub, values: item, inject: { credit_code: code } }));
}

type SubOpts = { sub: string; values: Record<string, unknown>; inject: Record<string, unknown> };

function pushRecognition(r: RawRecord, data: Dataset, validity: number, drafts: Draft[], intern: Intern, sub?: SubOpts): void {
  const v = validateRecord(recognitionSchema, r, drafts, sub);
  if (!v.value) return;
  const x = v.value;
  data.recognitions.push({
    creditCode: intern(normaliseCreditCode(x.credit_code).code), tier: x.tier, level: x.level, recognizedOn: intern(x.recognized_on),
    expiresOn: intern(x.expires_on ?? addDays(addYears(x.recognized_on, validity), -1)), expiresOnExplicit: x.expires_on !== undefined,
    kind: x.kind ?? 'new', revokedOn: intern(x.revoked_on), batch: intern(x.batch), document: intern(x.document), note: x.note, origin: origin(r, v, sub?.sub),
  });
}

/**
 * A `year` cell in indicators/2024.csv or pools/2026.csv that names another year: one of the two is
 * wrong and the loader cannot tell which, so the record is reported at the cell and left out.
 */
function yearDisagrees(r: RawRecord, v: Validated<unknown>, year: number | undefined, f: FileInfo | undefined, drafts: Draft[]): boolean {
  const fileYear = f?.classified.year;
  if (year === undefined || fileYear === undefined || year === fileYear) return false;
  drafts.push({
    ...(v.fields.year ?? r.loc), ruleId: 'schema', code: 'schema.year-mismatch', args: { year, file_year: fileYear, file: f?.file ?? '' },
    path: displayPath(r.path, 'year'), value: v.raw.year ?? String(year),
  });
  return true;
}

function pushIndicators(r: RawRecord, data: Dataset, drafts: Draft[], intern: Intern, f: FileInfo | undefined, sub?: SubOpts): void {
  const fileYear = f?.classified.year;
  const year = sub ? sub.values.year : r.row ? r.row.layout.cell(r.row.cells, 'year') : r.values.year;
  const inject = fileYear !== undefined && year === undefined ? { year: fileYear, ...sub?.inject } : sub?.inject;
  const v = validateRecord(indicatorsSchema, r, drafts, { sub: sub?.sub, values: sub?.values, inject });
  if (!v.value || yearDisagrees(r, v, v.value.year, f, drafts)) return;
  const row = toIndicators(v.value, { creditCode: intern(normaliseCreditCode(v.value.credit_code).code), origin: origin(r, v, sub?.sub) }) as unknown as Indicators;
  for (const list of [row.digital_systems, row.certifications, row.honours]) if (list) for (let i = 0; i < list.length; i++) list[i] = intern(list[i]);
  if (row.reported_on !== undefined) row.reported_on = intern(row.reported_on);
  if (row.checked_on !== undefined) row.checked_on = intern(row.checked_on);
  data.indicators.push(row);
}

/** `{ ...row without credit_code, creditCode, origin }`, compiled (a spread of ~40 fields was most of the cost of a row). */
const toIndicators = reshaper<{ creditCode: string; origin: Origin }>(indicatorsSchema, 'credit_code', ['creditCode', 'origin']);
