/** Rules whose findings come from the loaders (parsing and schema validation), not from a check. */
import { defineRule } from './define.js';

export const syntax = defineRule({
  id: 'syntax',
  description: { zh: '文件无法解析（YAML/CSV 语法、无法解码的字节），给出位置', en: 'a file that cannot be parsed (YAML/CSV syntax, undecodable bytes) — located' },
  defaultSeverity: 'error',
});

export const schema = defineRule({
  id: 'schema',
  description: { zh: '值的类型、格式或范围错误，或缺少必填字段', en: 'a value of the wrong type/shape/range, a missing required field' },
  defaultSeverity: 'error',
});

export const unknownField = defineRule({
  id: 'unknown-field',
  description: { zh: '模式中未定义的字段或 CSV 列（附“是否指”提示）', en: 'a field or CSV column the schema does not know (with "did you mean")' },
  defaultSeverity: 'warn',
});

export const duplicateKey = defineRule({
  id: 'duplicate-key',
  description: { zh: '同一 YAML 映射中键重复', en: 'a YAML key twice in one mapping' },
  defaultSeverity: 'error',
});
