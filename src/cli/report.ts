/**
 * `hh-srdi report` (issue 8): the dashboard for people who would rather look than read — one HTML
 * file that opens anywhere without a network. Chinese unless --lang en; written atomically to
 * hh-srdi-report-<as-of>.html (or --out), never inside the data folder. Options: report-command.ts.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { checkErrors } from '../check.js';
import type { RulesetId } from '../criteria/index.js';
import type { Lang } from '../messages.js';
import { buildIndex } from '../model/dataset-index.js';
import { isoDateInShanghai } from '../model/dates.js';
import { renderReport } from '../report/html.js';
import { buildReport } from '../report/model.js';
import { outPath, writeOutFile } from './binary-out.js';
import { loadData, resolveContext, type GlobalOptions } from './context.js';
import type { Io } from './io.js';
import { VERSION } from './meta.js';

export interface ReportFlags extends GlobalOptions {
  out?: string;
  ruleset?: RulesetId;
}

const run = promisify(execFile);

/** The data folder's commit and whether it has uncommitted changes; undefined outside a git repository. */
export async function gitRevision(dir: string): Promise<{ commit: string; dirty: boolean } | undefined> {
  // No shell; no optional index locks, so a report never gets in the way of a concurrent commit.
  const options = { cwd: dir, timeout: 10_000, env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } };
  try {
    const commit = (await run('git', ['rev-parse', '--short', 'HEAD'], options)).stdout.trim();
    const status = (await run('git', ['status', '--porcelain', '--', '.'], options)).stdout;
    return commit === '' ? undefined : { commit, dirty: status.trim() !== '' };
  } catch {
    return undefined;
  }
}

/** Runs `report` with the command's flags merged over the global ones. */
export async function runReport(opts: ReportFlags, io: Io): Promise<void> {
  const ctx = await resolveContext(opts, io);
  const lang: Lang = opts.lang === 'en' ? 'en' : 'zh';
  const raw = opts.out ?? `hh-srdi-report-${ctx.asOf}.html`;
  const out = raw === '-' ? undefined : outPath(ctx, raw);
  const load = await loadData(ctx);
  const model = buildReport(load.data, buildIndex(load.data), { asOf: ctx.asOf, lang, version: VERSION, ...(opts.ruleset && { ruleset: opts.ruleset }) });
  // As gaps does: a past --as-of must not turn every later recognition into a "date in the future" error.
  const today = isoDateInShanghai(io.now());
  const { errors } = checkErrors(load, { asOf: ctx.asOf > today ? ctx.asOf : today, lang: ctx.lang, severities: ctx.config.rules }).summary;
  const revision = await gitRevision(ctx.dataDir);
  const html = renderReport({ ...model, ...(revision && { revision }), ...(errors > 0 && { errors }) });
  if (out === undefined) io.stdout(html);
  else await writeOutFile(out, raw, new TextEncoder().encode(html));
  const zh = ctx.lang === 'zh';
  if (out !== undefined) io.stderr(zh ? `提示：已写入 ${raw}\n` : `note: wrote ${raw}\n`);
  if (errors > 0) io.stderr(zh ? `提示：check 发现 ${errors} 个错误，数字可能不准——请运行 hh-srdi check\n` : `note: check finds ${errors} ${errors === 1 ? 'error' : 'errors'} — run hh-srdi check\n`);
}
