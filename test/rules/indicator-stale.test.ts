import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';

const CODE = '91532503MA7P3Q8L26';
const F = 'enterprises/e.yaml';

function folder(recognitions: string[], years: number[], extra: Record<string, string> = {}): Record<string, string> {
  const yaml = [
    `credit_code: ${CODE}`, 'name: 蒙自示例企业（示例）', 'county: 蒙自市',
    ...(recognitions.length > 0 ? ['recognitions:', ...recognitions.map((r) => `  - { ${r} }`)] : []),
    ...(years.length > 0 ? ['indicators:', ...years.map((y) => `  - { year: ${y}, revenue: 1000 }`)] : []),
  ].join('\n');
  return { [F]: `${yaml}\n`, ...extra };
}

const SRDI = 'tier: srdi, recognized_on: 2024-11-08';

describe('indicator-stale (annual update by 31 May)', () => {
  it.each([
    ['a recognised enterprise with last year’s row', folder([SRDI], [2024, 2025]), '2026-11-28'],
    ['last year’s row only missing up to 31 May', folder([SRDI], [2024]), '2026-05-31'],
    ['an enterprise without a valid recognition', folder([], [2023]), '2026-11-28'],
    ['an expired recognition', folder(['tier: innovative, recognized_on: 2022-06-01'], [2023]), '2026-11-28'],
    ['a revoked recognition', folder(['tier: srdi, recognized_on: 2024-11-08, revoked_on: 2026-03-01'], [2024]), '2026-11-28'],
    ['last year’s row in indicators/<year>.csv', folder([SRDI], [2024], { 'indicators/2025.csv': `credit_code,revenue\n${CODE},1200\n` }), '2026-11-28'],
  ])('passes %s', async (_name, files, asOf) => {
    expect(await findings(files, 'indicator-stale', { asOf })).toEqual([]);
  });

  it.each([
    ['last year’s row missing on 1 June', folder([SRDI], [2024]), '2026-06-01'],
    ['no indicators at all', folder([SRDI], []), '2026-11-28'],
    ['a recognition from a CSV file', folder([], [2024], { 'recognitions.csv': `credit_code,tier,recognized_on\n${CODE},innovative,2025-10-17\n` }), '2026-11-28'],
  ])('warns at the enterprise for %s', async (_name, files, asOf) => {
    expect(await findings(files, 'indicator-stale', { asOf })).toEqual([['indicator-stale', F, 1]]);
  });

  it('names the tier, the fiscal year and the latest year on file', async () => {
    const files = folder(['tier: innovative, recognized_on: 2023-06-20', SRDI], [2023, 2024]);
    const [en] = (await diagnose(files)).filter((d) => d.ruleId === 'indicator-stale');
    const [zh] = (await diagnose(files, { lang: 'zh' })).filter((d) => d.ruleId === 'indicator-stale');
    expect(en).toMatchObject({ severity: 'warn', line: 1, column: 14, expected: 'indicators for fiscal 2025' });
    expect(en.message).toBe('holds a valid srdi recognition but has no indicators for fiscal 2025 (due by 31 May); the latest are for 2024');
    expect(zh.message).toBe('企业持有有效专精特新认定，但没有 2025 年度指标（每年 5 月 31 日前应更新上年数据）；最近一期为 2024 年');
    expect(zh.expected).toBe('2025 年度指标');
  });

  it('reports a duplicated enterprise once', async () => {
    const files = { ...folder([SRDI], []), 'enterprises/f.yaml': `credit_code: ${CODE}\nname: 蒙自示例企业（示例）\ncounty: 蒙自市\n` };
    expect(await findings(files, 'indicator-stale')).toEqual([['indicator-stale', F, 1]]);
  });
});
