import { describe, expect, it } from 'vitest';
import { loadYaml, MAX_ALIASES, MAX_DEPTH } from '../../src/load/yaml.js';
import { diagnose, loadMemory } from '../helpers.js';

const ENTERPRISE = `credit_code: 91530000216586610Q
name: 红河示例精密部件有限公司（示例）
county: 蒙自市
recognitions:
  - { tier: innovative, recognized_on: 2023-06-20 }
  - tier: 中型
    recognized_on: 2024-11-08
`;

/** `a: [[[…]]]` nested `depth` levels deep. */
const flow = (depth: number, closed = true): string => `a: ${'['.repeat(depth)}${closed ? ']'.repeat(depth) : ''}\n`;
const blockMap = (depth: number): string => `${Array.from({ length: depth }, (_, i) => `${' '.repeat(i)}k:`).join('\n')} 1\n`;
const blockSeq = (depth: number): string => `${'- '.repeat(depth)}x\n`;

describe('YAML locations', () => {
  it('locates every value and key by dotted path', () => {
    const { tree, drafts } = loadYaml('e.yaml', ENTERPRISE);
    expect(drafts).toEqual([]);
    expect(tree?.at('county')).toMatchObject({ line: 3, column: 9 });
    expect(tree?.at('recognitions.0.tier')).toMatchObject({ line: 5, column: 13 });
    expect(tree?.at('recognitions.1.tier')).toMatchObject({ line: 6, column: 11, endLine: 6, endColumn: 13 });
    expect(tree?.at('recognitions.1.recognized_on')).toMatchObject({ line: 7, column: 20 });
    expect(tree?.keyAt('recognitions.1.recognized_on')).toMatchObject({ line: 7, column: 5 });
  });

  it('reports a bad nested value at its own line and column, with the path recognitions[1].tier', async () => {
    const list = (await diagnose({ 'enterprises/e.yaml': ENTERPRISE })).filter((d) => d.ruleId === 'schema');
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ file: 'enterprises/e.yaml', line: 6, column: 11, path: 'recognitions[1].tier', value: '中型' });
  });

  it('gives embedded records origins inside the enterprise file', async () => {
    const { data } = await loadMemory({ 'enterprises/e.yaml': ENTERPRISE.replace('中型', '小巨人') });
    expect(data.recognitions.map((r) => [r.tier, r.origin.loc.line, r.origin.fields.tier.line, r.origin.fields.tier.column])).toEqual([
      ['innovative', 5, 5, 13],
      ['little-giant', 6, 6, 11],
    ]);
  });

  it('keeps 18-digit codes and leading zeros as written, and dates as text (YAML 1.2 core)', () => {
    const { tree } = loadYaml('e.yaml', 'a: 915300002165866103\nb: 0532\nc: 2024-11-08\nd: 12.5\ne: true\n');
    expect(tree?.value).toEqual({ a: '915300002165866103', b: '0532', c: '2024-11-08', d: 12.5, e: true });
  });

  it('treats an empty (null) value as unknown, located just after its key', () => {
    const { tree } = loadYaml('e.yaml', 'name:\ncounty: 蒙自\n');
    expect(tree?.value).toEqual({ name: null, county: '蒙自' });
    expect(tree?.at('name')).toMatchObject({ line: 1, column: 6 });
  });
});

describe('YAML duplicate keys', () => {
  it('locates the second occurrence and names the key', () => {
    const { tree, drafts } = loadYaml('e.yaml', 'name: 甲\ncounty: 蒙自\nname: 乙\n');
    expect(drafts).toEqual([expect.objectContaining({ ruleId: 'duplicate-key', line: 3, column: 1, value: 'name', args: { key: 'name' } })]);
    expect(tree?.value).toEqual({ name: '甲', county: '蒙自' });
  });

  it('names a quoted duplicate key without its quotes', () => {
    const { drafts } = loadYaml('e.yaml', 'name: 甲\n"name": 乙\n');
    expect(drafts).toEqual([expect.objectContaining({ ruleId: 'duplicate-key', line: 2, column: 1, value: 'name' })]);
  });
});

describe('YAML limits', () => {
  it(`stops an alias bomb quickly with one syntax finding (more than ${MAX_ALIASES} alias expansions)`, async () => {
    const levels = 'abcdefghi'.split('');
    const bomb = levels
      .map((name, i) => (i === 0 ? `${name}: &${name} [x, x, x, x, x, x, x, x, x]` : `${name}: &${name} [${Array(9).fill(`*${levels[i - 1]}`).join(', ')}]`))
      .join('\n');
    const started = performance.now();
    const list = await diagnose({ 'enterprises/bomb.yaml': `${bomb}\n` });
    expect(performance.now() - started).toBeLessThan(2000);
    expect(list.map((d) => [d.ruleId, d.code, d.file])).toEqual([['syntax', 'syntax.aliases', 'enterprises/bomb.yaml']]);
    expect(list[0].line).toBeGreaterThanOrEqual(1);
  });

  it('allows a few aliases', () => {
    const { tree, drafts } = loadYaml('e.yaml', 'base: &b { tier: srdi }\ncopy: *b\n');
    expect(drafts).toEqual([]);
    expect(tree?.value).toEqual({ base: { tier: 'srdi' }, copy: { tier: 'srdi' } });
  });

  it(`accepts ${MAX_DEPTH} levels of nesting and refuses ${MAX_DEPTH + 1}`, () => {
    expect(loadYaml('e.yaml', flow(MAX_DEPTH - 1)).drafts).toEqual([]);
    expect(loadYaml('e.yaml', flow(MAX_DEPTH + 1)).drafts).toEqual([expect.objectContaining({ ruleId: 'syntax', code: 'syntax.too-deep', line: 1 })]);
  });

  // Regression: the yaml composer recursed 20 000 levels deep, overflowed the stack and reported
  // hundreds of "Maximum call stack size exceeded" errors (or, deep inside the CLI, killed the process).
  it.each([
    ['flow sequences', flow(20_000)],
    ['unclosed flow sequences', flow(20_000, false)],
    ['block mappings', blockMap(3_000)],
    ['block sequences', blockSeq(20_000)],
  ])('refuses 20 000-deep %s with one located syntax.too-deep finding', async (_name, text) => {
    const list = await diagnose({ 'enterprises/deep.yaml': text });
    expect(list.map((d) => [d.ruleId, d.code, d.file])).toEqual([['syntax', 'syntax.too-deep', 'enterprises/deep.yaml']]);
    expect(list[0].line).toBeGreaterThanOrEqual(1);
    expect(list[0].column).toBeGreaterThanOrEqual(1);
  });
});

describe('YAML keys that name prototype members', () => {
  const hostile = `credit_code: 91530000216586610Q
name: 甲（示例）
county: 蒙自
__proto__:
  polluted: yes
constructor:
  prototype:
    polluted: yes
recognitions:
  - tier: srdi
    recognized_on: 2024-01-01
    __proto__: { polluted: yes }
`;

  it('never reach an object prototype', async () => {
    const { tree } = loadYaml('e.yaml', hostile);
    const value = tree?.value;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value ?? {})).toEqual(['credit_code', 'name', 'county', 'recognitions']);
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
    await loadMemory({ 'enterprises/e.yaml': hostile });
    expect(Reflect.get({}, 'polluted')).toBeUndefined();
    expect(Reflect.get(Object.prototype, 'polluted')).toBeUndefined();
  });

  it('are reported as unknown fields at their keys, and the record still loads', async () => {
    const list = (await diagnose({ 'enterprises/e.yaml': hostile })).filter((d) => d.ruleId === 'unknown-field');
    expect(list.map((d) => [d.ruleId, d.line, d.column, d.value])).toEqual([
      ['unknown-field', 4, 1, '__proto__'],
      ['unknown-field', 6, 1, 'constructor'],
      ['unknown-field', 12, 5, '__proto__'],
    ]);
    expect(list.map((d) => d.path)).toEqual(['__proto__', 'constructor', 'recognitions[0].__proto__']);
    const { data } = await loadMemory({ 'enterprises/e.yaml': hostile });
    expect(data.enterprises.map((e) => e.creditCode)).toEqual(['91530000216586610Q']);
    expect(data.recognitions.map((r) => r.tier)).toEqual(['srdi']);
  });
});
