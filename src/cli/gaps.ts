/** `hh-srdi gaps`: per county × tier against the Attachment 2 targets on the as-of date, and the pools (options: gaps-command.ts). */
import { checkErrors } from '../check.js';
import { closest } from '../load/suggest.js';
import { buildIndex, type DatasetIndex } from '../model/dataset-index.js';
import { endOfQuarter, isoDateInShanghai, parseQuarter } from '../model/dates.js';
import { tierFromText } from '../model/tiers.js';
import type { Dataset, TierId } from '../model/types.js';
import { gaps } from '../reports/gaps.js';
import { gapNotes, gapsFormatters, isGapsFormat } from '../reporters/gaps-formats.js';
import { gapsSheets } from '../export/xlsx-reports.js';
import { writeWorkbook } from '../export/xlsx.js';
import { emitWorkbook, outPath, writeOutFile } from './binary-out.js';
import { loadData, resolveContext, type GlobalOptions } from './context.js';
import { UsageError, type Io } from './io.js';

export interface GapsFlags extends GlobalOptions {
  format?: string;
  county?: string[];
  tier?: string[];
  quarter?: string;
  out?: string;
}

/** Runs `gaps` with the command's flags merged over the global ones. */
export async function runGaps(opts: GapsFlags, io: Io): Promise<void> {
  const format = opts.format ?? 'table';
  if (!isGapsFormat(format) && format !== 'xlsx') throw new UsageError(`未知格式 ${format}`, `unknown format ${format}`);
  const tiers = opts.tier?.map(parseTier);
  const ctx = await resolveContext({ ...opts, asOf: quarterAsOf(opts) }, io);
  const load = await loadData(ctx);
  const index = buildIndex(load.data);
  const counties = opts.county?.map((c) => resolveCounty(c, index, load.data));
  const report = gaps(load.data, index, ctx.asOf, { counties, tiers });
  if (format === 'xlsx') {
    await emitWorkbook(ctx, opts.out, await writeWorkbook({ date: ctx.asOf, sheets: gapsSheets(report, ctx.lang) }));
  } else {
    const text = gapsFormatters[format](report, { lang: ctx.lang, color: ctx.color && opts.out === undefined, bars: format === 'table' && io.stdoutIsTTY && opts.out === undefined });
    const out = outPath(ctx, opts.out);
    if (out !== undefined && opts.out !== undefined) await writeOutFile(out, opts.out, new TextEncoder().encode(text));
    else io.stdout(text);
  }

  const notes = gapNotes(report, ctx.lang);
  // Data problems are counted as `hh-srdi check` would count them today: a past --as-of must not
  // turn every later recognition into a "date in the future" error.
  const today = isoDateInShanghai(io.now());
  const { errors } = checkErrors(load, { asOf: ctx.asOf > today ? ctx.asOf : today, lang: ctx.lang, severities: ctx.config.rules }).summary;
  if (errors > 0) {
    notes.push(ctx.lang === 'zh' ? `check 发现 ${errors} 个错误，数字可能不准——请运行 hh-srdi check` : `check finds ${errors} ${errors === 1 ? 'error' : 'errors'} — run hh-srdi check`);
  }
  for (const note of notes) io.stderr(ctx.lang === 'zh' ? `提示：${note}\n` : `note: ${note}\n`);
}

function quarterAsOf(opts: GapsFlags): string | undefined {
  if (opts.quarter === undefined) return opts.asOf;
  if (opts.asOf !== undefined) throw new UsageError('--quarter 与 --as-of 不能同时使用', '--quarter and --as-of cannot be used together');
  const q = parseQuarter(opts.quarter);
  if (!q) throw new UsageError(`--quarter 应为 2026Q1 这样的季度，收到 “${opts.quarter}”`, `--quarter must be a quarter like 2026Q1, got "${opts.quarter}"`);
  return endOfQuarter(q.year, q.quarter);
}

function parseTier(text: string): TierId {
  const tier = tierFromText(text);
  if (!tier) throw new UsageError(`未知层级 “${text}”（innovative / srdi / little-giant 或 创新型 / 专精特新 / 小巨人）`, `unknown tier "${text}" (innovative | srdi | little-giant)`);
  return tier;
}

function resolveCounty(text: string, index: DatasetIndex, data: Dataset): string {
  const county = index.county(text);
  if (county) return county.code;
  const names = data.counties.flatMap((c) => [c.name, c.shortName ?? c.name, c.code, ...c.aliases]);
  const hint = closest(text, names);
  throw new UsageError(
    `未知县市 “${text}”${hint ? `，是否指 “${hint}”？` : ''}`,
    `unknown county "${text}"${hint ? ` — did you mean "${hint}"?` : ''}`,
  );
}
