/**
 * The fast YAML subset parser against its oracle, the yaml-library path of `loadYaml`: whenever
 * `fastTree` gives a tree, its value (key order included) and the location of every value and key
 * must be the library's; whatever the library reports a finding for must fall back to it.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fastTree } from '../../src/load/yaml-fast.js';
import { loadYaml, MAX_DEPTH, type LocatedTree } from '../../src/load/yaml.js';
import { PROPERTY_TIMEOUT, runs } from '../fuzz/params.js';

const walk = (dir: string): string[] => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : [join(dir, n)]));
const yamlFiles = (dir: string): string[] => walk(dir).filter((f) => /\.ya?ml$/.test(f));

/** Every dotted path of a value, '' (the root) first. */
function paths(value: unknown, path = '', out: string[] = []): string[] {
  out.push(path);
  const join = (key: string): string => (path === '' ? key : `${path}.${key}`);
  if (Array.isArray(value)) value.forEach((item, i) => paths(item, join(String(i)), out));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) paths(item, join(key), out);
  return out;
}

/** Paths that name nothing (or that only a sloppy lookup would find). */
const MISSING = ['zz', '0', '00', '-1', '1.5', 'a.', '.a', 'a..b', 'recognitions.00', 'recognitions.0.zz', 'recognitions.0.tier.x', 'indicators.9', 'name.0'];

/** Differences between a fast tree and the oracle's, as readable lines (none when they agree). */
function differences(fast: LocatedTree, oracle: LocatedTree): string[] {
  const out: string[] = [];
  if (JSON.stringify(fast.value) !== JSON.stringify(oracle.value)) out.push(`value ${JSON.stringify(fast.value)} ≠ ${JSON.stringify(oracle.value)}`);
  try {
    expect(fast.value).toStrictEqual(oracle.value);
  } catch {
    out.push('value not strictly equal');
  }
  const all = paths(oracle.value);
  for (const path of [...all, ...MISSING, ...all.map((p) => `${p}.zz`)]) {
    for (const kind of ['at', 'keyAt'] as const) {
      const a = JSON.stringify(fast[kind](path));
      const b = JSON.stringify(oracle[kind](path));
      if (a !== b) out.push(`${kind}(${JSON.stringify(path)}) ${a} ≠ ${b}`);
    }
  }
  return out;
}

type Verdict = { fast: false; oracleDrafts: number } | { fast: true; oracleDrafts: number; differences: string[] };

/** Runs both parsers on `text`. */
function compare(text: string): Verdict {
  const tree = fastTree('f.yaml', text);
  const oracle = loadYaml('f.yaml', text, { fast: false });
  if (!tree) return { fast: false, oracleDrafts: oracle.drafts.length };
  if (!oracle.tree) return { fast: true, oracleDrafts: oracle.drafts.length, differences: ['the oracle gives no tree'] };
  return { fast: true, oracleDrafts: oracle.drafts.length, differences: differences(tree, oracle.tree) };
}

/** The property: a fast tree equals the oracle's, and a text the oracle reports anything for falls back. */
function expectAgreement(text: string): Verdict {
  const verdict = compare(text);
  if (verdict.fast) {
    expect(verdict.oracleDrafts, `fast path taken for a text with findings: ${JSON.stringify(text)}`).toBe(0);
    expect(verdict.differences, JSON.stringify(text)).toEqual([]);
  }
  return verdict;
}

describe('fastTree on the embedded data', () => {
  const files = yamlFiles('data');

  it(`takes the fast path for every YAML file of data/ (${files.length}) and equals the yaml library`, () => {
    expect(files).toContain(join('data', 'plan.yaml'));
    expect(files.length).toBeGreaterThan(300);
    const failures = files.flatMap((file) => {
      const verdict = compare(readFileSync(file, 'utf8'));
      if (!verdict.fast) return [`${file}: fell back`];
      return verdict.differences.map((d) => `${file}: ${d}`);
    });
    expect(failures).toEqual([]);
  });

  it('equals the yaml library on every test fixture, and takes the fast path for those without findings', () => {
    const failures = yamlFiles(join('test', 'fixtures')).flatMap((file) => {
      const verdict = compare(readFileSync(file, 'utf8'));
      if (!verdict.fast) return verdict.oracleDrafts === 0 ? [`${file}: fell back`] : [];
      return [...(verdict.oracleDrafts > 0 ? [`${file}: fast path despite findings`] : []), ...verdict.differences.map((d) => `${file}: ${d}`)];
    });
    expect(failures).toEqual([]);
  });
});

const ENTERPRISE = `# yaml-language-server: $schema=../../schemas/enterprise.schema.json
# 示例数据 — fictional sample
credit_code: "915325015902449608"
name: 个旧示例宏科精密铸造有限公司（示例）
county: 个旧市   # trailing comment
niche_since: 2016
recognitions:
  - { tier: innovative, level: provincial, recognized_on: 2024-06-07, batch: 云南省2024年第一批创新型中小企业 }
  - tier: srdi
    recognized_on: 2025-05-23

indicators:
  - { year: 2023, revenue: 12476.8, digital_systems: [ERP, CRM], honours: [], awards: {},
      own_brand: true, high_tech_enterprise: false, reported_on: 2024-04-14 }
`;

describe('fastTree: the subset', () => {
  it.each<[string, string]>([
    ['an enterprise file: comments, flow maps over lines, compact maps in a sequence', ENTERPRISE],
    ['the same with CRLF line breaks', ENTERPRISE.replace(/\n/g, '\r\n')],
    ['the same without a final line break', ENTERPRISE.trimEnd()],
    ['Chinese keys and values', '营业收入（万元）: 12000\n名称: 甲（示例）\n县: 蒙自\n'],
    ['core-schema scalars', 'a: ~\nb: null\nc: Null\nd: NULL\ne: true\nf: False\ng: TRUE\nh: 0x1F\ni: 0o17\nj: .inf\nk: -.Inf\nl: .nan\nm: 1e3\nn: +5\no: -0\np: 12.50\nq: 1.\nr: .5\ns: yes\nt: 1_000\n'],
    ['codes and leading zeros stay text', 'a: 915300002165866103\nb: 0532\nc: 00.5\nd: 9007199254740993\ne: 2024-11-08\nf: 1e20\ng: -0532\n'],
    ['quoted scalars and escapes', `a: "x y"\nb: 'it''s'\nc: "\\n\\t\\\\\\"\\/\\x41\\u00e9\\U0001F600\\0\\e\\N\\_\\L\\P\\ "\nd: ''\ne: ""\nf: '"引号", 逗号'\n"g": 1\n'h': 2\n`],
    ['empty values', 'name:\ncounty:   \nlast:'],
    ['empty collections', 'a: []\nb: {}\nc: [ ]\nd: { }\n'],
    ['a sequence at the indentation of its key', 'a:\n- x\n- y: 1\n  z:\n  - 1\n  - [2]\nb: 2\n'],
    ['deeper indentation and nested block collections', 'a:\n    b:\n        - c: 1\n          d:\n             e: f\nz: 1\n'],
    ['blank lines, whitespace-only lines and column-0 comments between entries', 'a:\n  b: 1\n\n# between\n   \n  c: 2\n# after\n\nd: 3\n\n# end\n'],
    ['a comment line before a nested value', 'a:\n# note\n  b: 1\nc:\n# note\n- 1\n'],
    ['trailing comments after every kind of value', 'a: 1 # c\nb: "q" # c\nc: [1] # c\nd: {e: 1}   # c\nf: # c\n  g: x\n'],
    ['plain scalars with spaces, commas, brackets, quotes and dashes', "a: x y  z\nb: a, b\nc: it's\nd: -x\ne: a-b\nf: （示例）\ng: x # y\nh: b] [c {d}\n"],
    ['flow collections nested and JSON-like', 'a: [[1, [2]], {b: [c, {d: e}]}, "f", \'g\']\nb: {"x":1,"y":[true,null]}\nc: [a , b]\nd: [a, b, ]\n'],
    ['a flow collection over lines', 'a: [1,\n  2,\n     3]\nb: { c: 1,\n  d: 2 }\n'],
    ['a root sequence', '- a\n- b: 1\n  c: 2\n- [x]\n'],
    ['a root flow mapping (JSON)', '{"credit_code":"91532501MA6K1A0B4K","year":2024,"list":[1,2.5,"x"]}'],
    ['a root flow sequence over lines', '[a,\n  b]\n# end\n'],
    ['an empty document', ''],
    ['a document of comments only', '# a\n\n# b\n'],
    ['keys that look special only when quoted', '"1": a\n"true": b\n"null": c\n'],
  ])('%s', (_name, text) => {
    const verdict = expectAgreement(text);
    expect(verdict.fast, 'takes the fast path').toBe(true);
  });

  it('gives the same locations as yaml.test.ts expects', () => {
    const tree = fastTree('e.yaml', 'credit_code: 91530000216586610Q\nrecognitions:\n  - { tier: innovative, recognized_on: 2023-06-20 }\n  - tier: 中型\n    recognized_on: 2024-11-08\n');
    expect(tree?.at('recognitions.0.tier')).toEqual({ file: 'e.yaml', line: 3, column: 13, endLine: 3, endColumn: 23 });
    expect(tree?.at('recognitions.1.tier')).toEqual({ file: 'e.yaml', line: 4, column: 11, endLine: 4, endColumn: 13 });
    expect(tree?.keyAt('recognitions.1.recognized_on')).toMatchObject({ line: 5, column: 5 });
    expect(tree?.keyAt('recognitions.1')).toBeUndefined();
    expect(tree?.at('recognitions.2')).toBeUndefined();
  });
});

describe('fastTree: outside the subset it falls back', () => {
  it.each<[string, string]>([
    ['an anchor', 'a: &x 1\n'],
    ['an alias', 'a: 1\nb: *a\n'],
    ['a tag', 'a: !!str 1\n'],
    ['a literal block scalar', 'a: |\n  x\n'],
    ['a folded block scalar', 'a: >\n  x\n'],
    ['a multi-line plain scalar', 'a: b\n  c\n'],
    ['a multi-line plain scalar after a blank line', 'a: b\n\n  c\n'],
    ['a multi-line quoted scalar', 'a: "b\n  c"\n'],
    ['a multi-line plain scalar in a sequence', '- b\n  c\n'],
    ['a duplicate key', 'name: 甲\nname: 乙\n'],
    ['a duplicate key, quoted', 'name: 甲\n"name": 乙\n'],
    ['a duplicate key in a flow mapping', 'a: {b: 1, b: 2}\n'],
    ['a __proto__ key', '__proto__:\n  polluted: yes\n'],
    ['a constructor key in a flow mapping', 'a: { constructor: 1 }\n'],
    ['a prototype key', 'prototype: 1\n'],
    ['a merge key', '<<: {a: 1}\n'],
    ['a document start marker', '---\na: 1\n'],
    ['a document end marker', 'a: 1\n...\n'],
    ['a directive', '%YAML 1.2\n---\na: 1\n'],
    ['tab indentation', 'a:\n\tb: 1\n'],
    ['a tab after a value', 'a: 1\t\n'],
    ['an explicit key', '? a\n: 1\n'],
    ['an unclosed flow sequence', 'a: [1, 2\n'],
    ['an unclosed flow mapping', 'a: {b: 1\n'],
    ['a mapping on a value line', 'a: b: c\n'],
    ['a colon inside a plain scalar', 'a: 10:30\n'],
    ['a key glued to its value', 'a:b\n'],
    ['a hash inside a plain scalar', 'a: b#c\n'],
    ['a comment without a space before it', 'a: "b"#c\n'],
    ['an indented comment line', 'a:\n  b: 1\n  # c\nd: 2\n'],
    ['a key that reads as a number', '1: a\n'],
    ['a key that reads as a boolean', 'true: a\n'],
    ['a key that reads as null', '~: a\n'],
    ['an empty key', '"": a\n'],
    ['a key with a dot (paths would be ambiguous)', 'a.b: 1\n'],
    ['a key longer than 1000 characters', `${'k'.repeat(1100)}: 1\n`],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['a byte-order mark', '\ufeffa: 1\n'],
    ['a control character', 'a: b\u0001\n'],
    ['an unknown escape', 'a: "\\q"\n'],
    ['a short \\u escape', 'a: "\\u12"\n'],
    [`flow nesting deeper than ${MAX_DEPTH}`, `a: ${'['.repeat(MAX_DEPTH + 2)}${']'.repeat(MAX_DEPTH + 2)}\n`],
    ['a plain flow scalar followed by a line break', 'a: [b\n  , c]\n'],
    ['a comment inside a flow collection', 'a: [b, # c\n  d]\n'],
    ['a flow continuation line indented too little', 'a:\n  - b: [c,\n    d]\n'],
    ['an empty flow value', 'a: {b: }\n'],
    ['a flow key without a value', 'a: {b, c: 1}\n'],
    ['a pair in a flow sequence', 'a: [b: 1]\n'],
    ['an empty value with a trailing comment', 'a: # c\nb: 1\n'],
    ['an empty value followed by a comment line', 'x:\n  a:\n# c\ny: 1\n'],
    ['an empty sequence item', 'a:\n  -\n  - b\n'],
    ['a nested compact sequence', '- - a\n'],
    ['a root scalar', 'hello\n'],
    ['an indented root', '  a: 1\n'],
    ['a sequence item after a mapping value at the same indentation', 'a: 1\n- b\n'],
    ['a bad indentation', 'a:\n    b: 1\n  c: 2\n'],
    ['a reserved indicator', 'a: @b\n'],
    ['a closing bracket that starts a value', 'a: ]b\n'],
  ])('%s', (_name, text) => {
    expect(fastTree('f.yaml', text)).toBeUndefined();
  });
});

// ---------------------------------------------------------------------------------------------
// Differential fuzzing: texts from a grammar close to the subset, with random damage.

// Mostly what the subset holds, sometimes what it must refuse (one weight in twenty).
const GOOD_SCALARS = [
  'a', 'b1', '甲县', '（示例）', 'x y', 'a, b', "it's", '2024-06-07', '1', '-2', '0532', '12.5', '1e3', '0x1F', '0o17', '.inf', '-.Inf',
  '.nan', '915300002165866103', '+5', '-0', '~', 'null', 'Null', 'true', 'False', 'yes', '"q"', '"a b"', "'s'", "'it''s'", '""', "''",
  '"\\n\\u00e9"', '"\\x41"', '-x', 'x]', 'a-b', '1.',
];
const BAD_SCALARS = ['"\\q"', 'a:b', 'a #b', 'a#b', '*x', '&a x', '!t x', '|', '>', '? x', ': x', '%x', '@x', '`x', '- x', '"a\nb"', 'a\n b'];
const GOOD_KEYS = ['a', 'b', 'c', 'd', 'name', '甲', '营业收入（万元）', 'tier', '"q"', "'s'", 'a b', '-k', 'k1', 'little-giant', '"1"'];
const BAD_KEYS = ['x.y', '__proto__', '1', 'null', 'true', '""', '<<', 'a:b', 'k ', '[a]'];
const mostly = <T>(good: readonly T[], bad: readonly T[]): fc.Arbitrary<T> => fc.oneof({ weight: 19, arbitrary: fc.constantFrom(...good) }, { weight: 1, arbitrary: fc.constantFrom(...bad) });
const scalarArb = mostly(GOOD_SCALARS, BAD_SCALARS);
const keyArb = mostly(GOOD_KEYS, BAD_KEYS);
const trailingArb = mostly(['', '', '', ' # c', '   # c d', ' '], ['  #x', '#bad']);
const beforeArb = mostly(['', '', '', '', '\n', '# c\n', '   \n', '\n\n'], ['  # ind\n', ' #\n']);
const separatorArb = mostly([', ', ',', ', ', ',\u0001', ',\u0001 '], [' , ', ' ,\u0001', ',\u0001\u0001']);
const colonArb = mostly([': ', ': ', ':  '], [':', ' : ']);

type Flow = string;
type Block =
  | { kind: 'scalar'; text: string }
  | { kind: 'flow'; text: Flow }
  | { kind: 'map'; step: number; entries: [string, Block, string, string][] }
  | { kind: 'seq'; step: number; items: [Block, string, string][] };

const flowArb: fc.Arbitrary<Flow> = fc.letrec<{ flow: Flow }>((tie) => ({
  flow: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarArb,
    fc.tuple(fc.array(tie('flow'), { maxLength: 4 }), separatorArb, fc.boolean()).map(([items, sep, trailing]) => `[${items.join(sep)}${trailing && items.length > 0 ? ',' : ''}]`),
    fc.tuple(fc.array(fc.tuple(keyArb, colonArb, tie('flow')), { maxLength: 4 }), separatorArb).map(
      ([entries, sep]) => `{${entries.map(([k, colon, v]) => `${k}${colon}${v}`).join(sep)}}`,
    ),
  ),
})).flow;

const blockArb: fc.Arbitrary<Block> = fc.letrec<{ block: Block }>((tie) => {
  const meta = fc.tuple(trailingArb, beforeArb);
  return {
    block: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      { weight: 4, arbitrary: scalarArb.map((text): Block => ({ kind: 'scalar', text })) },
      { weight: 2, arbitrary: flowArb.map((text): Block => ({ kind: 'flow', text })) },
      {
        weight: 3,
        arbitrary: fc
          .tuple(mostly([2, 2, 4, 1], [0]), fc.uniqueArray(fc.tuple(keyArb, tie('block'), meta), { minLength: 1, maxLength: 4, selector: ([k]) => k }))
          .map(([step, entries]): Block => ({ kind: 'map', step, entries: entries.map(([k, v, [t, b]]) => [k, v, t, b]) })),
      },
      {
        weight: 2,
        // step 1 puts a mapping item on the line after its `-`, outside the subset.
        arbitrary: fc
          .tuple(mostly([2, 0, 4], [1]), fc.array(fc.tuple(tie('block'), meta), { minLength: 1, maxLength: 4 }))
          .map(([step, items]): Block => ({ kind: 'seq', step, items: items.map(([v, [t, b]]) => [v, t, b]) })),
      },
      { weight: 1, arbitrary: fc.constant<Block>({ kind: 'scalar', text: '' }) },
    ),
  };
}).block;

const pad = (n: number): string => ' '.repeat(n);
/** A flow text with its line breaks (\u0001) continued `extra` columns past `indent`. */
const flowText = (text: Flow, indent: number, extra: number): string => text.replace(/\u0001/g, `\n${pad(indent + extra)}`);

/** `node` as the value after `key:` of a mapping at `indent`. */
function renderValue(node: Block, indent: number, trailing: string, extra: number): string {
  if (node.kind === 'scalar') return `${node.text === '' ? '' : ' '}${node.text}${trailing}\n`;
  if (node.kind === 'flow') return ` ${flowText(node.text, indent, extra)}${trailing}\n`;
  // step 0: a sequence at the indentation of its key (compact), a mapping there (invalid).
  return `${trailing}\n${renderBlock(node, indent + node.step, extra)}`;
}

function renderBlock(node: Block, indent: number, extra: number): string {
  if (node.kind === 'map') return node.entries.map(([key, value, trailing, before]) => `${before}${pad(indent)}${key}:${renderValue(value, indent, trailing, extra)}`).join('');
  if (node.kind === 'seq') {
    return node.items
      .map(([item, trailing, before]) => {
        const head = `${before}${pad(indent)}-`;
        if (item.kind === 'scalar') return `${head}${item.text === '' ? '' : ' '}${item.text}${trailing}\n`;
        if (item.kind === 'flow') return `${head} ${flowText(item.text, indent, extra)}${trailing}\n`;
        if (item.kind === 'map' && node.step !== 1) {
          // Compact `- key: value`, the first key on the dash line.
          const [[key, value, keyTrailing], ...rest] = item.entries;
          return `${head} ${renderBlock({ ...item, entries: [[key, value, keyTrailing, ''], ...rest] }, indent + 2, extra).slice(indent + 2)}`;
        }
        return `${head}${trailing}\n${renderBlock(item, indent + Math.max(item.step, 1), extra)}`;
      })
      .join('');
  }
  if (node.kind === 'flow') return `${pad(indent)}${flowText(node.text, indent, extra)}\n`;
  return `${pad(indent)}${node.text}\n`;
}

const HOSTILE = [...':#-[]{},\'"&*! |>\t\n\r'];
type Damage = [position: number, kind: 'insert' | 'delete' | 'duplicate', char: string];

function damage(text: string, edits: Damage[]): string {
  let out = text;
  for (const [position, kind, char] of edits) {
    const at = out.length === 0 ? 0 : position % (out.length + 1);
    if (kind === 'insert') out = out.slice(0, at) + char + out.slice(at);
    else if (kind === 'delete') out = out.slice(0, at) + out.slice(at + 1);
    else out = out.slice(0, at) + out.slice(at, at + 1 + (position % 7)) + out.slice(at);
  }
  return out;
}

const documentArb = fc
  .record({
    header: fc.constantFrom('', '', '# header\n', '# a\n\n# b\n', '\n'),
    root: fc.oneof(
      { weight: 6, arbitrary: blockArb.filter((b) => b.kind === 'map' || b.kind === 'seq') },
      { weight: 1, arbitrary: blockArb },
    ),
    extra: fc.constantFrom(2, 2, 1, 0, 4),
    crlf: fc.boolean(),
    finalBreak: fc.constantFrom(true, true, false),
    footer: fc.constantFrom('', '', '# footer\n', '\n\n', '  \n'),
    edits: fc.oneof({ weight: 2, arbitrary: fc.constant<Damage[]>([]) }, { weight: 1, arbitrary: fc.array(fc.tuple(fc.nat(), fc.constantFrom('insert' as const, 'delete' as const, 'duplicate' as const), fc.constantFrom(...HOSTILE)), { minLength: 1, maxLength: 3 }) }),
  })
  .map(({ header, root, extra, crlf, finalBreak, footer, edits }) => {
    let text = header + renderBlock(root, 0, extra) + footer;
    if (!finalBreak) text = text.replace(/\n$/, '');
    if (crlf) text = text.replace(/\n/g, '\r\n');
    return damage(text, edits);
  });

describe('fastTree: differential fuzzing against the yaml library', () => {
  it(
    'a fast tree always equals the oracle, and every text with findings falls back',
    () => {
      let taken = 0;
      let total = 0;
      fc.assert(
        fc.property(documentArb, (text) => {
          total++;
          if (expectAgreement(text).fast) taken++;
        }),
        runs(300),
      );
      // The grammar is close enough to the subset that the property is exercised, not vacuous.
      expect(taken / total).toBeGreaterThan(0.15);
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'lines of the subset shuffled, re-indented and mixed with comments',
    () => {
      const LINES = ['a: 1', 'b:', 'c: x y', '- x', '-', '- ', '- c: 2', '- d:', '# c', '', ' ', 'd: [1,', '2]', 'e: {f: 1}', '"g": h', "'k': 'v'", '- - y', 'f: # c', 'g: 1 # c', '- [a,', 'b, c]', '- {a: 1,', 'b: 2}', 'i: ~', '-   j: 1', 'k:  ', 'l: []', '- 1 # c', '-   # c', 'n: -1'];
      const soup = fc
        .tuple(fc.array(fc.tuple(fc.constantFrom(0, 0, 0, 2, 2, -2, -2, -4, 1, -1), fc.constantFrom(...LINES)), { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), fc.boolean())
        .map(([lines, eol, final]) => {
          let indent = 0;
          const text = lines.map(([step, line], i) => `${' '.repeat((indent = i === 0 ? 0 : Math.max(0, indent + step)))}${line}`).join(eol);
          return final ? text + eol : text;
        });
      fc.assert(
        fc.property(soup, (text) => {
          expectAgreement(text);
        }),
        runs(300),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'real data files with lines dropped, duplicated or damaged',
    () => {
      const files = yamlFiles('data').slice(0, 40).map((f) => readFileSync(f, 'utf8'));
      const mutated = fc
        .tuple(fc.constantFrom(...files), fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'dup', 'insert', 'delete'), fc.constantFrom(...HOSTILE)), { maxLength: 3 }))
        .map(([text, edits]) => {
          let lines = text.split('\n');
          for (const [n, kind, char] of edits) {
            const i = n % lines.length;
            if (kind === 'drop') lines = [...lines.slice(0, i), ...lines.slice(i + 1)];
            else if (kind === 'dup') lines = [...lines.slice(0, i + 1), ...lines.slice(i)];
            else {
              const at = n % (lines[i].length + 1);
              lines[i] = lines[i].slice(0, at) + (kind === 'insert' ? char : '') + lines[i].slice(at + (kind === 'delete' ? 1 : 0));
            }
          }
          return lines.join('\n');
        });
      fc.assert(
        fc.property(mutated, (text) => {
          expectAgreement(text);
        }),
        runs(150),
      );
    },
    PROPERTY_TIMEOUT,
  );

  it(
    'never throws, and agrees with the oracle, on arbitrary text',
    () => {
      const text = fc.oneof(fc.string({ unit: fc.constantFrom(...HOSTILE, 'a', '1', '甲', '.', '~', '\ufeff', '---', '- ', ': ', '  '), maxLength: 120 }), fc.string({ maxLength: 120 }));
      fc.assert(
        fc.property(text, (t) => {
          expect(() => fastTree('f.yaml', t)).not.toThrow();
          expectAgreement(t);
        }),
        runs(300),
      );
    },
    PROPERTY_TIMEOUT,
  );
});
