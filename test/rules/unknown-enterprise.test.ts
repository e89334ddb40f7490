import { describe, expect, it } from 'vitest';
import { diagnose, enterpriseYaml, findings } from '../helpers.js';

const KNOWN = '91530000216586610Q';
const MISSING = '91530000216563275J';
const enterprise = { 'enterprises/a.yaml': enterpriseYaml({ credit_code: KNOWN, name: '甲（示例）', county: '蒙自市' }) };

describe('unknown-enterprise', () => {
  it.each<[string, Record<string, string>, [string, string, number][]]>([
    ['a recognition of a known enterprise', { ...enterprise, 'recognitions.csv': `credit_code,tier,recognized_on\n${KNOWN},srdi,2024-11-08\n` }, []],
    ['indicators of a known enterprise (lower case code)', { ...enterprise, 'indicators.csv': `credit_code,year,revenue\n${KNOWN.toLowerCase()},2024,100\n` }, []],
    ['a pool entry of a known enterprise', { ...enterprise, 'pools/2026.csv': `credit_code,tier,county\n${KNOWN},srdi,蒙自\n` }, []],
    ['records embedded in the enterprise file', { 'enterprises/a.yaml': `${enterprise['enterprises/a.yaml']}recognitions:\n  - { tier: srdi, recognized_on: 2024-11-08 }\nindicators:\n  - { year: 2024, revenue: 100 }\n` }, []],
    ['a recognition of a missing enterprise', { ...enterprise, 'recognitions.csv': `credit_code,tier,recognized_on\n${KNOWN},srdi,2024-11-08\n${MISSING},srdi,2024-11-08\n` }, [['unknown-enterprise', 'recognitions.csv', 3]]],
    ['indicators of a missing enterprise', { ...enterprise, 'indicators/2024.csv': `credit_code,revenue\n${MISSING},100\n` }, [['unknown-enterprise', 'indicators/2024.csv', 2]]],
    ['a pool entry of a missing enterprise', { ...enterprise, 'pools/2026.csv': `credit_code,tier,county\n${MISSING},srdi,蒙自\n` }, [['unknown-enterprise', 'pools/2026.csv', 2]]],
    ['a Chinese-header recognition of a missing enterprise', { ...enterprise, 'recognitions.csv': `层级,认定日期,统一社会信用代码\n专精特新,2024-11-08,${MISSING}\n` }, [['unknown-enterprise', 'recognitions.csv', 2]]],
    ['every kind when there are no enterprises at all', {
      'recognitions.csv': `credit_code,tier,recognized_on\n${KNOWN},srdi,2024-11-08\n`,
      'indicators.csv': `credit_code,year\n${KNOWN},2024\n`,
      'pools/2026.csv': `credit_code,tier,county\n${KNOWN},srdi,蒙自\n`,
    }, [['unknown-enterprise', 'indicators.csv', 2], ['unknown-enterprise', 'pools/2026.csv', 2], ['unknown-enterprise', 'recognitions.csv', 2]]],
  ])('%s', async (_name, files, expected) => {
    expect(await findings(files, 'unknown-enterprise')).toEqual(expected);
  });

  it.each([
    ['recognitions.csv', `credit_code,tier,recognized_on\n${MISSING},srdi,2024-11-08\n`, 1, 'a recognition'],
    ['indicators/2024.csv', `revenue,credit_code\n100,${MISSING}\n`, 5, 'an indicators row'],
    ['pools/2026.csv', `tier,county,credit_code\nsrdi,蒙自,${MISSING}\n`, 9, 'a pool entry'],
  ])('locates the credit code cell in %s', async (file, text, column, what) => {
    const [d] = (await diagnose({ ...enterprise, [file]: text })).filter((x) => x.ruleId === 'unknown-enterprise');
    expect(d).toMatchObject({ severity: 'error', file, line: 2, column, value: MISSING });
    expect(d.message).toBe(`${what} names enterprise ${MISSING}, which is not defined`);
  });

  it('is not fooled by an enterprise that failed to load', async () => {
    const list = await diagnose({ 'enterprises/a.yaml': 'credit_code: [\n', 'recognitions.csv': `credit_code,tier,recognized_on\n${KNOWN},srdi,2024-11-08\n` });
    expect(list.filter((d) => d.ruleId === 'syntax' || d.ruleId === 'unknown-enterprise').map((d) => [d.ruleId, d.file])).toEqual([
      ['syntax', 'enterprises/a.yaml'],
      ['unknown-enterprise', 'recognitions.csv'],
    ]);
  });
});
