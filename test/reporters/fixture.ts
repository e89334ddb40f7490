/** One shared CheckResult exercising every reporter edge: CJK, escapes, long values, ranges, infos. */
import type { CheckResult, Diagnostic, MessageArgs, Severity } from '../../src/diagnostics.js';
import type { Lang, ReporterOptions, RuleMeta } from '../../src/reporters/index.js';

export const RULES: readonly RuleMeta[] = [
  { id: 'schema', description: { zh: '值的类型、形状或范围错误，或缺少必填字段', en: 'A value of the wrong type/shape/range, or a missing required field' }, defaultSeverity: 'error' },
  { id: 'credit-code', description: { zh: '统一社会信用代码格式错误或校验码错误', en: 'Unified social credit code malformed or with a wrong check character' }, defaultSeverity: 'error' },
  { id: 'credit-code-region', description: { zh: '信用代码中的行政区划码与企业所在县市不符', en: "Division code in the credit code differs from the enterprise's county" }, defaultSeverity: 'warn' },
  { id: 'indicator-consistency', description: { zh: '不可能的指标数据', en: 'Impossible figures' }, defaultSeverity: 'error' },
  { id: 'pool-deadline', description: { zh: '入库备案晚于当年1月15日', en: 'A pool entry filed after 15 January of its year' }, defaultSeverity: 'warn' },
  { id: 'recognition-expiring', description: { zh: '有效认定将在180天内到期（需复核）', en: 'A valid recognition ends within 180 days (review due)' }, defaultSeverity: 'warn' },
  { id: 'unknown-county', description: { zh: '无法识别的县市', en: 'A county that is neither a code, name nor alias of a known county' }, defaultSeverity: 'error' },
];

type Message = { zh: string; en: string };

function diag(
  ruleId: string,
  severity: Severity,
  at: [file: string, line: number, column: number, endLine?: number, endColumn?: number],
  message: Message,
  lang: Lang,
  extra: { path?: string; value?: string; expected?: string; code?: string; args?: MessageArgs } = {},
): Diagnostic {
  const [file, line, column, endLine, endColumn] = at;
  const d: Diagnostic = { ruleId, severity, code: extra.code ?? `${ruleId}/x`, args: extra.args ?? {}, message: message[lang], file, line, column };
  if (endLine !== undefined) d.endLine = endLine;
  if (endColumn !== undefined) d.endColumn = endColumn;
  if (extra.path !== undefined) d.path = extra.path;
  if (extra.value !== undefined) d.value = extra.value;
  if (extra.expected !== undefined) d.expected = extra.expected;
  return d;
}

const ENTERPRISE = 'data/enterprises/91532503MA7P3Q8L26.yaml';
const POOL = 'data/pools/2026,draft:v2.csv';
const PLAN = 'data/plan.yaml';

export const LONG_VALUE = `红河示例精密部件有限公司（示例）${'长'.repeat(70)}尾巴TAIL`;

/** Already sorted file → line → column → rule id, as the runner delivers them. */
export function fixture(lang: Lang): CheckResult {
  const diagnostics = [
    diag('credit-code', 'error', [ENTERPRISE, 1, 14], { zh: '统一社会信用代码校验码错误', en: 'Credit code has a wrong check character' }, lang, {
      path: 'credit_code', value: '91532503MA7P3Q8L2X', expected: '91532503MA7P3Q8L26', code: 'credit-code/check-char', args: { expected: '6' },
    }),
    diag('credit-code-region', 'warn', [ENTERPRISE, 1, 14], { zh: '信用代码区划 532503 与县市 个旧市 不符', en: 'Division 532503 in the credit code is not the county 个旧市' }, lang, {
      path: 'credit_code', value: '91532503MA7P3Q8L2X',
    }),
    diag('schema', 'error', [ENTERPRISE, 3, 7], { zh: '企业名称过长', en: 'Name is too long' }, lang, {
      path: 'name', value: LONG_VALUE, expected: '≤ 60 characters',
    }),
    diag('indicator-consistency', 'error', [ENTERPRISE, 12, 5, 14, 22], { zh: '主营业务收入 11000 万元 > 营业收入 10000 万元', en: 'Main revenue 11000 万元 exceeds revenue 10000 万元' }, lang, {
      path: 'indicators[0].main_revenue', value: '11000', expected: '≤ 10000',
    }),
    diag('recognition-expiring', 'info', [ENTERPRISE, 120, 3], { zh: '专精特新认定将于 2026-03-01 到期', en: 'The srdi recognition ends on 2026-03-01' }, lang, {
      path: 'recognitions[1]',
    }),
    diag('syntax', 'error', [PLAN, 2, 1], { zh: 'YAML 语法错误：\n缩进不一致', en: 'YAML syntax error:\nbad indentation' }, lang, {
      value: 'period:\n\t- 2025\r\n  - 2027\u001b[31m',
    }),
    diag('unknown-county', 'error', [POOL, 4, 23], { zh: '未知县市 “蒙自|市”', en: 'Unknown county "蒙自|市"' }, lang, {
      path: 'county', value: '蒙自|市, 100%: a:b', expected: 'code, name or alias of one of the 13 counties',
    }),
    diag('pool-deadline', 'warn', [POOL, 17, 9], { zh: '入库时间 2026-02-03 晚于 1 月 15 日', en: 'Filed on 2026-02-03, after 15 January' }, lang, {
      path: 'filed_on', value: '2026-02-03', expected: '≤ 2026-01-15',
    }),
    diag('pool-deadline', 'warn', [POOL, 18, 9], { zh: '缺少入库时间', en: 'filed_on is missing' }, lang, {
      path: 'filed_on', expected: 'a date ≤ 2026-01-15',
    }),
  ];
  return { diagnostics, summary: { errors: 5, warnings: 3, infos: 1, files: 1234 } };
}

export const EMPTY: CheckResult = { diagnostics: [], summary: { errors: 0, warnings: 0, infos: 0, files: 41 } };

export function options(lang: Lang, color = false): ReporterOptions {
  return {
    lang,
    color,
    rules: RULES,
    toolVersion: '0.1.0',
    helpUri: (id) => `https://example.org/hh-srdi/rules/${id}.md`,
    informationUri: 'https://example.org/hh-srdi',
  };
}
