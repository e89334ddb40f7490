import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';
import { code, enterprise, POOL } from './pool-data.js';

const A = code(1);
const MOVED = 'previous_counties:\n  - { county: 个旧市, until: 2026-02-28 }';
const files = (county: string, filedOn = '2026-01-10', extra = ''): Record<string, string> => ({
  'enterprises/a.yaml': enterprise(A, { extra }),
  [POOL]: `credit_code,tier,county,filed_on\n${A},innovative,${county},${filedOn}\n`,
});
const run = (f: Record<string, string>) => findings(f, 'pool-county', { asOf: '2026-11-28' });

describe('pool-county (each county files its own enterprises, N 附件1 任务2)', () => {
  it.each([
    ['the enterprise’s county', files('蒙自市')],
    ['the county by its short name', files('蒙自')],
    ['the old county while the enterprise was still there (moved 2026-03-01)', files('个旧市', '2026-01-10', MOVED)],
    ['an unknown enterprise (left to unknown-enterprise)', { [POOL]: `credit_code,tier,county,filed_on\n${A},innovative,个旧市,2026-01-10\n` }],
    ['an unknown county (left to unknown-county)', files('蒙子')],
  ])('passes %s', async (_name, f) => {
    expect(await run(f)).toEqual([]);
  });

  it.each([
    ['another county', files('个旧市')],
    ['the new county before the move (still 个旧市 on 2026-01-10)', files('蒙自市', '2026-01-10', MOVED)],
    ['no filed_on: judged on --as-of, after the move', files('个旧市', '', MOVED)],
  ])('fails %s', async (_name, f) => {
    expect(await run(f)).toEqual([['pool-county', POOL, 2]]);
  });

  it('names both counties and the date used', async () => {
    const [d] = (await diagnose(files('个旧', '2026-01-10'))).filter((x) => x.ruleId === 'pool-county');
    expect([d?.column, d?.value, d?.expected]).toEqual([31, '个旧', '蒙自市']);
    expect(d?.message).toBe('filed by 个旧市, but the enterprise belongs to 蒙自市 on 2026-01-10 (filing date)');
    const [n] = (await diagnose(files('个旧市', '', MOVED), { asOf: '2026-11-28', lang: 'zh' })).filter((x) => x.ruleId === 'pool-county');
    expect(n?.message).toBe('由 个旧市 备案入库，但企业在 2026-11-28（评估日期；未填备案日期）属于 蒙自市');
  });
});
