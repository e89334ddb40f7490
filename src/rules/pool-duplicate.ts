/**
 * One enterprise is one member of a year's pool of a tier: a second row for it (in the same file
 * or another file of that year) double-counts it in pool-size and `gaps`. The second row is
 * reported and points at the first. Status does not matter — a re-filed 退库 entry updates its row.
 */
import type { PoolEntry } from '../model/types.js';
import { defineRule } from './define.js';
import { poolTierArgs } from './messages-pool.js';

export default defineRule({
  id: 'pool-duplicate',
  description: { zh: '同一企业在同一年度同一层级种子库中重复出现', en: "one enterprise twice in one year's pool of one tier" },
  defaultSeverity: 'error',
  check({ data, report }) {
    const first = new Map<string, PoolEntry>();
    for (const p of data.pools) {
      const key = `${p.year}\u0000${p.tier}\u0000${p.creditCode}`;
      const seen = first.get(key);
      if (!seen) {
        first.set(key, p);
        continue;
      }
      const at = seen.origin.loc;
      report({
        code: 'pool-duplicate',
        args: {
          code: p.creditCode,
          year: p.year,
          ...poolTierArgs(p.tier),
          first_line: at.line,
          ...(at.file !== p.origin.loc.file && { first_file: at.file }),
        },
        at: { origin: p.origin, field: 'credit_code' },
        value: p.creditCode,
      });
    }
  },
});
