import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';
import { code, PLAN_YAML, POOL } from './pool-data.js';

const file = (filedOn: string, plan = PLAN_YAML): Record<string, string> => ({
  'plan.yaml': plan,
  [POOL]: `credit_code,tier,county,filed_on\n${code(1)},innovative,蒙自市,${filedOn}\n`,
});
const run = (files: Record<string, string>) => findings(files, 'pool-deadline');

describe('pool-deadline (N 附件1 任务2: filed by 15 January)', () => {
  it.each([
    ['on the deadline day', file('2026-01-15')],
    ['early in January', file('2026-01-02')],
    ['in December of the year before', file('2025-12-20')],
    ['without filed_on (nothing says it was late)', file('')],
    ['a later deadline from plan.yaml', file('2026-01-20', PLAN_YAML.replace('"01-15"', '"01-31"'))],
    ['the default deadline without a plan.yaml', { [POOL]: `credit_code,tier,county,filed_on\n${code(1)},srdi,蒙自市,2026-01-15\n` }],
  ])('passes %s', async (_name, files) => {
    expect(await run(files)).toEqual([]);
  });

  it.each([
    ['the day after the deadline', file('2026-01-16')],
    ['the sample’s late filing (2026-01-20)', file('2026-01-20')],
    ['a filing in March', file('2026-03-01')],
    ['after a plan.yaml deadline', file('2026-02-01', PLAN_YAML.replace('"01-15"', '"01-31"'))],
  ])('warns %s', async (_name, files) => {
    expect(await run(files)).toEqual([['pool-deadline', POOL, 2]]);
  });

  it('points at filed_on and says how late', async () => {
    const [d] = (await diagnose(file('2026-01-20'))).filter((x) => x.ruleId === 'pool-deadline');
    expect([d?.severity, d?.column, d?.value, d?.expected]).toEqual(['warn', 35, '2026-01-20', '≤ 2026-01-15']);
    expect(d?.message).toBe('filed for the 2026 innovative pool on 2026-01-20, after the 2026-01-15 deadline (5 days late)');
    const [z] = (await diagnose(file('2026-01-20'), { lang: 'zh' })).filter((x) => x.ruleId === 'pool-deadline');
    expect(z?.message).toBe('2026 年创新型种子库于 2026-01-20 备案，晚于截止日期 2026-01-15（逾期 5 天）');
  });
});
