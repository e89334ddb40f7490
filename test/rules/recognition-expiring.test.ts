import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';
import { withRecognitions } from './plan-data.js';

const F = 'enterprises/e.yaml';
const ASOF = '2026-11-28';

describe('recognition-expiring (复核 due within 180 days of --as-of)', () => {
  it.each([
    ['expiry 181 days away (2027-05-28)', ['tier: srdi, recognized_on: 2024-05-29'], ASOF],
    ['a renewal already recorded', ['tier: srdi, recognized_on: 2023-12-01', 'tier: srdi, recognized_on: 2026-11-20, kind: renewal'], ASOF],
    ['a revoked recognition', ['tier: srdi, recognized_on: 2023-12-01, revoked_on: 2026-06-01'], ASOF],
    ['the first expired day (recognised 2025-11-08, as of 2028-11-08)', ['tier: innovative, recognized_on: 2025-11-08'], '2028-11-08'],
    ['a recognition not yet made', ['tier: innovative, recognized_on: 2026-11-29'], ASOF],
  ])('passes %s', async (_name, list, asOf) => {
    expect(await findings(withRecognitions(...list), 'recognition-expiring', { asOf })).toEqual([]);
  });

  it.each([
    ['expiry in 2 days (2026-11-30)', ['tier: srdi, recognized_on: 2023-12-01'], ASOF, [5]],
    ['expiry exactly 180 days away (2027-05-27)', ['tier: srdi, recognized_on: 2024-05-28'], ASOF, [5]],
    ['the last valid day (recognised 2025-11-08, as of 2028-11-07)', ['tier: innovative, recognized_on: 2025-11-08'], '2028-11-07', [5]],
    ['another tier’s later recognition is no renewal', ['tier: innovative, recognized_on: 2023-12-01', 'tier: srdi, recognized_on: 2024-11-08'], ASOF, [5]],
  ])('warns for %s', async (_name, list, asOf, lines) => {
    expect(await findings(withRecognitions(...list), 'recognition-expiring', { asOf })).toEqual(lines.map((l) => ['recognition-expiring', F, l]));
  });

  it('says when and how many days are left', async () => {
    const [d] = (await diagnose(withRecognitions('tier: srdi, recognized_on: 2023-12-01'))).filter((x) => x.ruleId === 'recognition-expiring');
    expect(d?.severity).toBe('warn');
    expect(d?.message).toBe('srdi recognition expires on 2026-11-30 (2 days after the as-of date) and no renewal (复核) is recorded');
  });
});
