/**
 * M22: a recognition lasts 3 years and is then renewed by review (复核). Warn while a valid
 * recognition's last day is within `plan.expiringWithinDays` (180) of --as-of and no later
 * recognition of the same tier (the renewal) is recorded, so counties prepare the 复核 in time.
 */
import { DEFAULT_PLAN } from '../load/build.js';
import { isValidOn } from '../model/dataset-index.js';
import { daysBetween } from '../model/dates.js';
import { defineRule } from './define.js';
import { tierArgs } from './messages-plan.js';

export default defineRule({
  id: 'recognition-expiring',
  description: { zh: '有效认定将在评估日期后 180 天内到期（需复核）', en: 'a valid recognition ends within 180 days of --as-of (复核 due)' },
  defaultSeverity: 'warn',
  check({ data, asOf, report }) {
    const within = data.plan?.expiringWithinDays ?? DEFAULT_PLAN.expiringWithinDays;
    const latestStart = new Map<string, string>(); // credit code + tier → latest recognizedOn
    for (const r of data.recognitions) {
      const key = `${r.creditCode}\u0000${r.tier}`;
      const seen = latestStart.get(key);
      if (seen === undefined || r.recognizedOn > seen) latestStart.set(key, r.recognizedOn);
    }
    for (const r of data.recognitions) {
      if (!isValidOn(r, asOf)) continue;
      const days = daysBetween(asOf, r.expiresOn);
      if (days > within) continue;
      const renewed = (latestStart.get(`${r.creditCode}\u0000${r.tier}`) ?? '') > r.recognizedOn;
      if (renewed) continue;
      report({
        code: 'recognition-expiring',
        args: { ...tierArgs(r.tier), expires: r.expiresOn, days },
        at: { origin: r.origin, field: 'expires_on' },
        value: r.expiresOn,
      });
    }
  },
});
