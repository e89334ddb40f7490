/**
 * N 附件1 任务2 builds each pool from enterprises still to be recognised at its tier: a member that
 * already holds a valid recognition of the pool's tier (or a higher one) on its filing date takes a
 * place it does not need. A warning: the county may be preparing a 复核, but the slot should go to
 * an enterprise still climbing. Entries naming an unknown enterprise are left to unknown-enterprise.
 */
import { heldAtOrAbove, poolDate } from '../reports/pools.js';
import { defineRule } from './define.js';
import { poolTierArgs } from './messages-pool.js';

export default defineRule({
  id: 'pool-already-holds',
  description: { zh: '种子库成员在备案日已持有该层级（或更高层级）的有效认定', en: "a pool member already holding a valid recognition of the pool's tier (or higher)" },
  defaultSeverity: 'warn',
  check({ data, index, asOf, report }) {
    for (const p of data.pools) {
      if (p.status === 'withdrawn' || !index.enterprise(p.creditCode)) continue;
      const { date, source } = poolDate(p, asOf);
      const held = heldAtOrAbove(index, p.creditCode, p.tier, date);
      if (!held) continue;
      report({
        code: 'pool-already-holds',
        args: { ...poolTierArgs(p.tier), ...poolTierArgs(held.tier, 'held_'), date, source, from: held.recognizedOn, to: held.revokedOn ?? held.expiresOn },
        at: { origin: p.origin, field: 'credit_code' },
        value: p.creditCode,
      });
    }
  },
});
