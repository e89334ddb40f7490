/** The pure helpers behind the `assess` formats: wrapping by display width, the boxed table, safe CSV cells. */
import { describe, expect, it } from 'vitest';
import { drawTable, provenanceText, wrap } from '../../src/reports/assess-common.js';
import { safeCell } from '../../src/reports/assess-data.js';
import { displayWidth } from '../../src/reporters/format.js';

describe('wrap', () => {
  it('breaks English at spaces and Chinese between characters, by display width', () => {
    expect(wrap('no major safety, quality or environmental incident', 20)).toBe('no major safety,\nquality or\nenvironmental\nincident');
    expect(wrap('近三年无重大安全质量事故', 10)).toBe('近三年无重\n大安全质量\n事故');
    for (const line of wrap('近三年无重大安全（含网络安全、数据安全）、质量、环境污染事故', 16).split('\n')) expect(displayWidth(line)).toBeLessThanOrEqual(18);
  });

  it('keeps closing punctuation on the line before and opening brackets with what they open', () => {
    expect(wrap('中小企业（工信部联企业〔2011〕300号）', 16)).toBe('中小企业（工信部\n联企业〔2011〕\n300号）');
    expect(wrap('恒阳锡业有限公司（示例）', 18)).toBe('恒阳锡业有限公司\n（示例）');
    expect(wrap('abcd，', 4)).toBe('abcd，');
  });

  it('indents every line and hangs the continuation lines', () => {
    expect(wrap('✓ a b c d', 7, '  ', '  ')).toBe('  ✓ a b\n    c d');
  });

  it('never loses a word longer than the width', () => {
    expect(wrap('indicators.2025.class1_ip_high_value x', 10)).toBe('indicators.2025.class1_ip_high_value\nx');
  });
});

describe('drawTable', () => {
  it('aligns wide characters and multi-line cells, colouring text but not padding', () => {
    const out = drawTable([{ text: 'a' }, { text: '值' }], [[{ text: '中文\nx', paint: (s, line) => (line === 0 ? `<${s}>` : s) }, { text: '1' }]]);
    expect(out.split('\n')).toEqual([
      '┌──────┬────┐',
      '│ a    │ 值 │',
      '├──────┼────┤',
      '│ <中文> │ 1  │',
      '│ x    │    │',
      '└──────┴────┘',
    ]);
  });
});

describe('safeCell', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+1', `'+1`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['-cmd', `'-cmd`],
    ['-3.5%', '-3.5%'],
    ['-.5', '-.5'],
    ['个旧市', '个旧市'],
  ])('%s → %s', (input, output) => {
    expect(safeCell(input)).toBe(output);
  });
});

describe('provenanceText', () => {
  it.each([
    [{ field: 'revenue', year: 2025, source: 'audit', reported_on: '2026-03-18' }, 'en', '2025 audit report, reported 2026-03-18'],
    [{ field: 'revenue', year: 2025, source: 'audit', reported_on: '2026-03-18' }, 'zh', '2025 年审计报告，2026-03-18 报送'],
    [{ field: 'major_incident', year: 2025, checked_on: '2026-03-01' }, 'en', '2025 source not stated, checked 2026-03-01'],
    [{ field: 'enterprise.niche_since' }, 'zh', '企业基本信息'],
  ] as const)('%o in %s', (p, lang, text) => {
    expect(provenanceText(p, lang)).toBe(text);
  });
});
