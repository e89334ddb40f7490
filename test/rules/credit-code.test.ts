import { describe, expect, it } from 'vitest';
import { diagnose, enterpriseYaml, findings } from '../helpers.js';

const ent = (code: string, county = '昆明') => ({ 'enterprises/e.yaml': enterpriseYaml({ credit_code: code, name: '示例企业（示例）', county }) });

describe('credit-code (GB 32100)', () => {
  it.each([
    ['91110000600037341L'],
    ['121200004013590816'],
    ['9144030071526726XG'],
    ['91530000216586610Q'],
    ['91530000216563275J'],
    ['9153000021652214XX'],
  ])('accepts the valid vector %s', async (code) => {
    expect(await findings(ent(code, '蒙自市'), 'credit-code')).toEqual([]);
  });

  it('reports a wrong check character with the expected one, located on the value', async () => {
    const [d] = (await diagnose(ent('91530000216524184W', '蒙自市'))).filter((x) => x.ruleId === 'credit-code');
    expect(d).toMatchObject({ ruleId: 'credit-code', severity: 'error', file: 'enterprises/e.yaml', line: 1, column: 14, value: '91530000216524184W', expected: '915300002165241843' });
    expect(d.code).toBe('credit-code.check');
  });

  it.each([
    ['short', '9153000021658661', 'credit-code.length'],
    ['forbidden letter', '91530000216586610I', 'credit-code.charset'],
    ['letters in the division', '9153A000216586610Q', 'credit-code.charset'],
  ])('reports a %s code', async (_name, code, expected) => {
    const list = (await diagnose(ent(code, '蒙自市'))).filter((x) => x.ruleId === 'credit-code');
    expect(list.map((d) => [d.code, d.severity])).toEqual([[expected, 'error']]);
  });

  it('normalises lower case with a warning, not an error', async () => {
    const list = (await diagnose(ent('91530000216586610q', '蒙自市'))).filter((x) => x.ruleId === 'credit-code');
    expect(list.map((d) => [d.code, d.severity])).toEqual([['credit-code.lowercase', 'warn']]);
  });
});
