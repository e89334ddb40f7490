/** One credit code defined twice is an error; one name under two codes is a warning. */
import { defineRule } from './define.js';
import type { Enterprise } from '../model/types.js';

export default defineRule({
  id: 'duplicate-enterprise',
  description: { zh: '同一统一社会信用代码重复定义（同名不同代码为警告）', en: 'one credit code defined twice (warn: one name under two codes)' },
  defaultSeverity: 'error',
  check({ data, report }) {
    const byCode = new Map<string, Enterprise>();
    const byName = new Map<string, Enterprise[]>();
    for (const e of data.enterprises) {
      const first = byCode.get(e.creditCode);
      if (first) {
        report({
          code: 'duplicate-enterprise.code',
          args: { code: e.creditCode, first: `${first.origin.loc.file}:${first.origin.loc.line}` },
          at: { origin: e.origin, field: 'credit_code' },
          value: e.creditCode,
        });
        continue;
      }
      byCode.set(e.creditCode, e);
      const list = byName.get(e.name);
      if (list) list.push(e);
      else byName.set(e.name, [e]);
    }
    for (const [name, list] of byName) {
      if (list.length < 2) continue;
      const codes = list.map((e) => e.creditCode).join(', ');
      for (const e of list.slice(1)) report({ code: 'duplicate-enterprise.name', args: { name, codes }, at: { origin: e.origin, field: 'name' }, value: name, severity: 'warn' });
    }
  },
});
