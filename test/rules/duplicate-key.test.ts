import { describe, expect, it } from 'vitest';
import { diagnose, findings, loadMemory } from '../helpers.js';

const ENTERPRISE = 'credit_code: 91530000216586610Q\nname: 红河示例精密部件有限公司（示例）\ncounty: 蒙自市\n';

describe('duplicate-key', () => {
  it.each<[string, Record<string, string>, [string, string, number][]]>([
    ['distinct keys', { 'enterprises/e.yaml': ENTERPRISE }, []],
    ['the same key in two list items', { 'enterprises/e.yaml': `${ENTERPRISE}recognitions:\n  - tier: innovative\n    recognized_on: 2023-06-20\n  - tier: srdi\n    recognized_on: 2024-11-08\n` }, []],
    ['the same key in two files', { 'enterprises/a.yaml': ENTERPRISE, 'enterprises/b.yaml': ENTERPRISE.replace('6610Q', '6563275J').replace('86563275J', '91530000216563275J') }, []],
    ['a top-level key twice', { 'enterprises/e.yaml': `${ENTERPRISE}name: 另一个名称（示例）\n` }, [['duplicate-key', 'enterprises/e.yaml', 4]]],
    ['a key twice inside a list item', { 'enterprises/e.yaml': `${ENTERPRISE}recognitions:\n  - tier: srdi\n    recognized_on: 2024-11-08\n    tier: innovative\n` }, [['duplicate-key', 'enterprises/e.yaml', 7]]],
    ['a key twice in a flow mapping', { 'enterprises/e.yaml': `${ENTERPRISE}recognitions:\n  - { tier: srdi, recognized_on: 2024-11-08, tier: innovative }\n` }, [['duplicate-key', 'enterprises/e.yaml', 5]]],
    ['a key three times', { 'enterprises/e.yaml': `${ENTERPRISE}county: 开远\ncounty: 个旧\n` }, [['duplicate-key', 'enterprises/e.yaml', 4], ['duplicate-key', 'enterprises/e.yaml', 5]]],
    ['a key and its Chinese alias', { 'enterprises/e.yaml': `${ENTERPRISE}企业名称: 另一个名称（示例）\n` }, [['duplicate-key', 'enterprises/e.yaml', 4]]],
  ])('%s', async (_name, files, expected) => {
    expect(await findings(files, 'duplicate-key')).toEqual(expected);
  });

  it('points at the second occurrence, names the key, and keeps the first value', async () => {
    const files = { 'enterprises/e.yaml': `${ENTERPRISE}name: 另一个名称（示例）\n` };
    const [d] = (await diagnose(files)).filter((x) => x.ruleId === 'duplicate-key');
    expect(d).toMatchObject({ severity: 'error', line: 4, column: 1, value: 'name', path: 'name' });
    expect(d.message).toBe('key "name" appears twice in one mapping');
    const { data } = await loadMemory(files);
    expect(data.enterprises.map((e) => e.name)).toEqual(['红河示例精密部件有限公司（示例）']);
  });

  it('gives the nested path of a key repeated inside a list item', async () => {
    const [d] = (await diagnose({ 'enterprises/e.yaml': `${ENTERPRISE}recognitions:\n  - tier: srdi\n    recognized_on: 2024-11-08\n    tier: innovative\n` })).filter(
      (x) => x.ruleId === 'duplicate-key',
    );
    expect(d).toMatchObject({ line: 7, column: 5, value: 'tier', path: 'recognitions[0].tier' });
  });

  // Regression: `企业名称:` after `name:` silently replaced the name (both are the field `name`).
  it('reports a Chinese alias repeating an English key at the alias, and keeps the first value', async () => {
    const files = { 'enterprises/e.yaml': `${ENTERPRISE}企业名称: 另一个名称（示例）\n` };
    const [d] = (await diagnose(files)).filter((x) => x.ruleId === 'duplicate-key');
    expect(d).toMatchObject({ line: 4, column: 1, value: '企业名称' });
    const { data } = await loadMemory(files);
    expect(data.enterprises.map((e) => e.name)).toEqual(['红河示例精密部件有限公司（示例）']);
  });

  it('is not used for CSV columns (a repeated column is a schema finding)', async () => {
    const files = { 'enterprises.csv': 'credit_code,name,county,name\n91530000216586610Q,甲（示例）,蒙自,乙（示例）\n' };
    expect(await findings(files, 'duplicate-key')).toEqual([]);
    expect(await findings(files, 'schema')).toEqual([['schema', 'enterprises.csv', 1]]);
  });
});
