/**
 * M22: a recognition is valid 3 years (recognised 2025-11-08 ⇒ valid through 2028-11-07). Dates
 * must be in order, a non-standard validity needs a `note` giving the reason, a recognition cannot
 * lie after the as-of date, and a revocation falls within the validity it ends.
 */
import { addDays, addYears } from '../model/dates.js';
import { DEFAULT_PLAN } from '../load/build.js';
import { defineRule } from './define.js';
import './messages-plan.js';

const WHAT = {
  recognized_on: { what_zh: '认定日期', what_en: 'recognized_on' },
  revoked_on: { what_zh: '撤销日期', what_en: 'revoked_on' },
};

export default defineRule({
  id: 'recognition-dates',
  description: {
    zh: '有效期至早于认定日期、有效期不是 3 年且未说明原因、日期晚于评估日期',
    en: 'expires_on before recognized_on, validity ≠ 3 years without a reason, dates in the future',
  },
  defaultSeverity: 'error',
  check({ data, asOf, report }) {
    const years = data.plan?.validityYears ?? DEFAULT_PLAN.validityYears;
    for (const r of data.recognitions) {
      const dates = { recognized: r.recognizedOn, expires: r.expiresOn };
      const expires = { origin: r.origin, field: 'expires_on' };
      if (r.expiresOn < r.recognizedOn) {
        report({ code: 'recognition-dates.order', args: dates, at: expires, value: r.expiresOn, expected: `≥ ${r.recognizedOn}` });
      } else if (r.expiresOnExplicit && r.note === undefined) {
        const standard = addDays(addYears(r.recognizedOn, years), -1);
        if (r.expiresOn !== standard) {
          report({ code: 'recognition-dates.validity', args: { ...dates, years }, at: expires, value: r.expiresOn, expected: `${standard} (${years} years), or a note` });
        }
      }
      for (const field of ['recognized_on', 'revoked_on'] as const) {
        const date = field === 'recognized_on' ? r.recognizedOn : r.revokedOn;
        if (date === undefined || date <= asOf) continue;
        report({ code: 'recognition-dates.future', args: { ...WHAT[field], date, asOf }, at: { origin: r.origin, field }, value: date, expected: `≤ ${asOf}` });
      }
      if (r.revokedOn !== undefined && (r.revokedOn < r.recognizedOn || r.revokedOn > r.expiresOn)) {
        report({
          code: 'recognition-dates.revoked',
          args: { ...dates, revoked: r.revokedOn },
          at: { origin: r.origin, field: 'revoked_on' },
          value: r.revokedOn,
          expected: `${r.recognizedOn} – ${r.expiresOn}`,
        });
      }
    }
  },
});
