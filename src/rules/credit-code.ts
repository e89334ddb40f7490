/** GB 32100-2015: shape and check character of every enterprise's unified social credit code. */
import { checkCreditCode, normaliseCreditCode } from '../model/credit-code.js';
import { defineRule } from './define.js';

export default defineRule({
  id: 'credit-code',
  description: { zh: '统一社会信用代码格式错误或校验位错误', en: 'unified social credit code malformed or with a wrong check character' },
  defaultSeverity: 'error',
  check({ data, report }) {
    for (const e of data.enterprises) {
      const written = e.creditCodeWritten ?? e.creditCode;
      const at = { origin: e.origin, field: 'credit_code' };
      const { code, lowercase } = normaliseCreditCode(written);
      const result = checkCreditCode(code);
      if (!result.ok) {
        if (result.reason === 'check') {
          report({ code: 'credit-code.check', args: { expected: result.expected ?? '?', actual: code.slice(-1) }, at, value: written, expected: `${code.slice(0, 17)}${result.expected ?? ''}` });
        } else if (result.reason === 'length') {
          report({ code: 'credit-code.length', args: { length: code.length }, at, value: written, expected: '18 characters (GB 32100)' });
        } else {
          report({ code: 'credit-code.charset', args: {}, at, value: written, expected: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$' });
        }
      } else if (lowercase) {
        report({ code: 'credit-code.lowercase', args: {}, at, value: written, expected: code, severity: 'warn' });
      }
    }
  },
});
