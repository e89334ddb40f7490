import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';
import { withRecognitions } from './plan-data.js';

describe('ladder-prerequisite (innovative → srdi → little giant)', () => {
  it.each([
    ['srdi with a valid innovative', ['tier: innovative, recognized_on: 2023-06-20', 'tier: srdi, recognized_on: 2024-11-08']],
    ['srdi on the innovative’s last valid day', ['tier: innovative, recognized_on: 2021-11-08', 'tier: srdi, recognized_on: 2024-11-07']],
    ['a little giant with a valid srdi', ['tier: innovative, recognized_on: 2022-01-01', 'tier: srdi, recognized_on: 2023-01-01', 'tier: little-giant, recognized_on: 2025-07-01']],
    ['an srdi renewal (复核) after the innovative lapsed', ['tier: innovative, recognized_on: 2019-01-01', 'tier: srdi, recognized_on: 2020-06-01', 'tier: srdi, recognized_on: 2023-05-20, kind: renewal']],
    ['an innovative recognition alone', ['tier: innovative, recognized_on: 2023-06-20']],
  ])('passes %s', async (_name, list) => {
    expect(await findings(withRecognitions(...list), 'ladder-prerequisite')).toEqual([]);
  });

  it.each([
    ['srdi without any innovative', ['tier: srdi, recognized_on: 2024-11-08'], [[5, 'warn']]],
    ['srdi the day after the innovative expired', ['tier: innovative, recognized_on: 2021-11-08', 'tier: srdi, recognized_on: 2024-11-08'], [[6, 'warn']]],
    ['srdi after the innovative was revoked', ['tier: innovative, recognized_on: 2023-06-20, revoked_on: 2024-01-01', 'tier: srdi, recognized_on: 2024-11-08'], [[6, 'warn']]],
    ['a little giant without a valid srdi (error)', ['tier: innovative, recognized_on: 2024-01-01', 'tier: little-giant, recognized_on: 2025-07-01'], [[6, 'error']]],
    ['a little giant after the srdi expired (error)', ['tier: innovative, recognized_on: 2019-01-01', 'tier: srdi, recognized_on: 2019-06-01', 'tier: little-giant, recognized_on: 2022-06-01'], [[7, 'error']]],
  ])('reports %s', async (_name, list, expected) => {
    const found = (await diagnose(withRecognitions(...list))).filter((d) => d.ruleId === 'ladder-prerequisite');
    expect(found.map((d) => [d.line, d.severity])).toEqual(expected);
  });

  it('names the missing tier in both languages', async () => {
    const files = withRecognitions('tier: innovative, recognized_on: 2024-01-01', 'tier: little-giant, recognized_on: 2025-07-01');
    const [en] = (await diagnose(files)).filter((d) => d.ruleId === 'ladder-prerequisite');
    const [zh] = (await diagnose(files, { lang: 'zh' })).filter((d) => d.ruleId === 'ladder-prerequisite');
    expect(en?.message).toBe('recognised little-giant on 2025-07-01 without a valid srdi recognition on that date');
    expect(zh?.message).toBe('2025-07-01 认定为小巨人时未持有有效的专精特新认定');
  });

  it('respects a configured severity for both tiers', async () => {
    const files = withRecognitions('tier: little-giant, recognized_on: 2025-07-01');
    const found = (await diagnose(files, { severities: { 'ladder-prerequisite': 'warn' } })).filter((d) => d.ruleId === 'ladder-prerequisite');
    expect(found.map((d) => d.severity)).toEqual(['warn']);
  });
});
