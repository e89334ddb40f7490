import { describe, expect, it } from 'vitest';
import { diagnose, findings } from '../helpers.js';

const ENTERPRISE = 'credit_code: 91530000216586610Q\nname: 红河示例精密部件有限公司（示例）\ncounty: 蒙自市\n';
const withRecognition = (lines: string): Record<string, string> => ({ 'enterprises/e.yaml': `${ENTERPRISE}recognitions:\n  - tier: srdi\n${lines}` });

describe('unknown-field', () => {
  it.each<[string, Record<string, string>, [string, string, number][]]>([
    ['known YAML keys', withRecognition('    level: provincial\n    recognized_on: 2024-11-08\n'), []],
    ['Chinese YAML keys', { 'enterprises/e.yaml': '统一社会信用代码: 91530000216586610Q\n企业名称: 甲（示例）\n县市: 蒙自\n主导产品: 精密铸件\n' }, []],
    ['Chinese CSV headers', { 'enterprises/e.yaml': ENTERPRISE, 'recognitions.csv': '统一社会信用代码,层级,级别,认定日期,批次\n91530000216586610Q,专精特新,省级,2024-11-08,云南省2024年第二批\n' }, []],
    ['English headers with stray spaces and capitals', { 'enterprises.csv': ' Credit_Code ,NAME,County\n91530000216586610Q,甲（示例）,蒙自\n' }, []],
    ['a typo in a nested YAML key', withRecognition('    levle: provincial\n    recognized_on: 2024-11-08\n'), [['unknown-field', 'enterprises/e.yaml', 6]]],
    ['a typo in a top-level YAML key', { 'enterprises/e.yaml': `${ENTERPRISE}main_prodcut: 铸件\n` }, [['unknown-field', 'enterprises/e.yaml', 4]]],
    ['an unknown CSV column', { 'enterprises/e.yaml': ENTERPRISE, 'recognitions.csv': 'credit_code,tier,recognized_on,colour\n91530000216586610Q,srdi,2024-11-08,red\n' }, [['unknown-field', 'recognitions.csv', 1]]],
    ['an indicator column on recognitions', { 'enterprises/e.yaml': ENTERPRISE, 'recognitions.csv': 'credit_code,tier,recognized_on,revenue\n91530000216586610Q,srdi,2024-11-08,100\n' }, [['unknown-field', 'recognitions.csv', 1]]],
    ['embedded lists in enterprises.csv', { 'enterprises.csv': 'credit_code,name,county,recognitions\n91530000216586610Q,甲（示例）,蒙自,srdi\n' }, [['unknown-field', 'enterprises.csv', 1]]],
  ])('%s', async (_name, files, expected) => {
    expect(await findings(files, 'unknown-field')).toEqual(expected);
  });

  it.each([
    ['levle', withRecognition('    levle: provincial\n    recognized_on: 2024-11-08\n'), 6, 5, 'level', 'recognitions[0].levle'],
    ['main_prodcut', { 'enterprises/e.yaml': `${ENTERPRISE}main_prodcut: 铸件\n` }, 4, 1, 'main_product', 'main_prodcut'],
    ['recognised_on', withRecognition('    recognised_on: 2024-11-08\n'), 6, 5, 'recognized_on', 'recognitions[0].recognised_on'],
  ])('suggests the field meant by %s', async (field, files, line, column, suggestion, path) => {
    const [d] = (await diagnose(files)).filter((x) => x.ruleId === 'unknown-field');
    expect(d).toMatchObject({ ruleId: 'unknown-field', severity: 'warn', line, column, value: field, path, args: { field, suggestion } });
    expect(d.message).toBe(`unknown field "${field}" — did you mean "${suggestion}"?`);
  });

  it('locates an unknown CSV column at its header cell, once for the whole file', async () => {
    const list = (await diagnose({ 'recognitions.csv': 'credit_code,tier,recognized_on,tierr\n91530000216586610Q,srdi,2024-11-08,x\n91530000216586610Q,innovative,2023-11-08,y\n' })).filter(
      (x) => x.ruleId === 'unknown-field',
    );
    expect(list.map((d) => [d.line, d.column, d.value, d.message])).toEqual([[1, 32, 'tierr', 'unknown field "tierr" — did you mean "tier"?']]);
  });

  // Regression: CSV headers were matched only against the English field names, so a typo in a
  // Chinese header (营业收人 for 营业收入) got no suggestion, unlike the same typo as a YAML key.
  it.each([
    ['indicators.csv', 'credit_code,year,营业收人\n', 18, '营业收人', '营业收入'],
    ['recognitions.csv', '统一社会信用代码,层级,认定曰期\n', 13, '认定曰期', '认定日期'],
  ])('suggests the Chinese header meant in %s', async (file, text, column, field, suggestion) => {
    const [d] = (await diagnose({ [file]: text })).filter((x) => x.ruleId === 'unknown-field');
    expect(d).toMatchObject({ line: 1, column, value: field, args: { field, suggestion } });
  });

  // Regression: see unknown-county — the suggestion search was quadratic in the length of the name.
  it('reports a huge unknown column name quickly', async () => {
    const started = performance.now();
    const list = (await diagnose({ 'recognitions.csv': `credit_code,tier,recognized_on,${'x'.repeat(3_000_000)}\n` })).filter((x) => x.ruleId === 'unknown-field');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(list.map((d) => [d.line, d.column, d.args.suggestion])).toEqual([[1, 32, undefined]]);
  });

  it('offers no suggestion for a name far from every field', async () => {
    const [d] = (await diagnose({ 'recognitions.csv': 'credit_code,tier,recognized_on,colour\n' })).filter((x) => x.ruleId === 'unknown-field');
    expect(d.message).toBe('unknown field "colour"');
  });

  it('says it in Chinese', async () => {
    const [d] = (await diagnose(withRecognition('    levle: provincial\n    recognized_on: 2024-11-08\n'), { lang: 'zh' })).filter((x) => x.ruleId === 'unknown-field');
    expect(d.message).toBe('未知字段 “levle”，是否指 “level”？');
  });

  it('drops the unknown field and keeps the record', async () => {
    const list = await diagnose({ ...withRecognition('    levle: provincial\n    recognized_on: 2024-11-08\n'), 'recognitions.csv': 'credit_code,tier,recognized_on,colour\n91530000216586610Q,innovative,2023-11-08,red\n' });
    expect(list.filter((d) => d.severity === 'error')).toEqual([]);
  });
});
