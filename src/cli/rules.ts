/** `hh-srdi rules`: the rule catalogue (id, default severity, description) — the README table is generated from it. */
import type { Command } from 'commander';
import type { Lang } from '../messages.js';
import { RULES } from '../rules/index.js';
import { detectLang } from './context.js';
import type { Io } from './io.js';

export function rulesMarkdown(): string {
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.defaultSeverity} | ${r.description.en} | ${r.description.zh} |`);
  return ['| id | default | what it catches | 说明 |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}

function rulesText(lang: Lang): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  return RULES.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(5)}  ${r.description[lang]}`).join('\n') + '\n';
}

export function registerRules(program: Command, io: Io): void {
  program
    .command('rules')
    .summary('list every rule with its default severity')
    .option('--markdown', 'print the README table')
    .action((flags: { markdown?: boolean }, cmd: Command) => {
      const lang = detectLang(cmd.optsWithGlobals<{ lang?: string }>().lang, io.env, undefined);
      io.stdout(flags.markdown ? rulesMarkdown() : rulesText(lang));
    });
}
