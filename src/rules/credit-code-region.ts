/** The division code (characters 3–8) should be the enterprise's county; enterprises move, so a warning. */
import { checkCreditCode, creditCodeDivision } from '../model/credit-code.js';
import { defineRule } from './define.js';

export default defineRule({
  id: 'credit-code-region',
  description: { zh: '信用代码中的行政区划码与企业所在县市不符', en: "division code in the credit code ≠ the enterprise's county" },
  defaultSeverity: 'warn',
  check({ data, index, report }) {
    for (const e of data.enterprises) {
      if (!e.county || !checkCreditCode(e.creditCode).ok) continue;
      const county = index.countyByCode(e.county);
      if (!county) continue;
      const division = creditCodeDivision(e.creditCode);
      // Codes registered at province or prefecture level (5300xx, 532500) say nothing about the county.
      if (division.endsWith('00')) continue;
      if (division === county.code || county.oldCodes.includes(division)) continue;
      report({
        code: 'credit-code-region',
        args: { division, county: county.name, code: county.code },
        at: { origin: e.origin, field: 'credit_code' },
        value: e.creditCode,
        expected: [county.code, ...county.oldCodes].join(' / '),
      });
    }
  },
});
