/** The `report` command's definition: options and help. What it does is in report.ts, loaded when it runs. */
import { Option, type Command } from 'commander';
import type { Io } from './io.js';
import { RULESET_IDS } from './options.js';
import type { ReportFlags } from './report.js';

export function registerReport(program: Command, io: Io): void {
  program
    .command('report')
    .summary('an HTML dashboard: progress, county grid, pools, the ladder over time, expiring recognitions, 小巨人 candidates')
    .description(
      'One self-contained HTML page (styles, charts and a small sorting script inline; nothing fetched when opened, so it ' +
        'works from a mail or a USB stick; prints on A4): the prefecture’s progress toward the 2027 targets per tier, a county × tier ' +
        'grid coloured ahead / on track / behind, each county’s seed pool against its required size, valid recognitions at each ' +
        'quarter end, recognitions ending within 12 months, and the little-giant candidates with their readiness. The footer names ' +
        'the date and the data folder’s git revision. Chinese unless --lang en.',
    )
    .option('-o, --out <file>', 'where to write (default: hh-srdi-report-<as-of>.html in the current folder; - for stdout)')
    .addOption(new Option('--ruleset <id>', 'criteria for the candidates (default: plan.yaml `criteria`)').choices([...RULESET_IDS]))
    .addHelpText(
      'after',
      `
Examples:
  $ hh-srdi report                                  # hh-srdi-report-<today>.html
  $ hh-srdi report --as-of 2026-09-30 --out 三季度进度.html
  $ hh-srdi report --lang en --out dashboard.html`,
    )
    .action(async (flags: ReportFlags, cmd: Command) => {
      const { runReport } = await import('./report.js');
      await runReport({ ...cmd.optsWithGlobals(), ...flags }, io);
    });
}
