/** `hh-srdi rules`: the rule catalogue (id, default severity, description) — the README table is generated from it. */
import type { Lang } from '../messages.js';
import type { RuleMeta } from '../reporters/index.js';
import { RULES } from '../rules/index.js';
import { detectLang } from './detect.js';
import type { Io } from './io.js';

/** The catalogue as reporters take it (SARIF rule descriptors, text summaries). */
export function ruleMetas(): RuleMeta[] {
  return RULES.map((r) => ({ id: r.id, description: r.description, defaultSeverity: r.defaultSeverity }));
}

export function rulesMarkdown(): string {
  const rows = RULES.map((r) => `| \`${r.id}\` | ${r.defaultSeverity} | ${r.description.en} | ${r.description.zh} |`);
  return ['| id | default | what it catches | 说明 |', '|---|---|---|---|', ...rows].join('\n') + '\n';
}

function rulesText(lang: Lang): string {
  const width = Math.max(...RULES.map((r) => r.id.length));
  return RULES.map((r) => `${r.id.padEnd(width)}  ${r.defaultSeverity.padEnd(5)}  ${r.description[lang]}`).join('\n') + '\n';
}

export function runRules(flags: { markdown?: boolean; lang?: string }, io: Io): void {
  const lang = detectLang(flags.lang, io.env, undefined);
  io.stdout(flags.markdown ? rulesMarkdown() : rulesText(lang));
}
