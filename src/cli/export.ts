/**
 * `hh-srdi export pools | rollup | candidates | roadmap` (SPEC §3): the CSV files the prefecture
 * files with the province. Chinese headers unless --lang en; UTF-8 with BOM unless --encoding;
 * written atomically with --out (never inside the data folder), else to stdout as bytes. Refused
 * (exit 1) when check finds errors in the records an export would use, unless --allow-errors.
 * Options and help: export-command.ts.
 */
import { resolve } from 'node:path';
import { checkErrors } from '../check.js';
import { isRulesetId, type RulesetId } from '../criteria/index.js';
import { summarise, type Diagnostic } from '../diagnostics.js';
import { EXPORT_ENCODINGS, encodeCsv, toCsvText, type ExportEncoding } from '../export/csv.js';
import { candidatesExport } from '../export/candidates.js';
import { poolsExport } from '../export/pools.js';
import { roadmapExport } from '../export/roadmap.js';
import { rollupExport } from '../export/rollup.js';
import { blockingErrors, type ExportScope } from '../export/scope.js';
import type { ExportTable } from '../export/table.js';
import { isInside, writeAtomic } from '../export/write.js';
import { tableSheet, writeWorkbook } from '../export/xlsx.js';
import { emitWorkbook } from './binary-out.js';
import { closest } from '../load/suggest.js';
import type { Lang } from '../messages.js';
import { buildIndex, type DatasetIndex } from '../model/dataset-index.js';
import { isoDateInShanghai, yearOf } from '../model/dates.js';
import type { Dataset, IsoDate } from '../model/types.js';
import { reporters } from '../reporters/index.js';
import { loadData, resolveContext, type Context, type GlobalOptions } from './context.js';
import { detectColor } from './detect.js';
import { UsageError, type Io } from './io.js';
import type { ExportKind } from './export-command.js';
import { VERSION } from './meta.js';
import { ruleMetas } from './rules.js';

export interface ExportFlags extends GlobalOptions {
  year?: string;
  out?: string;
  county?: string[];
  allowErrors?: boolean;
  ruleset?: string;
  format?: string;
}

interface Built {
  table: ExportTable;
  scope: ExportScope;
}

interface Job {
  data: Dataset;
  index: DatasetIndex;
  year: number;
  asOf: IsoDate;
  counties?: string[];
  ruleset?: RulesetId;
  lang: Lang;
}

const BUILDERS: Record<ExportKind, (job: Job) => Built> = {
  pools: (j) => poolsExport(j.data, j.index, j),
  rollup: (j) => rollupExport(j.data, j.index, j),
  candidates: (j) => candidatesExport(j.data, j.index, j),
  roadmap: (j) => roadmapExport(j.data, j.index, j),
};

/** Runs `export KIND` with the command's flags merged over the global ones; returns the exit code. */
export async function runExport(kind: ExportKind, opts: ExportFlags, io: Io): Promise<number> {
  const encoding = parseEncoding(opts.encoding);
  if (opts.format === 'xlsx' && opts.encoding !== undefined) throw new UsageError('--encoding 只用于 CSV（xlsx 工作簿不需要）', '--encoding applies to CSV only (a workbook has no encoding to choose)');
  const ctx = await resolveContext({ ...opts, encoding: undefined }, io);
  const today = isoDateInShanghai(io.now());
  const { year, asOf } = yearAndDate(kind, opts, ctx.asOf);
  const out = opts.out === undefined ? undefined : resolve(io.cwd, opts.out);
  if (out !== undefined && isInside(out, ctx.dataDir)) {
    throw new UsageError(`不能写入数据文件夹内：${opts.out}（导出文件请放在 ${ctx.displayRoot || '.'} 之外）`, `refusing to write inside the data folder: ${opts.out}`);
  }
  const ruleset = parseRuleset(opts.ruleset);
  const load = await loadData(ctx);
  const index = buildIndex(load.data);
  const counties = opts.county?.map((c) => resolveCounty(c, index, load.data));
  // Headers are Chinese for the province unless --lang en is given; notes follow the usual language.
  const lang: Lang = opts.lang === 'en' ? 'en' : 'zh';
  const built = BUILDERS[kind]({ data: load.data, index, year, asOf, lang, ...(counties && { counties }), ...(ruleset && { ruleset }) });

  // As gaps does: a past --as-of must not turn every later recognition into a "date in the future" error.
  const result = checkErrors(load, { asOf: asOf > today ? asOf : today, lang: ctx.lang, severities: ctx.config.rules });
  const blocking = blockingErrors(result.diagnostics, load.data, built.scope);
  if (!admit(blocking, built.table, { ...opts, lang }, ctx, io, load.data.files.length)) return 1;
  if (built.table.records === 0) io.stderr(`${note(ctx.lang)}${ctx.lang === 'zh' ? `没有可导出的记录（${year} 年）` : `nothing to export for ${year}`}\n`);
  if (opts.format === 'xlsx') {
    await emitWorkbook(ctx, opts.out, await writeWorkbook({ date: asOf, sheets: [tableSheet(SHEET_NAMES[kind][lang], built.table)] }));
    return 0;
  }
  const bytes = await encodeCsv(toCsvText(built.table.header, built.table.rows, built.table.footer), encoding);
  if (out !== undefined) {
    await writeOut(out, opts.out ?? out, bytes);
    io.stderr(`${note(ctx.lang)}${ctx.lang === 'zh' ? `已写入 ${opts.out}（${encoding}）` : `wrote ${opts.out} (${encoding})`}\n`);
  } else {
    writeStdout(io, bytes, encoding);
  }
  return 0;
}

/** Lists the blocking errors on stderr; refuses, or (with --allow-errors) adds the footer line. */
function admit(blocking: Diagnostic[], table: ExportTable, opts: ExportFlags & { lang: Lang }, ctx: Context, io: Io, files: number): boolean {
  if (blocking.length === 0) return true;
  io.stderr(listDiagnostics(blocking, files, ctx.lang, detectColor(opts.color, io, 'stderr')));
  if (!opts.allowErrors) {
    io.stderr(`${refusal(blocking.length, ctx.lang)}\n`);
    return false;
  }
  table.footer.push(footerLine(blocking, opts.lang));
  io.stderr(`${note(ctx.lang)}${allowedNote(blocking.length, ctx.lang)}\n`);
  return true;
}

/** Defaults: the roll-up and the target list describe a year, so a finished year is seen at its end. */
function yearAndDate(kind: ExportKind, opts: ExportFlags, asOf: IsoDate): { year: number; asOf: IsoDate } {
  const explicit = opts.asOf !== undefined;
  const earlier = (d: IsoDate): IsoDate => (explicit || asOf <= d ? asOf : d);
  if (kind === 'candidates') {
    const year = parseYear(opts.year) ?? yearOf(asOf) + 1;
    return { year, asOf: earlier(`${year - 1}-12-31`) };
  }
  const year = parseYear(opts.year) ?? yearOf(asOf);
  return { year, asOf: kind === 'rollup' ? earlier(`${year}-12-31`) : asOf };
}

function parseYear(raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const text = raw.normalize('NFKC').trim();
  if (!/^\d{4}$/.test(text)) throw new UsageError(`--year 应为四位年份，收到 “${raw}”`, `--year must be a four-digit year, got "${raw}"`);
  return Number(text);
}

function parseEncoding(raw: string | undefined): ExportEncoding {
  if (raw === undefined) return 'utf8-bom';
  const key = raw.toLowerCase().replace(/^utf-8/, 'utf8');
  const found = key === 'gbk' ? 'gb18030' : EXPORT_ENCODINGS.find((e) => e === key);
  if (!found) throw new UsageError(`--encoding 只能是 utf8-bom、utf8 或 gb18030，收到 “${raw}”`, `--encoding must be utf8-bom, utf8 or gb18030, got "${raw}"`);
  return found;
}

function parseRuleset(raw: string | undefined): RulesetId | undefined {
  if (raw === undefined) return undefined;
  if (!isRulesetId(raw)) throw new UsageError(`未知规则集 “${raw}”（miit-2022 或 miit-2026）`, `unknown ruleset "${raw}" (miit-2022 | miit-2026)`);
  return raw;
}

function resolveCounty(text: string, index: DatasetIndex, data: Dataset): string {
  const county = index.county(text);
  if (county) return county.code;
  const hint = closest(text, data.counties.flatMap((c) => [c.name, c.shortName ?? c.name, c.code, ...c.aliases]));
  throw new UsageError(`未知县市 “${text}”${hint ? `，是否指 “${hint}”？` : ''}`, `unknown county "${text}"${hint ? ` — did you mean "${hint}"?` : ''}`);
}

async function writeOut(path: string, shown: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeAtomic(path, bytes);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new UsageError(`无法写入 ${shown}：${reason}`, `cannot write ${shown}: ${reason}`);
  }
}

function writeStdout(io: Io, bytes: Uint8Array, encoding: ExportEncoding): void {
  if (io.stdoutBytes) io.stdoutBytes(bytes);
  else if (encoding !== 'gb18030') io.stdout(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes));
  else throw new UsageError('此环境不能输出 GB18030 字节，请用 --out FILE', 'this environment cannot write GB18030 bytes to stdout; use --out FILE');
}

/** The sheet's tab: what the file is called when it is filed. */
const SHEET_NAMES: Record<ExportKind, Record<Lang, string>> = {
  pools: { zh: '种子库备案', en: 'pools' },
  rollup: { zh: '年度汇总', en: 'rollup' },
  candidates: { zh: '小巨人目标名单', en: 'candidates' },
  roadmap: { zh: '施工路线图', en: 'roadmap' },
};

const note = (lang: Lang): string => (lang === 'zh' ? '提示：' : 'note: ');

function listDiagnostics(list: Diagnostic[], files: number, lang: Lang, color: boolean): string {
  const options = { lang, color, rules: ruleMetas(), toolVersion: VERSION };
  return reporters.text({ diagnostics: list, summary: summarise(list, files) }, options);
}

function refusal(n: number, lang: Lang): string {
  return lang === 'zh'
    ? `hh-srdi: 未导出：导出涉及的记录中有 ${n} 个错误（见上）。请先修正（hh-srdi check），或加 --allow-errors 强制导出`
    : `hh-srdi: not exported: ${n} ${n === 1 ? 'error' : 'errors'} in the records this export uses (listed above). Fix them (hh-srdi check) or pass --allow-errors`;
}

function allowedNote(n: number, lang: Lang): string {
  return lang === 'zh' ? `已按 --allow-errors 导出，尽管有 ${n} 个错误；文件末行注明了这一点` : `exported with --allow-errors despite ${n} ${n === 1 ? 'error' : 'errors'}; the file's last line says so`;
}

/** The footer names the rules so that whoever receives the file knows what to verify. */
export function footerLine(list: readonly Diagnostic[], lang: Lang): string {
  const counts = new Map<string, number>();
  for (const d of list) counts.set(d.ruleId, (counts.get(d.ruleId) ?? 0) + 1);
  const rules = [...counts].map(([id, n]) => (n > 1 ? `${id} ×${n}` : id)).join(', ');
  return lang === 'zh'
    ? `注意：导出时 hh-srdi check 在本表记录中发现 ${list.length} 个错误（${rules}），系按 --allow-errors 强制导出，报送前请核实`
    : `WARNING: exported with --allow-errors although hh-srdi check finds ${list.length} ${list.length === 1 ? 'error' : 'errors'} in these records (${rules}); verify before filing`;
}
