/**
 * Inline suppressions must say why, name real rules, and silence something (ESLint's
 * --report-unused-disable-directives). Findings come from the runner (src/check.ts).
 */
import { registerMessages } from '../messages.js';
import { defineRule } from './define.js';

registerMessages({
  'suppression.no-reason': {
    zh: (a) => `抑制指令缺少理由（写作 “# hh-srdi-disable-next-line ${String(a.rules)} -- 理由”），未生效`,
    en: (a) => `suppression without a reason has no effect (write "# hh-srdi-disable-next-line ${String(a.rules)} -- reason")`,
  },
  'suppression.unknown-rule': { zh: (a) => `抑制指令中的规则 ${String(a.rule)} 不存在`, en: (a) => `suppression names unknown rule "${String(a.rule)}"` },
  'suppression.unused': {
    zh: (a) => `抑制指令未生效：第 ${String(a.line)} 行没有 ${String(a.rule)} 问题`,
    en: (a) => `unused suppression: no ${String(a.rule)} finding on line ${String(a.line)}`,
  },
});

export default defineRule({
  id: 'suppression',
  description: {
    zh: '行内抑制指令缺少理由、规则不存在或未生效',
    en: 'an inline suppression without a reason, naming an unknown rule, or silencing nothing',
  },
  defaultSeverity: 'warn',
});
