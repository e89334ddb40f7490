/**
 * The commander program. Each command is defined in <command>-command.ts (options and help: light),
 * which imports <command>.ts (what it does: the data layer, rules, reporters) only when it runs —
 * so `--help` loads none of that (issue 9; test/cli/startup.test.ts keeps it so).
 */
import { Command, CommanderError, Option } from 'commander';
import { registerAssess } from './assess-command.js';
import { registerCheck } from './check-command.js';
import { detectLang } from './detect.js';
import { registerDiff } from './diff-command.js';
import { registerExport } from './export-command.js';
import { registerGaps } from './gaps-command.js';
import { registerInit } from './init-command.js';
import { UsageError, type Io } from './io.js';
import { VERSION } from './meta.js';
import { registerReport } from './report-command.js';
import { registerRules } from './rules-command.js';
import { registerSchema } from './schema-command.js';

export function buildProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('hh-srdi')
    .description('红河州专精特新企业倍增计划（红政办发〔2025〕30号）数据校验、差距分析与报送工具\nLint, gap reports and province submissions for the Honghe SRDI doubling plan.')
    .version(VERSION, '-v, --version')
    .option('-d, --data <dir>', 'data folder (default: ./data or `data:` in hh-srdi.config.yaml)')
    .option('-c, --config <file>', 'config file (default: hh-srdi.config.yaml, looked up from the cwd)')
    .addOption(new Option('--lang <lang>', 'message language (default: $HH_SRDI_LANG, config, locale)').choices(['zh', 'en']))
    .option('--as-of <date>', 'evaluate as of this date, YYYY-MM-DD (default: today in Asia/Shanghai)')
    .option('--no-color', 'disable colours (also NO_COLOR)')
    .option('--encoding <enc>', 'force the encoding of CSV input: utf8 | gb18030 (default: detected)')
    .option('--debug', 'print stack traces for internal errors')
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: (s) => io.stdout(s), writeErr: (s) => io.stderr(s) })
    .exitOverride();
  program.addHelpText(
    'after',
    `
Examples:
  $ hh-srdi check                       # validate ./data
  $ hh-srdi check --format github       # CI annotations
  $ hh-srdi gaps --quarter 2026Q1       # where each county stands (季度调度)
  $ hh-srdi diff origin/main            # what a data pull request changes
  $ hh-srdi report                      # an HTML dashboard for the leaders
  $ hh-srdi schema --out schemas/       # JSON Schemas for editors`,
  );
  registerCheck(program, io, setExit);
  registerSchema(program, io);
  registerGaps(program, io);
  registerAssess(program, io);
  registerRules(program, io);
  registerInit(program, io);
  registerExport(program, io, setExit);
  registerDiff(program, io);
  registerReport(program, io);
  return program;
}

/** Runs the CLI; returns the exit code (0 ok, 1 findings, 2 could not do the job). */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let exit = 0;
  const program = buildProgram(io, (code) => {
    exit = code;
  });
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return exit;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return 2;
    }
    const lang = safeLang(argv, io);
    if (e instanceof UsageError) {
      io.stderr(`hh-srdi: ${lang === 'zh' ? e.zh : e.en}\n`);
      return 2;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr(`hh-srdi: internal error: ${err.message}${debug ? `\n${err.stack ?? ''}` : ' (run with --debug for details)'}\n`);
    return 2;
  }
}

function safeLang(argv: readonly string[], io: Io): 'zh' | 'en' {
  const i = argv.indexOf('--lang');
  try {
    return detectLang(i >= 0 ? argv[i + 1] : undefined, io.env, undefined);
  } catch {
    return 'en';
  }
}
