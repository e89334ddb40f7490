/**
 * `hh-srdi assess [CREDIT_CODE|NAME…]` (SPEC §3, issue 10): readiness for the target tier under a
 * criteria ruleset, with the 施工路线图 — by default for every pool member of the --as-of year.
 * Assessment results are not errors: exit 0 whatever the verdicts, 2 for a bad flag or name.
 * Options and help: assess-command.ts.
 */
import { checkErrors } from '../check.js';
import { isRulesetId } from '../criteria/index.js';
import type { RulesetId } from '../criteria/types.js';
import { cmp } from '../diagnostics.js';
import { buildIndex, type DatasetIndex } from '../model/dataset-index.js';
import { isoDateInShanghai } from '../model/dates.js';
import { tierFromText } from '../model/tiers.js';
import type { Dataset, Enterprise, IsoDate, PoolEntry, TierId } from '../model/types.js';
import { assessEnterprise, compareRulesets } from '../reports/assess.js';
import {
  assessFormatters, compareFormatters, isAssessFormat, summaryLine, type AssessEntry, type CompareEntry,
} from '../reports/assess-format.js';
import { assessSheets } from '../export/xlsx-reports.js';
import { writeWorkbook } from '../export/xlsx.js';
import { emitWorkbook, outPath, writeOutFile } from './binary-out.js';
import { loadData, resolveContext, type Context, type GlobalOptions } from './context.js';
import { UsageError, type Io } from './io.js';
import { resolveCounty, resolveEnterprise } from './assess-resolve.js';

export interface AssessFlags extends GlobalOptions {
  format?: string;
  tier?: string[];
  county?: string[];
  only?: 'failing' | 'ready';
  ruleset?: string;
  compare?: string;
  out?: string;
}

interface Target {
  enterprise: Enterprise;
  tier?: TierId;
  pool?: PoolEntry;
}

/** Runs `assess` with the command's flags merged over the global ones. */
export async function runAssess(names: readonly string[], opts: AssessFlags, io: Io): Promise<void> {
  const format = opts.format ?? 'table';
  if (!isAssessFormat(format) && format !== 'xlsx') throw new UsageError(`未知格式 ${format}`, `unknown format ${format}`);
  const tiers = opts.tier?.map(parseTier);
  const compare = opts.compare === undefined ? undefined : parseCompare(opts.compare, opts.ruleset);
  if (compare && format === 'xlsx') throw new UsageError('--compare 不支持 xlsx 格式（可用 csv）', '--compare has no xlsx format (use csv)');
  const ctx = await resolveContext(opts, io);
  const load = await loadData(ctx);
  const index = buildIndex(load.data);
  const counties = opts.county === undefined ? undefined : new Set(opts.county.map((c) => resolveCounty(c, index, load.data)));
  const notes: string[] = [];
  const zh = ctx.lang === 'zh';
  const targets = select(names, tiers, load.data, index, ctx.asOf, notes, zh).filter(
    (t) => counties === undefined || counties.has(index.countyOn(t.enterprise, ctx.asOf) ?? t.enterprise.county ?? ''),
  );
  const keep = (v: string): boolean => opts.only === undefined || (opts.only === 'ready' ? v === 'ready' : v !== 'ready');
  const countyName = (code: string | undefined): string | undefined => (code === undefined ? undefined : index.countyByCode(code)?.name);
  const options = { lang: ctx.lang, color: ctx.color && opts.out === undefined };
  if (compare) {
    const entries: CompareEntry[] = targets
      .map((t) => {
        const comparison = compareRulesets(index, t.enterprise, { asOf: ctx.asOf, rulesets: compare, ...pick(t) });
        return { comparison, ...extras(countyName(comparison.assessments[0].county), t.pool) };
      })
      .filter((e) => e.comparison.verdicts.some((v) => keep(v.verdict)))
      .sort((a, b) => byCounty(a.comparison.assessments[0], b.comparison.assessments[0]));
    if (format === 'xlsx') return;
    await emit(ctx, opts.out, compareFormatters[format]({ asOf: ctx.asOf, rulesets: compare, entries }, options));
  } else {
    const ruleset = rulesetOf(opts.ruleset, load.data, ctx);
    const entries: AssessEntry[] = targets
      .map((t) => {
        const result = assessEnterprise(index, t.enterprise, { asOf: ctx.asOf, ruleset, ...pick(t) });
        return { result, ...extras(countyName(result.county), t.pool) };
      })
      .filter((e) => keep(e.result.assessment.verdict))
      .sort((a, b) => byCounty(a.result, b.result));
    const report = { asOf: ctx.asOf, ruleset, provisional: entries[0]?.result.assessment.provisional ?? ruleset === 'miit-2026', entries };
    if (format === 'xlsx') await emitWorkbook(ctx, opts.out, await writeWorkbook({ date: ctx.asOf, sheets: assessSheets(report, ctx.lang) }));
    else await emit(ctx, opts.out, assessFormatters[format](report, options));
    if (format === 'csv' || format === 'json' || format === 'xlsx') notes.push(summaryLine(report, ctx.lang));
  }
  const errors = dataErrors(load, ctx);
  if (errors > 0) notes.push(zh ? `check 发现 ${errors} 个数据错误，评估结果可能不准——请运行 hh-srdi check` : `check finds ${errors} ${errors === 1 ? 'error' : 'errors'} in the data; results may be off — run hh-srdi check`);
  for (const note of notes) io.stderr(zh ? `提示：${note}\n` : `note: ${note}\n`);
}

/** Text to --out FILE (atomically), else stdout. */
async function emit(ctx: Context, raw: string | undefined, text: string): Promise<void> {
  const out = outPath(ctx, raw);
  if (out !== undefined && raw !== undefined) await writeOutFile(out, raw, new TextEncoder().encode(text));
  else ctx.io.stdout(text);
}

const pick = (t: Target): { tier?: TierId; poolEntry?: PoolEntry } => ({
  ...(t.tier !== undefined && { tier: t.tier }),
  ...(t.pool !== undefined && { poolEntry: t.pool }),
});

function extras(countyName: string | undefined, pool: PoolEntry | undefined): { countyName?: string; pool?: PoolEntry } {
  return { ...(countyName !== undefined && { countyName }), ...(pool !== undefined && { pool }) };
}

function byCounty(a: { county?: string; creditCode: string }, b: { county?: string; creditCode: string }): number {
  // Enterprises whose county is unknown come last.
  return cmp(a.county ?? '\uffff', b.county ?? '\uffff') || cmp(a.creditCode, b.creditCode);
}

/** The pool members of the --as-of year (not withdrawn), or the named enterprises. */
function select(names: readonly string[], tiers: TierId[] | undefined, data: Dataset, index: DatasetIndex, asOf: IsoDate, notes: string[], zh: boolean): Target[] {
  const year = Number(asOf.slice(0, 4));
  const pool = new Map<string, PoolEntry[]>();
  for (const p of index.poolsOf(year)) {
    if (p.status === 'withdrawn') continue;
    const list = pool.get(p.creditCode);
    if (list) list.push(p);
    else pool.set(p.creditCode, [p]);
  }
  const aim = (p: PoolEntry): TierId => p.plannedTier ?? p.tier;
  if (names.length > 0) {
    const seen = new Set<string>();
    const enterprises = names.map((n) => resolveEnterprise(n, data, index)).filter((e) => !seen.has(e.creditCode) && seen.add(e.creditCode));
    return enterprises.flatMap((enterprise) => {
      const entries = pool.get(enterprise.creditCode) ?? [];
      const withPool = (p: PoolEntry | undefined): { pool?: PoolEntry } => (p === undefined ? {} : { pool: p });
      if (tiers === undefined) return [{ enterprise, ...withPool(entries[0]) }];
      return tiers.map((tier) => ({ enterprise, tier, ...withPool(entries.find((p) => aim(p) === tier)) }));
    });
  }
  const targets: Target[] = [];
  const done = new Set<string>();
  let unknown = 0;
  for (const [code, entries] of pool) {
    const enterprise = index.enterprise(code);
    if (!enterprise) {
      unknown += entries.length;
      continue;
    }
    for (const p of entries) {
      const key = `${code}\u0000${aim(p)}`;
      if (done.has(key) || (tiers !== undefined && !tiers.includes(aim(p)))) continue;
      done.add(key);
      targets.push({ enterprise, pool: p });
    }
  }
  if (unknown > 0) notes.push(zh ? `${unknown} 条 ${year} 年种子库记录引用了不存在的企业，未评估` : `${unknown} ${year} pool ${unknown === 1 ? 'entry names' : 'entries name'} no known enterprise and ${unknown === 1 ? 'was' : 'were'} not assessed`);
  if (pool.size === 0) notes.push(zh ? `没有 ${year} 年种子库成员（pools/${year}.csv）；可指定企业代码或名称` : `no ${year} pool members (pools/${year}.csv) — name enterprises to assess them`);
  return targets;
}

/** --ruleset, else the plan's explicit `criteria:`, else the config's, else miit-2022. */
function rulesetOf(flag: string | undefined, data: Dataset, ctx: Context): RulesetId {
  if (flag !== undefined) {
    if (!isRulesetId(flag)) throw new UsageError(`未知认定标准 ${flag}（miit-2022 / miit-2026）`, `unknown ruleset "${flag}" (miit-2022 | miit-2026)`);
    return flag;
  }
  const plan = data.plan;
  if (plan !== undefined && plan.origin.fields.criteria !== undefined) return plan.criteria;
  return ctx.config.criteria ?? plan?.criteria ?? 'miit-2022';
}

function parseCompare(text: string, ruleset: string | undefined): readonly [RulesetId, RulesetId] {
  if (ruleset !== undefined) throw new UsageError('--compare 与 --ruleset 不能同时使用', '--compare and --ruleset cannot be used together');
  const ids = text.split(/[,，、]/u).map((s) => s.trim());
  const [a, b] = ids;
  if (ids.length !== 2 || !isRulesetId(a) || !isRulesetId(b) || a === b) {
    throw new UsageError(
      `--compare 应为两个不同的认定标准，如 miit-2022,miit-2026，收到 “${text}”`,
      `--compare takes two different rulesets, e.g. miit-2022,miit-2026; got "${text}"`,
    );
  }
  return [a, b];
}

function parseTier(text: string): TierId {
  const tier = tierFromText(text);
  if (!tier) throw new UsageError(`未知层级 “${text}”（innovative / srdi / little-giant 或 创新型 / 专精特新 / 小巨人）`, `unknown tier "${text}" (innovative | srdi | little-giant)`);
  return tier;
}

/** Errors `hh-srdi check` finds today (a past --as-of must not turn later recognitions into "future date" errors). */
function dataErrors(load: Awaited<ReturnType<typeof loadData>>, ctx: Context): number {
  const today = isoDateInShanghai(ctx.io.now());
  const asOf = ctx.asOf > today ? ctx.asOf : today;
  return checkErrors(load, { asOf, lang: ctx.lang, severities: ctx.config.rules }).summary.errors;
}
