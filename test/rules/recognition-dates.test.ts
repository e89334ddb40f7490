import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';
import { withRecognitions } from './plan-data.js';

const F = 'enterprises/e.yaml';

describe('recognition-dates (M22: 3-year validity)', () => {
  it.each([
    ['a default validity', 'tier: innovative, recognized_on: 2025-11-08'],
    ['an explicit 3-year validity (2025-11-08 ⇒ 2028-11-07)', 'tier: innovative, recognized_on: 2025-11-08, expires_on: 2028-11-07'],
    ['29 February (⇒ 28 February three years on, the day before)', 'tier: srdi, recognized_on: 2024-02-29, expires_on: 2027-02-27'],
    ['a shorter validity with a note', 'tier: srdi, recognized_on: 2024-11-08, expires_on: 2025-12-31, note: 省厅通知统一到期'],
    ['a revocation within the validity', 'tier: srdi, recognized_on: 2024-11-08, revoked_on: 2025-03-01'],
    ['a recognition on the as-of day', 'tier: srdi, recognized_on: 2026-11-28'],
  ])('passes %s', async (_name, r) => {
    expect(await findings(withRecognitions(r), 'recognition-dates')).toEqual([]);
  });

  it.each([
    ['expires_on before recognized_on', 'tier: srdi, recognized_on: 2024-11-08, expires_on: 2024-11-07', 'recognition-dates.order'],
    ['a 3-year-and-a-day validity without a note', 'tier: innovative, recognized_on: 2025-11-08, expires_on: 2028-11-08', 'recognition-dates.validity'],
    ['a recognition after the as-of date', 'tier: srdi, recognized_on: 2026-11-29', 'recognition-dates.future'],
    ['a revocation after the as-of date', 'tier: srdi, recognized_on: 2024-11-08, revoked_on: 2026-12-01', 'recognition-dates.future'],
    ['a revocation before the recognition', 'tier: srdi, recognized_on: 2024-11-08, revoked_on: 2024-11-01', 'recognition-dates.revoked'],
    ['a revocation after the expiry', 'tier: srdi, recognized_on: 2020-11-08, revoked_on: 2023-11-08', 'recognition-dates.revoked'],
  ])('reports %s', async (_name, r, code) => {
    const list = (await diagnose(withRecognitions('tier: innovative, recognized_on: 2023-06-20', r))).filter((d) => d.ruleId === 'recognition-dates');
    expect(list.map((d) => [d.ruleId, d.file, d.line, d.code, d.severity])).toEqual([['recognition-dates', F, 6, code, 'error']]);
  });

  it('points at the offending date and says what was expected', async () => {
    const [d] = (await diagnose(withRecognitions('tier: innovative, recognized_on: 2025-11-08, expires_on: 2028-11-08'))).filter((x) => x.ruleId === 'recognition-dates');
    expect(d).toMatchObject({ ruleId: 'recognition-dates', line: 5, column: 64, value: '2028-11-08', expected: '2028-11-07 (3 years), or a note' });
    expect(d?.message).toBe('validity 2025-11-08 to 2028-11-08 is not 3 years and no note gives the reason');
  });

  it('follows the as-of date', async () => {
    const files = withRecognitions('tier: srdi, recognized_on: 2026-11-29');
    expect(await findings(files, 'recognition-dates', { asOf: '2026-11-29' })).toEqual([]);
  });

  it('follows plan.validity_years', async () => {
    const plan = 'document: x\nregion: { code: "532500", name: 红河州 }\nperiod: { start: 2025, end: 2027 }\nbaseline_date: 2024-12-31\nvalidity_years: 2\n';
    const files = { ...withRecognitions('tier: srdi, recognized_on: 2024-11-08, expires_on: 2026-11-07'), 'plan.yaml': plan };
    expect(await findings(files, 'recognition-dates')).toEqual([]);
  });
});
