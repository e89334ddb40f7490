/** Every county reference must be a code, name, short name or alias of a county in counties.csv. */
import { closest } from '../load/suggest.js';
import { defineRule } from './define.js';
import type { Origin } from '../model/types.js';

export default defineRule({
  id: 'unknown-county',
  description: { zh: '县市既不是已知县市的代码、名称，也不是其别名', en: 'a county that is neither a code, name nor alias of a known county' },
  defaultSeverity: 'error',
  check({ data, report }) {
    if (data.counties.length === 0) return;
    const names = data.counties.flatMap((c) => [c.name, c.shortName ?? c.name, c.code, ...c.aliases]);
    const check = (raw: string, resolved: string | undefined, origin: Origin, field = 'county'): void => {
      if (resolved !== undefined) return;
      const suggestion = closest(raw, names);
      report({
        code: 'unknown-county',
        args: suggestion ? { county: raw, suggestion } : { county: raw },
        at: { origin, field },
        value: raw,
        expected: data.counties.map((c) => c.name).join(' / '),
      });
    };
    for (const e of data.enterprises) {
      check(e.countyRaw, e.county, e.origin);
      e.countyHistory.forEach((h, i) => check(h.countyRaw, h.county, e.origin, `countyHistory.${i}`));
    }
    for (const p of data.pools) check(p.countyRaw, p.county, p.origin);
    for (const t of data.targets) if (t.county.startsWith('?')) check(t.label, undefined, t.origin);
    for (const a of data.annualTargets) if (a.county.startsWith('?')) check(a.county.slice(1), undefined, a.origin);
  },
});
