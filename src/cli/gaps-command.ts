/** The `gaps` command's definition: options and help. What it does is in gaps.ts, loaded when it runs. */
import { Option, type Command } from 'commander';
import type { GapsFlags } from './gaps.js';
import type { Io } from './io.js';
import { collect, GAPS_FORMATS } from './options.js';

export function registerGaps(program: Command, io: Io): void {
  program
    .command('gaps')
    .summary('where each county stands against the 2027 targets')
    .description(
      'Per county × tier: the Attachment 2 baseline, valid recognitions on the as-of date, the increase so far, the 2027 target, ' +
        'what remains, the on-pace expectation and a status (ahead / on track / behind), with the prefecture total; and each ' +
        "county's seed pool for the year against its required size (ratio × annual growth target). Notes go to stderr.",
    )
    .addOption(new Option('-f, --format <format>', 'output format').choices([...GAPS_FORMATS, 'xlsx']).default('table'))
    .option('-o, --out <file>', 'write to this file (atomically; not inside the data folder); xlsx needs it unless stdout is redirected')
    .option('--county <county>', 'only these counties: code, name or alias (repeatable, comma-separated)', collect)
    .option('--tier <tier>', 'only these tiers: innovative | srdi | little-giant or 创新型 | 专精特新 | 小巨人 (repeatable)', collect)
    .option('--quarter <quarter>', 'as of the end of a quarter, e.g. 2026Q1 (季度调度); not with --as-of')
    .addHelpText(
      'after',
      `
Examples:
  $ hh-srdi gaps                                # today, every county
  $ hh-srdi gaps --quarter 2026Q1               # as of 2026-03-31
  $ hh-srdi gaps --county 蒙自,个旧 --tier srdi
  $ hh-srdi gaps --as-of 2024-12-31             # the Attachment 2 baseline
  $ hh-srdi gaps --format csv --lang zh > gaps.csv
  $ hh-srdi gaps --format xlsx --out 差距2026Q3.xlsx --quarter 2026Q3`,
    )
    .action(async (flags: GapsFlags, cmd: Command) => {
      const { runGaps } = await import('./gaps.js');
      await runGaps({ ...cmd.optsWithGlobals(), ...flags }, io);
    });
}
