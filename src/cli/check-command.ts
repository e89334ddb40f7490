/** The `check` command's definition: options and help. What it does is in check.ts, loaded when it runs. */
import { Option, type Command } from 'commander';
import type { CheckFlags } from './check.js';
import type { Io } from './io.js';
import { CHECK_FORMATS } from './options.js';

export function registerCheck(program: Command, io: Io, setExit: (code: number) => void): void {
  program
    .command('check')
    .summary('validate the data folder (all problems, located)')
    .description('Validate the whole data folder, or only report on the given files (cross-file references are still resolved).')
    .argument('[paths...]', 'files to report on')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...CHECK_FORMATS]))
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
      const { runCheck } = await import('./check.js');
      setExit(await runCheck(paths, { ...cmd.optsWithGlobals(), ...flags }, io));
    });
}
