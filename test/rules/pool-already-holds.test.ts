import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';
import { code, enterprise, POOL } from './pool-data.js';

const A = code(1);
const files = (tier: string, recognitions: string[], filedOn = '2026-01-10', status = 'in-pool'): Record<string, string> => ({
  'enterprises/a.yaml': enterprise(A, { recognitions }),
  [POOL]: `credit_code,tier,county,filed_on,status\n${A},${tier},蒙自市,${filedOn},${status}\n`,
});
const run = (f: Record<string, string>) => findings(f, 'pool-already-holds', { asOf: '2026-11-28' });

describe('pool-already-holds (a pool is for enterprises still to be recognised at its tier)', () => {
  it.each([
    ['innovative pool, nothing held', files('innovative', [])],
    ['innovative pool, innovative expired the day before filing', files('innovative', ['tier: innovative, recognized_on: 2023-01-10'])],
    ['innovative pool, innovative recognised the day after filing', files('innovative', ['tier: innovative, recognized_on: 2026-01-11'])],
    ['srdi pool, valid innovative only', files('srdi', ['tier: innovative, recognized_on: 2024-06-01'])],
    ['srdi pool, srdi revoked before filing', files('srdi', ['tier: srdi, recognized_on: 2024-06-01, revoked_on: 2025-06-01'])],
    ['little-giant pool, valid srdi', files('little-giant', ['tier: srdi, recognized_on: 2024-06-01'])],
    ['a withdrawn entry', files('innovative', ['tier: innovative, recognized_on: 2024-06-01'], '2026-01-10', 'withdrawn')],
    ['an unknown enterprise', { [POOL]: `credit_code,tier,county,filed_on\n${A},innovative,蒙自市,2026-01-10\n` }],
  ])('passes %s', async (_name, f) => {
    expect(await run(f)).toEqual([]);
  });

  it.each([
    ['innovative pool, valid innovative', files('innovative', ['tier: innovative, recognized_on: 2024-06-01'])],
    ['innovative pool, the last valid day of innovative', files('innovative', ['tier: innovative, recognized_on: 2023-01-11'])],
    ['innovative pool, recognised on the filing date', files('innovative', ['tier: innovative, recognized_on: 2026-01-10'])],
    ['innovative pool, valid srdi (higher)', files('innovative', ['tier: srdi, recognized_on: 2024-06-01'])],
    ['srdi pool, valid srdi', files('srdi', ['tier: innovative, recognized_on: 2024-06-01', 'tier: srdi, recognized_on: 2025-06-01'])],
    ['little-giant pool, valid little-giant', files('little-giant', ['tier: little-giant, recognized_on: 2025-07-01'])],
    ['no filed_on: judged on --as-of', files('innovative', ['tier: innovative, recognized_on: 2026-06-01'], '')],
  ])('warns %s', async (_name, f) => {
    expect(await run(f)).toEqual([['pool-already-holds', POOL, 2]]);
  });

  it('names the highest tier held and its validity', async () => {
    const f = files('innovative', ['tier: innovative, recognized_on: 2024-06-01', 'tier: srdi, recognized_on: 2025-06-01']);
    const [d] = (await diagnose(f)).filter((x) => x.ruleId === 'pool-already-holds');
    expect(d?.severity).toBe('warn');
    expect(d?.message).toBe('innovative pool member already holds a valid srdi recognition (2025-06-01 to 2028-05-31) on 2026-01-10 (filing date)');
    const [z] = (await diagnose(f, { lang: 'zh' })).filter((x) => x.ruleId === 'pool-already-holds');
    expect(z?.message).toBe('创新型种子库成员在 2026-01-10（备案日期）已持有有效的专精特新认定（2025-06-01 至 2028-05-31），无需入库');
  });
});
