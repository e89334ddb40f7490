/** Recognitions, indicators and pool rows must name an enterprise defined in the folder. */
import { defineRule } from './define.js';
import type { Origin } from '../model/types.js';

const WHAT = {
  recognition: { zh: '认定记录', en: 'a recognition' },
  indicators: { zh: '指标记录', en: 'an indicators row' },
  pool: { zh: '种子库记录', en: 'a pool entry' },
};

export default defineRule({
  id: 'unknown-enterprise',
  description: { zh: '认定、指标或种子库记录引用了不存在的企业', en: 'a recognition / indicator / pool row naming no known enterprise' },
  defaultSeverity: 'error',
  check({ data, index, report }) {
    const check = (creditCode: string, origin: Origin, what: keyof typeof WHAT): void => {
      if (index.enterprise(creditCode)) return;
      report({
        code: 'unknown-enterprise',
        args: { code: creditCode, what_zh: WHAT[what].zh, what_en: WHAT[what].en },
        at: { origin, field: 'credit_code' },
        value: creditCode,
      });
    };
    for (const r of data.recognitions) check(r.creditCode, r.origin, 'recognition');
    for (const i of data.indicators) check(i.creditCode, i.origin, 'indicators');
    for (const p of data.pools) check(p.creditCode, p.origin, 'pool');
  },
});
