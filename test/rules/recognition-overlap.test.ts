import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';
import { withRecognitions } from './plan-data.js';

const F = 'enterprises/e.yaml';

describe('recognition-overlap (复核 continues a recognition, anything else overlapping is a duplicate)', () => {
  it.each([
    ['a new recognition the day after the last valid day', ['tier: srdi, recognized_on: 2019-06-01', 'tier: srdi, recognized_on: 2022-06-01']],
    ['a renewal within the validity', ['tier: srdi, recognized_on: 2019-06-01', 'tier: srdi, recognized_on: 2022-05-01, kind: renewal']],
    ['a renewal the day after (复核)', ['tier: srdi, recognized_on: 2019-06-01', 'tier: srdi, recognized_on: 2022-06-01, kind: 复核']],
    ['a chain of renewals', ['tier: srdi, recognized_on: 2016-06-01', 'tier: srdi, recognized_on: 2019-05-20, kind: renewal', 'tier: srdi, recognized_on: 2022-05-20, kind: renewal']],
    ['a new recognition after a revocation', ['tier: srdi, recognized_on: 2019-06-01, revoked_on: 2020-01-01', 'tier: srdi, recognized_on: 2021-01-01']],
    ['different tiers held at once', ['tier: innovative, recognized_on: 2023-06-20', 'tier: srdi, recognized_on: 2024-11-08']],
  ])('passes %s', async (_name, list) => {
    expect(await findings(withRecognitions(...list), 'recognition-overlap')).toEqual([]);
  });

  it.each([
    ['a second new recognition within the validity', ['tier: srdi, recognized_on: 2019-06-01', 'tier: srdi, recognized_on: 2021-06-01'], [6]],
    ['the same recognition twice', ['tier: srdi, recognized_on: 2024-11-08', 'tier: 专精特新, recognized_on: 2024-11-08'], [6]],
    ['a renewal on the day of the original', ['tier: srdi, recognized_on: 2024-11-08', 'tier: srdi, recognized_on: 2024-11-08, kind: renewal'], [6]],
    ['a new recognition within a renewed period', ['tier: srdi, recognized_on: 2019-06-01', 'tier: srdi, recognized_on: 2022-05-01, kind: renewal', 'tier: srdi, recognized_on: 2023-01-01'], [7]],
    ['the last day of validity', ['tier: innovative, recognized_on: 2022-06-01', 'tier: innovative, recognized_on: 2025-05-31'], [6]],
  ])('reports %s', async (_name, list, lines) => {
    expect(await findings(withRecognitions(...list), 'recognition-overlap')).toEqual(lines.map((l) => ['recognition-overlap', F, l]));
  });

  it('warns, on the later recognition’s date, naming the earlier one', async () => {
    const [d] = (await diagnose(withRecognitions('tier: srdi, recognized_on: 2019-06-01', 'tier: srdi, recognized_on: 2021-06-01'), { lang: 'zh' })).filter((x) => x.ruleId === 'recognition-overlap');
    expect(d).toMatchObject({ severity: 'warn', line: 6, value: '2021-06-01', expected: '> 2022-05-31' });
    expect(d?.message).toBe('专精特新认定（2021-06-01）与 2019-06-01 的认定（有效期至 2022-05-31）重叠；复核请标注 kind: renewal（复核）');
  });
});
