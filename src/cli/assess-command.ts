/** The `assess` command's definition: options and help. What it does is in assess.ts, loaded when it runs. */
import { Option, type Command } from 'commander';
import type { AssessFlags } from './assess.js';
import type { Io } from './io.js';
import { ASSESS_FORMATS, collect, RULESET_IDS } from './options.js';

export function registerAssess(program: Command, io: Io): void {
  program
    .command('assess')
    .summary('readiness for the next tier and the 施工路线图 (default: this year’s pool members)')
    .description(
      'Every criterion of the target tier as pass / fail / unknown with the actual value, the required value and the shortfall; ' +
        'a verdict (ready / not ready / insufficient data); missing data most-blocking first; where the deciding numbers came from; ' +
        'and the 施工路线图 (shortfalls, measures from the notice, planned application time). Without arguments: every pool ' +
        'member of the --as-of year (not withdrawn), for its pool’s planned tier. Exit 0 whatever the verdicts.',
    )
    .argument('[enterprises...]', 'credit codes or names (exact, or a part naming one enterprise)')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...ASSESS_FORMATS, 'xlsx']).default('table'))
    .option('-o, --out <file>', 'write to this file (atomically; not inside the data folder); xlsx needs it unless stdout is redirected')
    .option('--tier <tier>', 'target tier: innovative | srdi | little-giant or 创新型 | 专精特新 | 小巨人 (pool members: only those aiming at it)', collect)
    .option('--county <county>', 'only these counties: code, name or alias (repeatable, comma-separated)', collect)
    .addOption(new Option('--only <which>', 'failing = not ready or insufficient data; ready').choices(['failing', 'ready']))
    .addOption(new Option('--ruleset <id>', 'criteria ruleset (default: plan.yaml `criteria`, then config `criteria`, then miit-2022)').choices([...RULESET_IDS]))
    .option('--compare <a,b>', 'verdicts under two rulesets side by side, e.g. miit-2022,miit-2026')
    .addHelpText(
      'after',
      `
Examples:
  $ hh-srdi assess                                   # every 2026 pool member (as of today)
  $ hh-srdi assess 91532501615782352J --as-of 2026-11-28
  $ hh-srdi assess 恒阳锡业                           # a unique part of the name
  $ hh-srdi assess --county 个旧 --only failing        # who still has gaps, and what to do
  $ hh-srdi assess --tier little-giant --format markdown
  $ hh-srdi assess --compare miit-2022,miit-2026     # who gains or loses under the 2026 rules (provisional)
  $ hh-srdi assess --format csv --lang zh > 评估.csv`,
    )
    .action(async (names: string[], flags: AssessFlags, cmd: Command) => {
      const { runAssess } = await import('./assess.js');
      await runAssess(names, { ...cmd.optsWithGlobals(), ...flags }, io);
    });
}
