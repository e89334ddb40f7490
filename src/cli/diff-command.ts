/** The `diff` command's definition: options and help. What it does is in diff.ts, loaded when it runs. */
import { Option, type Command } from 'commander';
import type { DiffFlags } from './diff.js';
import type { Io } from './io.js';
import { DIFF_FORMATS, DIFF_THRESHOLD_PCT } from './options.js';

export function registerDiff(program: Command, io: Io): void {
  program
    .command('diff')
    .summary('what changed in the data since a git revision (for pull requests)')
    .description(
      'Compare the data folder now with the same folder at a git revision (read from git: no checkout): enterprises added, ' +
        'removed, renamed or moved, recognitions gained, renewed or lost, pool entries, indicator changes, new and fixed ' +
        'findings of check, and the change of every county × tier gap and pool shortfall. Records are matched by credit ' +
        'code and natural keys, so moving or renaming files changes nothing. Under GitHub Actions the markdown report is ' +
        'also appended to $GITHUB_STEP_SUMMARY.',
    )
    .argument('[rev]', 'git revision to compare against (default: the merge base of HEAD with origin/HEAD, origin/main, main or master)')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...DIFF_FORMATS]))
    .option('--threshold <pct>', `smallest relative change of an indicator that is shown, in percent (default ${DIFF_THRESHOLD_PCT})`)
    .option('--max-rows <n>', 'markdown: rows per section before "… and N more" (default 100)')
    .addHelpText(
      'after',
      `
Examples:
  $ hh-srdi diff                              # against the merge base with the default branch
  $ hh-srdi diff HEAD~1                       # what the last commit changed
  $ hh-srdi diff origin/main --format markdown > diff.md   # a pull-request comment
  $ hh-srdi diff v2026.1 --format json --lang zh`,
    )
    .action(async (rev: string | undefined, flags: DiffFlags, cmd: Command) => {
      const { runDiff } = await import('./diff.js');
      await runDiff(rev, { ...cmd.optsWithGlobals(), ...flags }, io);
    });
}
