/** `hh-srdi diff [REV]`: what the data means now against a git revision (SPEC §3; options: diff-command.ts). */
import { collectDrafts, finalise } from '../check.js';
import { loadFolder, type LoadResult } from '../load/folder.js';
import { openGitVfs, renamedFiles, type RepoPlace } from '../load/git-vfs.js';
import { buildIndex } from '../model/dataset-index.js';
import { diffData, DEFAULT_THRESHOLD_PCT, type DiffBase, type DiffSide } from '../reports/diff.js';
import { gaps } from '../reports/gaps.js';
import { diffFormatters, isDiffFormat } from '../reporters/diff-formats.js';
import { DEFAULT_MAX_ROWS } from '../reporters/diff-markdown.js';
import { RULES } from '../rules/index.js';
import { loadData, resolveContext, type Context, type GlobalOptions } from './context.js';
import { baseCommit, displayPath, gitPlace } from './git.js';
import { UsageError, type Io } from './io.js';

export interface DiffFlags extends GlobalOptions {
  format?: string;
  threshold?: string;
  maxRows?: string;
}

/** Runs `diff` with the command's flags merged over the global ones. */
export async function runDiff(rev: string | undefined, opts: DiffFlags, io: Io): Promise<void> {
  const format = opts.format ?? 'text';
  if (!isDiffFormat(format)) throw new UsageError(`未知格式 ${format}`, `unknown format ${format}`);
  const thresholdPct = numberFlag('--threshold', opts.threshold, DEFAULT_THRESHOLD_PCT);
  const maxRows = numberFlag('--max-rows', opts.maxRows, DEFAULT_MAX_ROWS);
  const ctx = await resolveContext(opts, io);
  const place = await gitPlace(ctx);
  const base = await baseCommit(place, rev);
  const [before, after] = await Promise.all([loadAt(ctx, place, base), loadData(ctx)]);
  const renames = new Map<string, string>();
  for (const [from, to] of await renamedFiles(place.top, base.commit, place.prefix)) renames.set(displayPath(ctx, place, from), displayPath(ctx, place, to));
  const diff = diffData(side(ctx, before), side(ctx, after), { thresholdPct, renames, base });
  const options = { lang: ctx.lang, color: ctx.color, maxRows };
  io.stdout(diffFormatters[format](diff, options));
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (io.env.GITHUB_ACTIONS === 'true' && summaryFile) {
    const { appendFile } = await import('node:fs/promises');
    await appendFile(summaryFile, diffFormatters.markdown(diff, { ...options, color: false }));
  }
}

function numberFlag(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(n) || n < 0) throw new UsageError(`${name} 应为非负数，收到 “${raw}”`, `${name} must be a number ≥ 0, got "${raw}"`);
  return n;
}

/** The folder at the base commit, printed under the same paths as now (so findings match up). */
async function loadAt(ctx: Context, place: RepoPlace, base: DiffBase): Promise<LoadResult> {
  const vfs = await openGitVfs(place.top, base.commit, place.prefix);
  try {
    if (!(await vfs.isDirectory(place.prefix))) {
      const shown = ctx.displayRoot || '.';
      ctx.io.stderr(ctx.lang === 'zh' ? `提示：${base.rev} 中没有数据文件夹 ${shown}，全部数据按新增计\n` : `note: the data folder ${shown} does not exist at ${base.rev}: everything counts as added\n`);
    }
    return await loadFolder({
      vfs,
      root: place.prefix,
      displayRoot: ctx.displayRoot,
      encoding: ctx.encoding,
      maxYamlBytes: ctx.config.max_yaml_mb ? ctx.config.max_yaml_mb * 1024 * 1024 : undefined,
    });
  } finally {
    vfs.close();
  }
}

/** One side of the diff: the check result and the gaps as `check` and `gaps` compute them, one index for both. */
function side(ctx: Context, load: LoadResult): DiffSide {
  const index = buildIndex(load.data);
  const check = finalise(collectDrafts(load, ctx.asOf, RULES, index), load.suppressions, load.data.files.length, {
    asOf: ctx.asOf,
    lang: ctx.lang,
    severities: ctx.config.rules,
  });
  return { data: load.data, index, check, gaps: gaps(load.data, index, ctx.asOf) };
}
