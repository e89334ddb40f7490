/**
 * Every message the tool prints about data, as typed codes rendered in zh or en by one function
 * (publint). Rules report codes + args; tests assert codes; reporters print the rendered text.
 */
import type { MessageArgs } from './diagnostics.js';

export type Lang = 'zh' | 'en';
type Render = (a: MessageArgs) => string;
interface Message {
  zh: Render;
  en: Render;
}

const s = (a: MessageArgs, k: string): string => String(a[k] ?? '');

export const MESSAGES = {
  // syntax / loading
  'syntax.yaml': { zh: (a) => `YAML 语法错误：${s(a, 'detail')}`, en: (a) => `YAML syntax error: ${s(a, 'detail')}` },
  'syntax.csv': { zh: (a) => `CSV 语法错误：${s(a, 'detail')}`, en: (a) => `CSV syntax error: ${s(a, 'detail')}` },
  'syntax.binary': { zh: () => '文件不是文本（疑似二进制文件）', en: () => 'the file is not text (looks binary)' },
  'syntax.empty': { zh: () => '文件为空', en: () => 'the file is empty' },
  'syntax.too-large': {
    zh: (a) => `文件 ${s(a, 'size')} 超过上限 ${s(a, 'limit')}，未读取；大量数据请改用 CSV`,
    en: (a) => `file of ${s(a, 'size')} exceeds the ${s(a, 'limit')} limit and was not read; use CSV for bulk data`,
  },
  'syntax.aliases': {
    zh: (a) => `YAML 别名展开次数超过 ${s(a, 'limit')}（疑似别名炸弹）`,
    en: (a) => `more than ${s(a, 'limit')} YAML alias expansions (alias bomb?)`,
  },
  'syntax.too-deep': { zh: (a) => `YAML 嵌套超过 ${s(a, 'limit')} 层`, en: (a) => `YAML nested deeper than ${s(a, 'limit')} levels` },
  'syntax.not-mapping': {
    zh: (a) => `应为${s(a, 'what')}（YAML 映射），实际为 ${s(a, 'actual')}`,
    en: (a) => `expected ${s(a, 'what')} (a YAML mapping), found ${s(a, 'actual')}`,
  },
  'syntax.no-header': { zh: () => 'CSV 缺少表头行', en: () => 'the CSV has no header row' },
  'syntax.row-length': {
    zh: (a) => `该行有 ${s(a, 'actual')} 列，表头有 ${s(a, 'expected')} 列`,
    en: (a) => `row has ${s(a, 'actual')} cells, the header has ${s(a, 'expected')}`,
  },
  'syntax.pool-year': {
    zh: (a) => `无法从文件名 ${s(a, 'file')} 得出种子库年度（应为 pools/2026.csv）且行内没有 year 列`,
    en: (a) => `cannot tell the pool year from ${s(a, 'file')} (expected pools/2026.csv) and the row has no year`,
  },
  'duplicate-key': { zh: (a) => `键 “${s(a, 'key')}” 在同一映射中重复`, en: (a) => `key "${s(a, 'key')}" appears twice in one mapping` },
  'duplicate-column': { zh: (a) => `列 “${s(a, 'key')}” 重复`, en: (a) => `column "${s(a, 'key')}" appears twice` },
  // schema
  'schema.required': { zh: (a) => `缺少必填字段 ${s(a, 'field')}`, en: (a) => `missing required field ${s(a, 'field')}` },
  'schema.invalid': {
    zh: (a) => `字段 ${s(a, 'field')} 的值无效：${s(a, 'detail_zh')}`,
    en: (a) => `invalid value for ${s(a, 'field')}: ${s(a, 'detail_en')}`,
  },
  'unknown-field': {
    zh: (a) => `未知字段 “${s(a, 'field')}”${a.suggestion ? `，是否指 “${s(a, 'suggestion')}”？` : ''}`,
    en: (a) => `unknown field "${s(a, 'field')}"${a.suggestion ? ` — did you mean "${s(a, 'suggestion')}"?` : ''}`,
  },
  // credit codes
  'credit-code.length': {
    zh: (a) => `统一社会信用代码应为 18 位，实际 ${s(a, 'length')} 位`,
    en: (a) => `a unified social credit code has 18 characters, this one has ${s(a, 'length')}`,
  },
  'credit-code.charset': {
    zh: () => '统一社会信用代码含非法字符（不使用 I、O、S、V、Z；第 3–8 位为数字）',
    en: () => 'the credit code has characters outside GB 32100 (no I, O, S, V, Z; positions 3–8 are digits)',
  },
  'credit-code.check': {
    zh: (a) => `统一社会信用代码校验位错误：应为 ${s(a, 'expected')}，实际为 ${s(a, 'actual')}`,
    en: (a) => `wrong check character in the credit code: expected ${s(a, 'expected')}, found ${s(a, 'actual')}`,
  },
  'credit-code.lowercase': {
    zh: () => '统一社会信用代码含小写字母，已按大写处理',
    en: () => 'the credit code has lower-case letters; read as upper case',
  },
  'credit-code-region': {
    zh: (a) => `信用代码中的行政区划码 ${s(a, 'division')} 与企业所在县市 ${s(a, 'county')}（${s(a, 'code')}）不符`,
    en: (a) => `division code ${s(a, 'division')} in the credit code does not match the enterprise's county ${s(a, 'county')} (${s(a, 'code')})`,
  },
  'duplicate-enterprise.code': {
    zh: (a) => `统一社会信用代码 ${s(a, 'code')} 重复定义（首次见于 ${s(a, 'first')}）`,
    en: (a) => `credit code ${s(a, 'code')} is defined twice (first in ${s(a, 'first')})`,
  },
  'duplicate-enterprise.name': {
    zh: (a) => `企业名称 “${s(a, 'name')}” 同时用于 ${s(a, 'codes')}`,
    en: (a) => `enterprise name "${s(a, 'name')}" is used by ${s(a, 'codes')}`,
  },
  'unknown-enterprise': {
    zh: (a) => `${s(a, 'what_zh')}引用的企业 ${s(a, 'code')} 不存在`,
    en: (a) => `${s(a, 'what_en')} names enterprise ${s(a, 'code')}, which is not defined`,
  },
  'unknown-county': {
    zh: (a) => `未知县市 “${s(a, 'county')}”${a.suggestion ? `，是否指 “${s(a, 'suggestion')}”？` : ''}`,
    en: (a) => `unknown county "${s(a, 'county')}"${a.suggestion ? ` — did you mean "${s(a, 'suggestion')}"?` : ''}`,
  },
} satisfies Record<string, Message>;

export type MessageCode = keyof typeof MESSAGES;

const registry: Record<string, Message> = { ...MESSAGES };

/** Later modules (plan, pools, criteria rules) add their messages here at import time. */
export function registerMessages(messages: Record<string, Message>): void {
  Object.assign(registry, messages);
}

export function renderMessage(code: string, args: MessageArgs, lang: Lang): string {
  const m = registry[code];
  if (!m) return `${code} ${JSON.stringify(args)}`;
  return m[lang](args);
}

export type { Message };
