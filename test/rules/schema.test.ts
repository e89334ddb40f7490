import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';

const HEAD = 'credit_code: 91530000216586610Q\nname: 红河示例精密部件有限公司（示例）\ncounty: 蒙自市\n';
const withIndicator = (line: string): Record<string, string> => ({
  'enterprises/e.yaml': `${HEAD}indicators:\n  - year: 2024\n    ${line}\n`,
});
const recognition = (row: string): Record<string, string> => ({
  'enterprises/e.yaml': HEAD,
  'recognitions.csv': `credit_code,tier,recognized_on\n${row}\n`,
});

describe('schema', () => {
  it.each<[string, Record<string, string>, [string, string, number][]]>([
    ['a clean enterprise with indicators', withIndicator('revenue: "1,234.5"'), []],
    ['full-width digits and a percent sign where a percent is expected', withIndicator('market_share_pct: １２.５%'), []],
    ['万元 written out', withIndicator('revenue: 1200万元'), []],
    ['a clean recognition row', recognition('91530000216586610Q,专精特新,2024/11/8'), []],
    ['"12%" as money', withIndicator('revenue: 12%'), [['schema', 'enterprises/e.yaml', 6]]],
    ['3.5 employees', withIndicator('employees: 3.5'), [['schema', 'enterprises/e.yaml', 6]]],
    ['an amount in 元', withIndicator('net_profit: 1200元'), [['schema', 'enterprises/e.yaml', 6]]],
    ['month 13', recognition('91530000216586610Q,srdi,2025-13-01'), [['schema', 'recognitions.csv', 2]]],
    ['an unknown tier', recognition('91530000216586610Q,中型,2024-11-08'), [['schema', 'recognitions.csv', 2]]],
    ['a missing name', { 'enterprises/e.yaml': 'credit_code: 91530000216586610Q\ncounty: 蒙自市\n' }, [['schema', 'enterprises/e.yaml', 1]]],
    ['a missing recognition date in a CSV row', recognition('91530000216586610Q,srdi,'), [['schema', 'recognitions.csv', 2]]],
    ['the same column twice (alias and English)', { 'enterprises.csv': '企业名称,name,credit_code,county\n甲（示例）,甲（示例）,91530000216586610Q,蒙自\n' }, [['schema', 'enterprises.csv', 1]]],
  ])('%s', async (_name, files, expected) => {
    expect(await findings(files, 'schema')).toEqual(expected);
  });

  it.each([
    ['revenue: 12%', 14, '12%', '万元', 'not a number'],
    ['employees: 3.5', 16, '3.5', 'whole number', 'not a whole number'],
    ['net_profit: 1200元', 17, '1200元', '万元', 'convert it to 万元'],
  ])('locates %s on the value, with the value and the expectation', async (line, column, value, expected, message) => {
    const [d] = (await diagnose(withIndicator(line))).filter((x) => x.ruleId === 'schema');
    expect(d).toMatchObject({ severity: 'error', file: 'enterprises/e.yaml', line: 6, column, value, code: 'schema.invalid' });
    expect(d.path).toBe(`indicators[0].${line.split(':')[0]}`);
    expect(d.expected).toContain(expected);
    expect(d.message).toContain(message);
  });

  it('says in Chinese that 元 must be converted to 万元', async () => {
    const [d] = (await diagnose(withIndicator('net_profit: 1200元'), { lang: 'zh' })).filter((x) => x.ruleId === 'schema');
    expect(d.message).toContain('换算为万元');
  });

  it.each([
    ['2025-13-01', 25, 'recognized_on', 'not a valid calendar date'],
    ['2025-02-29', 25, 'recognized_on', 'not a valid calendar date'],
  ])('rejects the date %s at its cell', async (date, column, field, message) => {
    const [d] = (await diagnose(recognition(`91530000216586610Q,srdi,${date}`))).filter((x) => x.ruleId === 'schema');
    expect(d).toMatchObject({ line: 2, column, value: date, path: field });
    expect(d.message).toContain(message);
  });

  it('names the bad tier and lists the tiers', async () => {
    const [d] = (await diagnose(recognition('91530000216586610Q,中型,2024-11-08'))).filter((x) => x.ruleId === 'schema');
    expect(d).toMatchObject({ line: 2, column: 20, value: '中型', path: 'tier' });
    expect(d.message).toBe('invalid value for tier: "中型" is not a tier');
    expect(d.expected).toContain('innovative | srdi | little-giant');
  });

  // Regression: a missing required field was reported as `schema.invalid` "Invalid input" because
  // zod 4 reports a missing union-typed field as invalid_union, not invalid_type.
  it.each([
    [{ 'enterprises/e.yaml': 'credit_code: 91530000216586610Q\ncounty: 蒙自市\n' }, 'enterprises/e.yaml', 1, 'name'],
    [{ 'enterprises/e.yaml': 'credit_code: 91530000216586610Q\nname: ""\ncounty: 蒙自市\n' }, 'enterprises/e.yaml', 2, 'name'],
    [recognition('91530000216586610Q,srdi,'), 'recognitions.csv', 2, 'recognized_on'],
  ])('reports a missing required field as schema.required (%#)', async (files, file, line, field) => {
    const list = (await diagnose(files)).filter((x) => x.ruleId === 'schema');
    expect(list.map((d) => [d.code, d.file, d.line, d.path])).toEqual([['schema.required', file, line, field]]);
    expect(list[0].message).toBe(`missing required field ${field}`);
    expect(list[0].value).toBeUndefined();
  });

  it('drops a record missing a required field, but keeps one with a bad optional field', async () => {
    const missing = await diagnose({ 'enterprises/e.yaml': 'credit_code: 91530000216586610Q\ncounty: 蒙自市\n', 'recognitions.csv': 'credit_code,tier,recognized_on\n91530000216586610Q,srdi,2024-01-01\n' });
    expect(missing.filter((d) => d.ruleId === 'unknown-enterprise').map((d) => d.line)).toEqual([2]);
    const badOptional = await diagnose({ ...withIndicator('revenue: 12%'), 'recognitions.csv': 'credit_code,tier,recognized_on\n91530000216586610Q,srdi,2024-01-01\n' });
    expect(badOptional.filter((d) => d.ruleId === 'unknown-enterprise')).toEqual([]);
  });
});
