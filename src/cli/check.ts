/** `hh-srdi check [PATH…]`: validate the folder, print every finding, exit 0/1 (options: check-command.ts). */
import { resolve } from 'node:path';
import { check } from '../check.js';
import { exitCodeFor } from '../diagnostics.js';
import { githubStepSummary, isReporterName, reporters } from '../reporters/index.js';
import { helpLinks, VERSION } from './meta.js';
import { resolveContext, loadData, toPosixRelative, type GlobalOptions } from './context.js';
import { UsageError, type Io } from './io.js';
import { changedSince } from './git.js';
import { ruleMetas } from './rules.js';

export interface CheckFlags extends GlobalOptions {
  format?: string;
  maxWarnings?: string;
  quiet?: boolean;
  changedSince?: string;
}

/** Runs `check` with the command's flags merged over the global ones; returns the exit code. */
export async function runCheck(paths: readonly string[], opts: CheckFlags, io: Io): Promise<number> {
  const ctx = await resolveContext(opts, io);
  const maxWarnings = opts.maxWarnings === undefined ? undefined : Number(opts.maxWarnings);
  if (maxWarnings !== undefined && (!Number.isInteger(maxWarnings) || maxWarnings < 0)) {
    throw new UsageError(`--max-warnings 应为非负整数`, `--max-warnings must be a whole number ≥ 0, got "${opts.maxWarnings}"`);
  }
  const format = opts.format ?? (io.env.GITHUB_ACTIONS === 'true' ? 'github' : 'text');
  if (!isReporterName(format)) throw new UsageError(`未知格式 ${format}`, `unknown format ${format}`);
  const load = await loadData(ctx);
  let onlyFiles = paths.length > 0 ? new Set(paths.map((p) => toPosixRelative(io.cwd, resolve(io.cwd, p)))) : undefined;
  if (opts.changedSince !== undefined) {
    const changed = (await changedSince(ctx, opts.changedSince)).files;
    onlyFiles = new Set([...changed].filter((f) => !onlyFiles || onlyFiles.has(f)));
  }
  const result = check(load, { asOf: ctx.asOf, lang: ctx.lang, severities: ctx.config.rules, quiet: opts.quiet, onlyFiles });
  // rule links only where a reader follows them: code scanning (SARIF)
  const options = { lang: ctx.lang, color: ctx.color, rules: ruleMetas(), toolVersion: VERSION, ...(format === 'sarif' ? helpLinks(io.env) : {}) };
  io.stdout(reporters[format](result, options));
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (format === 'github' && summaryFile) {
    const { appendFile } = await import('node:fs/promises');
    await appendFile(summaryFile, githubStepSummary(result, { ...options, color: false }));
  }
  return exitCodeFor(result.summary, maxWarnings);
}
