import { describe, expect, it } from 'vitest';
import { diagnose, enterpriseYaml, findings } from '../helpers.js';

const A = '91530000216586610Q';
const B = '91530000216563275J';
const yaml = (credit_code: string, name: string) => enterpriseYaml({ credit_code, name, county: '蒙自市' });

describe('duplicate-enterprise', () => {
  it.each<[string, Record<string, string>, [string, string, number][]]>([
    ['two enterprises', { 'enterprises/a.yaml': yaml(A, '甲（示例）'), 'enterprises/b.yaml': yaml(B, '乙（示例）') }, []],
    ['two CSV rows', { 'enterprises.csv': `credit_code,name,county\n${A},甲（示例）,蒙自\n${B},乙（示例）,蒙自\n` }, []],
    ['one code in two YAML files', { 'enterprises/a.yaml': yaml(A, '甲（示例）'), 'enterprises/b.yaml': yaml(A, '甲（示例）') }, [['duplicate-enterprise', 'enterprises/b.yaml', 1]]],
    ['one code twice in enterprises.csv', { 'enterprises.csv': `credit_code,name,county\n${A},甲（示例）,蒙自\n${B},乙（示例）,蒙自\n${A},丙（示例）,蒙自\n` }, [['duplicate-enterprise', 'enterprises.csv', 4]]],
    ['one code in YAML and in CSV', { 'enterprises/a.yaml': yaml(A, '甲（示例）'), 'enterprises.csv': `credit_code,name,county\n${A},甲（示例）,蒙自\n` }, [['duplicate-enterprise', 'enterprises/a.yaml', 1]]],
    ['one code in lower and upper case', { 'enterprises/a.yaml': yaml(A, '甲（示例）'), 'enterprises/b.yaml': yaml(A.toLowerCase(), '乙（示例）') }, [['duplicate-enterprise', 'enterprises/b.yaml', 1]]],
    ['one name under two codes', { 'enterprises/a.yaml': yaml(A, '甲（示例）'), 'enterprises/b.yaml': yaml(B, '甲（示例）') }, [['duplicate-enterprise', 'enterprises/b.yaml', 2]]],
  ])('%s', async (_name, files, expected) => {
    expect(await findings(files, 'duplicate-enterprise')).toEqual(expected);
  });

  it('is an error at the second definition, naming the first', async () => {
    const [d] = (await diagnose({ 'enterprises/a.yaml': yaml(A, '甲（示例）'), 'enterprises/b.yaml': yaml(A, '甲（示例）') })).filter((x) => x.ruleId === 'duplicate-enterprise');
    expect(d).toMatchObject({ severity: 'error', code: 'duplicate-enterprise.code', file: 'enterprises/b.yaml', line: 1, column: 14, value: A });
    expect(d.message).toBe(`credit code ${A} is defined twice (first in enterprises/a.yaml:1)`);
  });

  it('is a warning at the second name when one name has two codes', async () => {
    const [d] = (await diagnose({ 'enterprises/a.yaml': yaml(A, '甲（示例）'), 'enterprises/b.yaml': yaml(B, '甲（示例）') })).filter((x) => x.ruleId === 'duplicate-enterprise');
    expect(d).toMatchObject({ severity: 'warn', code: 'duplicate-enterprise.name', file: 'enterprises/b.yaml', line: 2, column: 7, value: '甲（示例）' });
    expect(d.message).toBe(`enterprise name "甲（示例）" is used by ${A}, ${B}`);
  });

  it('reports a repeated code once, not also as a repeated name', async () => {
    const list = (await diagnose({ 'enterprises/a.yaml': yaml(A, '甲（示例）'), 'enterprises/b.yaml': yaml(A, '甲（示例）'), 'enterprises/c.yaml': yaml(A, '甲（示例）') })).filter(
      (x) => x.ruleId === 'duplicate-enterprise',
    );
    expect(list.map((d) => [d.code, d.file])).toEqual([
      ['duplicate-enterprise.code', 'enterprises/b.yaml'],
      ['duplicate-enterprise.code', 'enterprises/c.yaml'],
    ]);
  });
});
