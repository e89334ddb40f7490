/** Validated records → the normalised model (defaults applied, counties resolved, nesting flattened). */
import type { Draft, Location } from '../diagnostics.js';
import { addDays, addYears } from '../model/dates.js';
import { normaliseCreditCode } from '../model/credit-code.js';
import { countyKey } from '../model/dataset-index.js';
import {
  annualTargetSchema, countySchema, enterpriseSchema, indicatorsSchema, planSchema, poolSchema, recognitionSchema, targetSchema,
  type FileKind,
} from '../model/schemas.js';
import { TIERS, type County, type Dataset, type Enterprise, type Origin, type Plan, type TargetRow, type TierCounts, type TierId } from '../model/types.js';
import type { LoadedFile } from './folder.js';
import { displayPath, isRecord, type RawRecord } from './records.js';
import { validateRecord, type Validated } from './validate.js';

export type KindRecords = Record<FileKind, LoadedFile[]>;

export const TOTAL_NAMES = new Set(['全州合计', '合计', '全州', 'total', '总计']);

function origin(record: RawRecord, v: Validated<unknown>, sub?: string): Origin {
  const loc = (sub && record.locs.get(sub)) || record.loc;
  return { loc: { file: loc.file, line: loc.line, column: loc.column }, fields: v.fields, raw: v.raw };
}

function records(files: LoadedFile[]): RawRecord[] {
  return files.flatMap((f) => f.records);
}

export const DEFAULT_PLAN = {
  poolRatios: { innovative: 2, srdi: 2, 'little-giant': null },
  poolDeadline: '01-15',
  criteria: 'miit-2022',
  validityYears: 3,
  expiringWithinDays: 180,
} as const;

export function buildDataset(byKind: KindRecords, root: string, files: string[], drafts: Draft[]): Dataset {
  const plan = buildPlan(byKind.plan, drafts);
  const validity = plan?.validityYears ?? DEFAULT_PLAN.validityYears;
  const counties: County[] = [];
  for (const r of records(byKind.counties)) {
    const v = validateRecord(countySchema, r, drafts);
    if (!v.value) continue;
    const c = v.value;
    counties.push({ code: c.code, name: c.name, shortName: c.short_name, aliases: c.aliases ?? [], oldCodes: c.old_codes ?? [], origin: origin(r, v) });
  }
  const countyIndex = new Map<string, string>();
  for (const c of counties) for (const n of [c.code, c.name, c.shortName, ...c.aliases]) if (n) countyIndex.set(countyKey(n), c.code);
  const resolve = (text: string): string | undefined => countyIndex.get(countyKey(text));

  const data: Dataset = { root, files, plan, counties, targets: [], annualTargets: [], enterprises: [], recognitions: [], indicators: [], pools: [] };

  const absentColumns = new Map<string, Set<string>>();
  for (const r of records(byKind.targets)) {
    const v = validateRecord(targetSchema, r, drafts);
    const counts = v.value && targetCounts(r, v, drafts, absentColumns);
    if (!v.value || !counts) continue;
    const t = v.value;
    const county = TOTAL_NAMES.has(countyKey(t.county).toLowerCase()) ? 'total' : resolve(t.county) ?? `?${t.county}`;
    data.targets.push({ county, label: t.county, ...counts, origin: origin(r, v) });
  }
  for (const [file, columns] of absentColumns) {
    drafts.push({ file, line: 1, column: 1, ruleId: 'schema', severity: 'warn', code: 'schema.missing-columns', args: { columns: [...columns].join(', ') } });
  }

  for (const r of records(byKind['annual-targets'])) {
    const v = validateRecord(annualTargetSchema, r, drafts);
    if (!v.value) continue;
    const a = v.value;
    const county = TOTAL_NAMES.has(countyKey(a.county).toLowerCase()) ? 'total' : resolve(a.county) ?? `?${a.county}`;
    data.annualTargets.push({ year: a.year, county, tier: a.tier, increase: a.increase, origin: origin(r, v) });
  }

  for (const r of records(byKind.enterprises)) buildEnterprise(r, data, resolve, validity, drafts);
  for (const r of records(byKind.recognitions)) pushRecognition(r, data, validity, drafts);
  for (const f of byKind.indicators) for (const r of f.records) pushIndicators(r, data, drafts, f);
  for (const f of byKind.pools) {
    for (const r of f.records) {
      const v = validateRecord(poolSchema, r, drafts);
      if (!v.value) continue;
      const p = v.value;
      if (yearDisagrees(r, v, p.year, f, drafts)) continue;
      const year = p.year ?? f.classified.year;
      if (year === undefined) {
        drafts.push({ ...r.loc, ruleId: 'schema', code: 'syntax.pool-year', args: { file: f.file } });
        continue;
      }
      data.pools.push({
        year, creditCode: normaliseCreditCode(p.credit_code).code, tier: p.tier, countyRaw: p.county, county: resolve(p.county),
        filedOn: p.filed_on, willing: p.willing, plannedTier: p.planned_tier, plannedApply: p.planned_apply, measures: p.measures,
        status: p.status, owner: p.owner, origin: origin(r, v),
      });
    }
  }
  return data;
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
      else if (!r.locs.has(field) && !r.raw.has(field)) {
        const set = absent.get(r.file) ?? new Set<string>();
        absent.set(r.file, set.add(field));
      } else {
        complete = false;
        // An invalid value (not a count) has its own finding already.
        if (v.raw[field] === undefined) drafts.push({ ...(r.locs.get(field) ?? r.loc), ruleId: 'schema', code: 'schema.required', args: { field }, path: displayPath(r.path, field) });
      }
    }
    return out;
  };
  const result = { baseline: counts('baseline'), increase: counts('increase'), target: counts('target') };
  return complete ? result : undefined;
}

function buildPlan(files: LoadedFile[], drafts: Draft[]): Plan | undefined {
  const r = records(files)[0];
  if (!r) return undefined;
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

function buildEnterprise(r: RawRecord, data: Dataset, resolve: (t: string) => string | undefined, validity: number, drafts: Draft[]): void {
  const { recognitions, indicators, ...top } = r.values;
  const v = validateRecord(enterpriseSchema, r, drafts, { values: top });
  if (!v.value) return;
  const e = v.value;
  const code = normaliseCreditCode(e.credit_code).code;
  const moves = (e.previous_counties ?? []).map((h, i) => ({
    entry: { countyRaw: h.county, county: resolve(h.county), until: h.until },
    loc: r.locs.get(`previous_counties.${i}.county`),
  }));
  moves.sort((a, b) => (a.entry.until < b.entry.until ? -1 : a.entry.until > b.entry.until ? 1 : 0));
  const base = origin(r, v);
  // Rules point at an earlier county by its position in the (sorted) history: `countyHistory.<i>`.
  const fields: Record<string, Location> = { ...base.fields };
  moves.forEach((m, i) => {
    if (m.loc) fields[`countyHistory.${i}`] = m.loc;
  });
  const enterprise: Enterprise = {
    creditCode: code, name: e.name, countyRaw: e.county, county: resolve(e.county), countyHistory: moves.map((m) => m.entry),
    industry: e.industry, niche_since: e.niche_since, main_product: e.main_product, focus_area: e.focus_area, chain_role: e.chain_role,
    chain_leader_supplier: e.chain_leader_supplier, time_honoured: e.time_honoured, origin: { ...base, fields },
  };
  data.enterprises.push(enterprise);
  const nested = (key: string, list: unknown, push: (item: Record<string, unknown>, sub: string) => void): void => {
    if (list === undefined || list === null) return;
    if (!Array.isArray(list)) {
      drafts.push({ ...(r.locs.get(key) ?? r.loc), ruleId: 'schema', code: 'syntax.not-mapping', args: { what: `${key}: a list`, actual: typeof list } });
      return;
    }
    list.forEach((item, i) => {
      const sub = `${key}.${i}`;
      if (isRecord(item)) push(item, sub);
      else drafts.push({ ...(r.locs.get(sub) ?? r.loc), ruleId: 'schema', code: 'syntax.not-mapping', args: { what: 'a record', actual: typeof item } });
    });
  };
  nested('recognitions', recognitions, (item, sub) => pushRecognition(r, data, validity, drafts, { sub, values: item, inject: { credit_code: code } }));
  nested('indicators', indicators, (item, sub) => pushIndicators(r, data, drafts, undefined, { sub, values: item, inject: { credit_code: code } }));
}

type SubOpts = { sub: string; values: Record<string, unknown>; inject: Record<string, unknown> };

function pushRecognition(r: RawRecord, data: Dataset, validity: number, drafts: Draft[], sub?: SubOpts): void {
  const v = validateRecord(recognitionSchema, r, drafts, sub);
  if (!v.value) return;
  const x = v.value;
  data.recognitions.push({
    creditCode: normaliseCreditCode(x.credit_code).code, tier: x.tier, level: x.level, recognizedOn: x.recognized_on,
    expiresOn: x.expires_on ?? addDays(addYears(x.recognized_on, validity), -1), expiresOnExplicit: x.expires_on !== undefined,
    kind: x.kind ?? 'new', revokedOn: x.revoked_on, batch: x.batch, document: x.document, note: x.note, origin: origin(r, v, sub?.sub),
  });
}

/**
 * A `year` cell in indicators/2024.csv or pools/2026.csv that names another year: one of the two is
 * wrong and the loader cannot tell which, so the record is reported at the cell and left out.
 */
function yearDisagrees(r: RawRecord, v: Validated<unknown>, year: number | undefined, f: LoadedFile | undefined, drafts: Draft[]): boolean {
  const fileYear = f?.classified.year;
  if (year === undefined || fileYear === undefined || year === fileYear) return false;
  drafts.push({
    ...(v.fields.year ?? r.loc), ruleId: 'schema', code: 'schema.year-mismatch', args: { year, file_year: fileYear, file: f?.file ?? '' },
    path: displayPath(r.path, 'year'), value: v.raw.year ?? String(year),
  });
  return true;
}

function pushIndicators(r: RawRecord, data: Dataset, drafts: Draft[], f: LoadedFile | undefined, sub?: SubOpts): void {
  const values = sub?.values ?? r.values;
  const fileYear = f?.classified.year;
  const inject = { ...(fileYear !== undefined && values.year === undefined ? { year: fileYear } : {}), ...sub?.inject };
  const v = validateRecord(indicatorsSchema, r, drafts, { sub: sub?.sub, values, inject });
  if (!v.value || yearDisagrees(r, v, v.value.year, f, drafts)) return;
  const { credit_code, ...rest } = v.value;
  data.indicators.push({ ...rest, creditCode: normaliseCreditCode(credit_code).code, origin: origin(r, v, sub?.sub) });
}
