import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';

const ENTERPRISE = 'credit_code: 91530000216586610Q\nname: 红河示例精密部件有限公司（示例）\ncounty: 蒙自市\n';
const RECOGNITIONS = 'credit_code,tier,recognized_on\n91530000216586610Q,srdi,2024-11-08\n';

describe('syntax', () => {
  it.each<[string, Record<string, string | Uint8Array>, [string, string, number][]]>([
    ['a clean YAML and a clean CSV', { 'enterprises/e.yaml': ENTERPRISE, 'recognitions.csv': RECOGNITIONS }, []],
    ['CRLF line ends and a BOM', { 'enterprises/e.yaml': `\ufeff${ENTERPRISE.replace(/\n/g, '\r\n')}`, 'recognitions.csv': `\ufeff${RECOGNITIONS.replace(/\n/g, '\r\n')}` }, []],
    ['a header-only CSV', { 'enterprises/e.yaml': ENTERPRISE, 'recognitions.csv': 'credit_code,tier,recognized_on\n' }, []],
    ['an unclosed flow sequence', { 'enterprises/e.yaml': 'credit_code: [1, 2\nname: x\n' }, [['syntax', 'enterprises/e.yaml', 2]]],
    ['an unterminated quoted string', { 'enterprises/e.yaml': 'credit_code: 91530000216586610Q\nname: "甲（示例）\ncounty: 蒙自\n' }, [['syntax', 'enterprises/e.yaml', 4]]],
    ['a tab used as indentation', { 'enterprises/e.yaml': 'recognitions:\n\t- tier: srdi\n' }, [['syntax', 'enterprises/e.yaml', 2]]],
    ['two YAML documents in one file', { 'enterprises/e.yaml': `${ENTERPRISE}---\n${ENTERPRISE}` }, [['syntax', 'enterprises/e.yaml', 4]]],
    ['a CSV quote never closed', { 'enterprises/e.yaml': ENTERPRISE, 'recognitions.csv': 'credit_code,tier,recognized_on\n"91530000216586610Q,srdi,2024-11-08\n' }, [['syntax', 'recognitions.csv', 2]]],
    ['a stray quote inside a CSV cell', { 'enterprises/e.yaml': ENTERPRISE, 'recognitions.csv': `${RECOGNITIONS}9153"0000216586610Q,srdi,2024-11-08\n` }, [['syntax', 'recognitions.csv', 3]]],
    ['a row with too many cells', { 'enterprises/e.yaml': ENTERPRISE, 'recognitions.csv': 'credit_code,tier,recognized_on\n91530000216586610Q,srdi,2024-11-08,extra\n' }, [['syntax', 'recognitions.csv', 2]]],
    ['an empty file', { 'enterprises/e.yaml': ENTERPRISE, 'recognitions.csv': '' }, [['syntax', 'recognitions.csv', 1]]],
    ['a file of blank lines', { 'enterprises/e.yaml': '\n  \n\t\n' }, [['syntax', 'enterprises/e.yaml', 1]]],
    ['binary bytes', { 'enterprises/e.yaml': ENTERPRISE, 'recognitions.csv': new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00]) }, [['syntax', 'recognitions.csv', 1]]],
    ['a YAML list of scalars', { 'enterprises/e.yaml': '- 甲\n- 乙\n' }, [['syntax', 'enterprises/e.yaml', 1], ['syntax', 'enterprises/e.yaml', 2]]],
    ['a YAML scalar root', { 'enterprises/e.yaml': 'just some text\n' }, [['syntax', 'enterprises/e.yaml', 1]]],
    ['a YAML file of comments only', { 'enterprises/e.yaml': '# 待补充\n' }, [['syntax', 'enterprises/e.yaml', 1]]],
  ])('%s', async (_name, files, expected) => {
    expect(await findings(files, 'syntax')).toEqual(expected);
  });

  it.each([
    ['syntax.yaml', { 'enterprises/e.yaml': 'credit_code: [1, 2\nname: x\n' }, 2, 1, 'YAML syntax error'],
    ['syntax.csv-quote', { 'recognitions.csv': 'credit_code,tier,recognized_on\n"9153,srdi,2024-11-08\n' }, 2, 1, 'CSV quote never closed'],
    ['syntax.csv', { 'recognitions.csv': 'credit_code,tier,recognized_on\n91"53,srdi,2024-11-08\n' }, 2, 1, 'CSV syntax error: Invalid Opening Quote'],
    ['syntax.row-length', { 'recognitions.csv': 'credit_code,tier,recognized_on\n91530000216586610Q,srdi,2024-11-08,extra\n' }, 2, 36, 'row has 4 cells, the header has 3'],
    ['syntax.empty', { 'recognitions.csv': '' }, 1, 1, 'the file is empty'],
    ['syntax.binary', { 'recognitions.csv': new Uint8Array([0, 1, 2, 3, 0xff]) }, 1, 1, 'looks binary'],
    ['syntax.not-mapping', { 'enterprises/e.yaml': '- 甲\n' }, 1, 3, 'expected a record'],
  ])('%s is an error located at line %i', async (code, files, line, column, message) => {
    const [d] = (await diagnose(files)).filter((x) => x.ruleId === 'syntax');
    expect(d).toMatchObject({ ruleId: 'syntax', severity: 'error', code, line, column });
    expect(d.message).toContain(message);
  });

  // Regression: the yaml parser's follow-on errors each became a finding (four for one bad indent).
  it.each([
    ['a mis-indented key', 'a: 1\n  b: 2\n c: 3\n'],
    ['a sequence item after a mapping', 'a: 1\n- b\n'],
    ['a mapping after a sequence item', '- a\nb: 1\n'],
  ])('reports %s as one finding', async (_name, text) => {
    const list = await diagnose({ 'enterprises/e.yaml': text });
    expect(list.map((d) => [d.ruleId, d.code])).toEqual([['syntax', 'syntax.yaml']]);
  });

  it('still checks the other files when one cannot be parsed', async () => {
    const list = await diagnose({
      'enterprises/a.yaml': 'credit_code: [\n',
      'enterprises/b.yaml': ENTERPRISE.replace('蒙自市', '蒙子'),
      'recognitions.csv': 'credit_code,tier,recognized_on\n"9153\n',
    });
    expect(list.map((d) => [d.ruleId, d.file])).toEqual([
      ['syntax', 'enterprises/a.yaml'],
      ['unknown-county', 'enterprises/b.yaml'],
      ['syntax', 'recognitions.csv'],
    ]);
  });

  it('can be switched off like any rule', async () => {
    expect(await findings({ 'recognitions.csv': '' }, 'syntax', { severities: { syntax: 'off' } })).toEqual([]);
  });
});
