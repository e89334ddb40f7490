/** The `export` commands' definitions: options and help. What they do is in export.ts, loaded when one runs. */
import { Option, type Command } from 'commander';
import type { ExportFlags } from './export.js';
import type { Io } from './io.js';
import { collect } from './options.js';

export type ExportKind = 'pools' | 'rollup' | 'candidates' | 'roadmap';

interface Spec {
  kind: ExportKind;
  summary: string;
  description: string;
  year: string;
  examples: string;
}

const SPECS: Spec[] = [
  {
    kind: 'pools',
    summary: 'seed-pool filing (种子库备案), one row per pool entry',
    description: 'The seed pools of a year as filed with the province: one row per entry (withdrawn ones left out), sorted by county code then credit code, with a 合计 row.',
    year: 'pool year (default: the year of --as-of)',
    examples: '  $ hh-srdi export pools --year 2026 --out 种子库备案2026.csv\n  $ hh-srdi export pools --year 2026 --county 蒙自 --encoding gb18030 > 蒙自.csv',
  },
  {
    kind: 'rollup',
    summary: 'annual roll-up per county × tier',
    description:
      'Per county × tier: baseline, valid recognitions on the as-of date, the year’s growth target (推算 = derived), the year’s pool against its required size, the 2027 target; 全州合计 rows. ' +
      'Default --as-of: today, or 31 December of --year when that is earlier.',
    year: 'roll-up year (default: this year)',
    examples: '  $ hh-srdi export rollup --year 2026 --out 年度汇总2026.csv\n  $ hh-srdi export rollup --year 2025            # as of 2025-12-31',
  },
  {
    kind: 'candidates',
    summary: 'next year’s national 小巨人 target list (年底目标名单)',
    description:
      'Enterprises holding a valid srdi recognition (and no little-giant one) on the as-of date, assessed for little-giant with the plan’s ruleset. ' +
      '--year is the year they would apply in; default --as-of: today, or 31 December of the year before --year when that is earlier.',
    year: 'application year (default: next year)',
    examples: '  $ hh-srdi export candidates --year 2027 --out 小巨人目标名单2027.csv\n  $ hh-srdi export candidates --year 2027 --ruleset miit-2026',
  },
  {
    kind: 'roadmap',
    summary: '施工路线图 of the pool enterprises, one row per shortfall',
    description: 'The 施工路线图 of every enterprise in the year’s pools, assessed on the as-of date: one row per enterprise × shortfall (one row when there is none), with measures, target tier and planned application time.',
    year: 'pool year (default: the year of --as-of)',
    examples: '  $ hh-srdi export roadmap --out 施工路线图.csv\n  $ hh-srdi export roadmap --county 个旧 --lang en',
  },
];

export function registerExport(program: Command, io: Io, setExit: (code: number) => void): void {
  const parent = program
    .command('export')
    .summary('CSV (or xlsx) files for the province: pools | rollup | candidates | roadmap')
    .description(
      'The files the prefecture sends the province, as CSV for Excel/WPS: Chinese headers (--lang en for English), UTF-8 with BOM ' +
        '(--encoding utf8 | gb18030), formula-looking cells neutralised, byte-for-byte deterministic. Refused when check finds errors ' +
        'in the records exported, unless --allow-errors. --format xlsx writes an Excel workbook instead (frozen header, number formats, 合计 rows bold).',
    );
  for (const spec of SPECS) {
    const cmd = parent
      .command(spec.kind)
      .summary(spec.summary)
      .description(spec.description)
      .option('--year <year>', spec.year)
      .option('-o, --out <file>', 'write to this file (atomically; not inside the data folder) instead of stdout')
      .option('--county <county>', 'only these counties: code, name or alias (repeatable, comma-separated)', collect)
      // The program-level --encoding (CSV input) takes the value; for exports it names the output encoding.
      .addOption(new Option('--encoding <enc>', 'output encoding: utf8-bom (default) | utf8 | gb18030'))
      .option('--allow-errors', 'export even when check finds errors in the exported records (stated in a footer line)')
      .addOption(new Option('-f, --format <format>', 'csv, or xlsx: an Excel workbook (needs --out, or stdout redirected to a file)').choices(['csv', 'xlsx']).default('csv'));
    if (spec.kind === 'candidates' || spec.kind === 'roadmap') {
      cmd.option('--ruleset <id>', 'criteria ruleset: miit-2022 | miit-2026 (default: criteria in plan.yaml)');
    }
    cmd.addHelpText('after', `\nExamples:\n${spec.examples}`).action(async (flags: ExportFlags, c: Command) => {
      const { runExport } = await import('./export.js');
      setExit(await runExport(spec.kind, { ...c.optsWithGlobals(), ...flags }, io));
    });
  }
}

