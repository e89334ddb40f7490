/** `hh-srdi check [PATH…]`: validate the folder, print every finding, exit 0/1. */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { check } from '../check.js';
import { exitCodeFor } from '../diagnostics.js';
import { githubStepSummary, isReporterName, reporterNames, reporters } from '../reporters/index.js';
import { helpLinks, ruleMetas, VERSION } from './meta.js';
import { resolveContext, loadData, toPosixRelative, type GlobalOptions } from './context.js';
import { UsageError, type Io } from './io.js';
import { changedSince } from './git.js';

interface CheckFlags extends GlobalOptions {
  format?: string;
  maxWarnings?: string;
  quiet?: boolean;
  changedSince?: string;
}

export function registerCheck(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('check')
    .summary('validate the data folder (all problems, located)')
    .description('Validate the whole data folder, or only report on the given files (cross-file references are still resolved).')
    .argument('[paths...]', 'files to report on')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...reporterNames]))
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this')
    .option('-q, --quiet', 'report errors only')
    .option('--changed-since <rev>', 'report only on data files changed since this git revision (cross-file rules still see the whole folder)')
    .addHelpText(
      'after',
      `
Examples:
  $ hh-srdi check                         # the ./data folder, grouped text
  $ hh-srdi check --format json > report.json
  $ hh-srdi check data/pools/2026.csv     # only findings in this file
  $ hh-srdi check --max-warnings 0        # fail CI on any warning
  $ hh-srdi check --changed-since origin/main   # big folders: only the files a PR touches
  $ GITHUB_ACTIONS=true hh-srdi check     # annotations + step summary`,
    )
    .action(async (paths: string[], flags: CheckFlags, cmd: Command) => {
      const opts: CheckFlags = { ...cmd.optsWithGlobals(), ...flags };
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
      setExit(exitCodeFor(result.summary, maxWarnings));
    });
}
