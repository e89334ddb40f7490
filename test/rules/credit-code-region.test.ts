import { describe, expect, it } from 'vitest';
import { makeCreditCode } from '../../src/model/credit-code.js';
import { diagnose, enterpriseYaml, findings } from '../helpers.js';

/** A valid credit code issued under `division` (GB 32100 check character appended). */
const code = (division: string): string => makeCreditCode(`91${division}MA6K5XRL1`);
const withWrongCheck = (c: string): string => `${c.slice(0, 17)}${c.endsWith('0') ? '1' : '0'}`;
const ent = (division: string, county: string) => ({ 'enterprises/e.yaml': enterpriseYaml({ credit_code: code(division), name: '示例企业（示例）', county }) });

describe('credit-code-region', () => {
  it.each<[string, Record<string, string>, [string, string, number][]]>([
    ['the county code itself (蒙自 532503)', ent('532503', '蒙自市'), []],
    ['an older division code of the county (蒙自 532522)', ent('532522', '蒙自'), []],
    ['an older division code of 弥勒 (532526)', ent('532526', '弥勒市'), []],
    ['a province-level registration (530000)', ent('530000', '蒙自市'), []],
    ['a prefecture-level registration (532500)', ent('532500', '建水'), []],
    ['the county written as its code', ent('532524', '532524'), []],
    ['个旧 532501 for a 蒙自市 enterprise', ent('532501', '蒙自市'), [['credit-code-region', 'enterprises/e.yaml', 1]]],
    ['蒙自 532503 for a 建水 enterprise', ent('532503', '建水县'), [['credit-code-region', 'enterprises/e.yaml', 1]]],
    ['another prefecture (昆明 530102)', ent('530102', '河口'), [['credit-code-region', 'enterprises/e.yaml', 1]]],
    ['an unknown county (reported by unknown-county instead)', ent('532501', '蒙子'), []],
    ['a code with a wrong check character (reported by credit-code instead)', { 'enterprises/e.yaml': enterpriseYaml({ credit_code: withWrongCheck(code('532501')), name: '示例企业（示例）', county: '蒙自市' }) }, []],
    ['no counties.csv at all', ent('532501', '蒙自市'), []],
  ])('%s', async (name, files, expected) => {
    expect(await findings(files, 'credit-code-region', { withCounties: !name.startsWith('no counties') })).toEqual(expected);
  });

  it('warns on the credit code value with the division, the county and the accepted codes', async () => {
    const [d] = (await diagnose(ent('532501', '蒙自市'))).filter((x) => x.ruleId === 'credit-code-region');
    expect(d).toMatchObject({ severity: 'warn', file: 'enterprises/e.yaml', line: 1, column: 14, value: code('532501'), expected: '532503 / 532522' });
    expect(d.message).toBe("division code 532501 in the credit code does not match the enterprise's county 蒙自市 (532503)");
  });

  it('checks enterprises.csv rows at the credit code cell', async () => {
    const list = (await diagnose({ 'enterprises.csv': `name,county,credit_code\n甲（示例）,蒙自,${code('532503')}\n乙（示例）,开远,${code('532501')}\n` })).filter(
      (x) => x.ruleId === 'credit-code-region',
    );
    expect(list.map((d) => [d.file, d.line, d.column, d.expected])).toEqual([['enterprises.csv', 3, 10, '532502']]);
  });

  it('can be switched off in config', async () => {
    expect(await findings(ent('532501', '蒙自市'), 'credit-code-region', { severities: { 'credit-code-region': 'off' } })).toEqual([]);
  });
});
