/**
 * The text reporter's shortcuts (issue 9) against the code they replace, kept here verbatim as the
 * reference: displayWidth's ASCII path and per-character table, wrap's single fits-as-is test and
 * reordered checks, drawTable measuring each line once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Cell, drawTable, provenanceKey, provenanceRefs, refsOf, rowsOf, wrap } from '../../src/reports/assess-common.js';
import { codePointsWidth, displayWidth } from '../../src/reporters/format.js';
import type { CriterionResult, Provenance } from '../../src/criteria/types.js';
import { PROPERTY_TIMEOUT, runs } from '../fuzz/params.js';

const RUNS = runs(1000);

// ---- the reference: the code as it was before the shortcuts --------------------------------------

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || cp === 0x2329 || cp === 0x232a || (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe10 && cp <= 0xfe19) || (cp >= 0xfe30 && cp <= 0xfe6f) ||
    (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1f64f) || (cp >= 0x1f900 && cp <= 0x1f9ff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

function refWidth(s: string): number {
  let width = 0;
  for (const ch of s) {
    if (/^[\p{Mn}\p{Me}\p{Cf}]$/u.test(ch)) continue;
    width += isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  }
  return width;
}

const WIDE = '\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6';
const TOKENS = new RegExp(`\\s+|[${WIDE}]|[^\\s${WIDE}]+`, 'gu');
const CLOSING = /^[）〕】」』》〉，。、；：！？”’)\]}.,;:!?]/u;
const OPENING = /[（〔【「『《〈“‘]$/u;

function refWrap(text: string, width: number, indent = '', hang = ''): string {
  if (/^\S(?:[^\n]*\S)?$/u.test(text) && !/\s\s/u.test(text) && refWidth(indent) + refWidth(text) <= width) return indent + text;
  const lines: string[] = [];
  let line = indent;
  let used = refWidth(indent);
  let empty = true;
  let space = false;
  for (const token of text.match(TOKENS) ?? []) {
    if (/^\s/u.test(token)) {
      space = !empty;
      continue;
    }
    const piece = `${space ? ' ' : ''}${token}`;
    const w = refWidth(piece);
    if (empty || CLOSING.test(token) || used + w <= width) {
      line += piece;
      used += w;
    } else {
      const found = OPENING.exec(line)?.[0] ?? '';
      const open = line.length - found.length > indent.length ? found : '';
      lines.push(line.slice(0, line.length - open.length));
      line = indent + hang + open + token;
      used = refWidth(line);
    }
    empty = false;
    space = false;
  }
  lines.push(line);
  return lines.join('\n');
}

function refTable(head: readonly Cell[], rows: readonly (readonly Cell[])[]): string {
  const lines = (c: Cell | undefined): string[] => (c?.text ?? '').split('\n');
  const all = [head, ...rows];
  const widths = head.map((_, i) => Math.max(...all.map((r) => Math.max(...lines(r[i]).map(refWidth)))));
  const rule = (l: string, m: string, r: string): string => `${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}`;
  const out = [rule('┌', '┬', '┐')];
  const emit = (row: readonly Cell[]): void => {
    const parts = widths.map((_, i) => lines(row[i]));
    const height = Math.max(...parts.map((p) => p.length));
    for (let k = 0; k < height; k++) {
      const cells = widths.map((w, i) => {
        const text = parts[i][k] ?? '';
        const paint = row[i]?.paint;
        return ` ${text === '' || paint === undefined ? text : paint(text, k)}${' '.repeat(w - refWidth(text))} `;
      });
      out.push(`│${cells.join('│')}│`);
    }
  };
  emit(head);
  out.push(rule('├', '┼', '┤'));
  rows.forEach(emit);
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

// ---- texts like the reports', and hostile ones ----------------------------------------------------

const PIECES = [
  'a', 'R&D', '8,000', '万元', ' ', '  ', '\n', '\t', '\r', '\u3000', '\u00a0', '中', '小企业', '（', '）', '〔', '〕', '，', '。', '：', '“', '”', '(', ')', ',', '.',
  '≥', '✓', '✗', '—', '→', 'Ⅰ类', 'ü', '\u0301', '\u200b', '\u200d', '\ufe0f', '\u302a', '\u1160', '😀', '𠀀', '𝐀', '\u{1d167}', '\ud800', '\udc00', 'ｘ', '한',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((p) => p.join(''));

describe('displayWidth', () => {
  it('equals the code-point rule for every BMP character, first and second time (cached)', () => {
    const wrong: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      const want = refWidth(ch);
      if (displayWidth(ch) !== want || displayWidth(ch) !== want || displayWidth(`a${ch}b`) !== want + 2) wrong.push(c);
    }
    expect(wrong).toEqual([]);
  });
  it('equals the code-point rule for mixed strings (astral characters, lone surrogates, marks)', () => {
    fc.assert(fc.property(fc.oneof(text, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.string({ unit: 'binary', maxLength: 20 })), (s) => {
      expect(displayWidth(s)).toBe(refWidth(s));
      expect(codePointsWidth(s)).toBe(refWidth(s));
    }), RUNS);
  }, PROPERTY_TIMEOUT);
});

describe('wrap equals the reference', () => {
  it('for texts, widths, indents and hangs', () => {
    const pad = fc.constantFrom('', ' ', '  ', '    ', '  或 ');
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 60 }), pad, pad, (t, width, indent, hang) => {
      expect(wrap(t, width, indent, hang)).toBe(refWrap(t, width, indent, hang));
    }), RUNS);
  }, PROPERTY_TIMEOUT);
});

describe('wrap remembers what it wrapped', () => {
  const long = '近三年无重大安全（含网络安全、数据安全）、质量、环境污染事故及偷漏税等违法违规行为';
  it('under a key that tells indent and hang apart', () => {
    const splits: [string, string][] = [['ab', ''], ['a', 'b'], ['', 'ab'], ['a,', 'b'], ['a', ',b']];
    for (const [indent, hang] of [...splits, ...splits]) expect(wrap(long, 20, indent, hang)).toBe(refWrap(long, 20, indent, hang));
    expect(new Set(splits.map(([indent, hang]) => wrap(long, 20, indent, hang))).size).toBe(splits.length);
  });
  it('and still wraps right once it has forgotten (more texts than it keeps)', () => {
    for (let i = 0; i < 10_050; i++) wrap(`${long}${i}`, 24);
    for (const i of [0, 10_049]) expect(wrap(`${long}${i}`, 24)).toBe(refWrap(`${long}${i}`, 24));
  });
});

describe('drawTable equals the reference', () => {
  it('for multi-line, painted, missing and wide cells', () => {
    const paint = fc.option(fc.constantFrom((s: string, line: number) => `<${line}>${s}`, (s: string) => s.toUpperCase()), { nil: undefined });
    const cell: fc.Arbitrary<Cell> = fc.record({ text, paint }).map(({ text: t, paint: p }) => (p === undefined ? { text: t } : { text: t, paint: p }));
    fc.assert(fc.property(fc.array(cell, { minLength: 1, maxLength: 4 }), fc.array(fc.array(cell, { maxLength: 5 }), { maxLength: 6 }), (head, rows) => {
      expect(drawTable(head, rows)).toBe(refTable(head, rows));
    }), runs(300));
  }, PROPERTY_TIMEOUT);
});

describe('provenance numbering equals the reference', () => {
  function refRefs(criteria: readonly CriterionResult[]): { refs: Map<string, number>; list: Provenance[] } {
    const byKey = new Map<string, Provenance>();
    for (const c of criteria) for (const p of c.sources) if (!byKey.has(provenanceKey(p))) byKey.set(provenanceKey(p), p);
    const list = [...byKey.values()].sort((a, b) => (b.year ?? -1) - (a.year ?? -1) || (provenanceKey(a) < provenanceKey(b) ? -1 : 1));
    return { refs: new Map(list.map((p, i) => [provenanceKey(p), i + 1])), list };
  }
  const source: fc.Arbitrary<Provenance> = fc.record(
    {
      field: fc.constantFrom('revenue', 'enterprise.niche_since'),
      year: fc.constantFrom(2023, 2024, 2025),
      source: fc.constantFrom('audit' as const, 'tax' as const, 'self-reported' as const),
      reported_on: fc.constantFrom('2026-03-18', '2025-03-01'),
      checked_on: fc.constant('2026-04-01'),
    },
    { requiredKeys: ['field'] },
  );
  const criterion = fc.array(source, { maxLength: 6 }).map((sources): CriterionResult => ({ id: 'x', label: { zh: 'x', en: 'x' }, outcome: 'pass', missing: [], sources }));
  it('for random sources', () => {
    fc.assert(fc.property(fc.array(criterion, { maxLength: 8 }), (criteria) => {
      const rows = criteria.map((c) => ({ c, depth: 0, quiet: false }));
      const fast = provenanceRefs(rows);
      const slow = refRefs(criteria);
      expect([...fast.refs]).toEqual([...slow.refs]);
      expect(fast.list).toEqual(slow.list);
      for (const c of criteria) {
        expect(refsOf(c, fast.refs)).toBe([...new Set(c.sources.map((p) => slow.refs.get(provenanceKey(p)) ?? 0))].sort((a, b) => a - b).map((n) => `[${n}]`).join(''));
      }
    }), RUNS);
  }, PROPERTY_TIMEOUT);
});

describe('rowsOf', () => {
  it('lists parents before children with depth, parent and quiet (inside a route that passed)', () => {
    const leaf = (id: string, outcome: CriterionResult['outcome']): CriterionResult => ({ id, label: { zh: id, en: id }, outcome, missing: [], sources: [] });
    const route: CriterionResult = { ...leaf('route', 'pass'), combine: 'any-of', children: [leaf('route.award', 'pass'), { ...leaf('route.all', 'fail'), combine: 'all-of', children: [leaf('x', 'fail')] }] };
    const rows = rowsOf([leaf('sme', 'pass'), route]).map((r) => [r.c.id, r.depth, r.parent ?? null, r.quiet]);
    expect(rows).toEqual([
      ['sme', 0, null, false], ['route', 0, null, false], ['route.award', 1, 'route', true], ['route.all', 1, 'route', true], ['x', 2, 'route.all', true],
    ]);
  });
});
