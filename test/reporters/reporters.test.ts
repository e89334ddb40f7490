import { describe, expect, it } from 'vitest';
import { githubStepSummary, isReporterName, reporterNames, reporters } from '../../src/reporters/index.js';
import type { JsonReport, Lang, ReporterName, SarifLog } from '../../src/reporters/index.js';
import { displayWidth, escapeControl, formatCount, truncate } from '../../src/reporters/format.js';
import { escapeData, escapeProperty } from '../../src/reporters/github.js';
import { EMPTY, LONG_VALUE, fixture, options } from './fixture.js';

const EXT: Record<ReporterName, string> = { text: 'txt', json: 'json', github: 'txt', sarif: 'sarif.json', markdown: 'md' };
const LANGS: readonly Lang[] = ['en', 'zh'];
const cases = reporterNames.flatMap((name) => LANGS.map((lang): [ReporterName, Lang] => [name, lang]));

describe('golden output', () => {
  it.each(cases)('%s (%s)', async (name, lang) => {
    const out = reporters[name](fixture(lang), options(lang));
    await expect(out).toMatchFileSnapshot(`./__golden__/${name}.${lang}.${EXT[name]}`);
  });

  it.each(cases)('%s (%s), no problems', async (name, lang) => {
    const out = reporters[name](EMPTY, options(lang));
    await expect(out).toMatchFileSnapshot(`./__golden__/${name}.${lang}.empty.${EXT[name]}`);
  });

  it('text with colour', async () => {
    await expect(reporters.text(fixture('en'), options('en', true))).toMatchFileSnapshot('./__golden__/text.en.color.txt');
  });

  it('is deterministic and pure', () => {
    for (const name of reporterNames) {
      const result = fixture('zh');
      const before = JSON.stringify(result);
      expect(reporters[name](result, options('zh'))).toBe(reporters[name](fixture('zh'), options('zh')));
      expect(JSON.stringify(result)).toBe(before);
    }
  });

  it('every report ends with exactly one newline', () => {
    for (const [name, lang] of cases) expect(reporters[name](fixture(lang), options(lang))).toMatch(/[^\n]\n$/);
  });
});

describe('text', () => {
  const out = reporters.text(fixture('en'), options('en'));
  const lines = out.split('\n');

  it('has no colour codes when colour is off, and some when on', () => {
    expect(out).not.toContain('\u001b');
    expect(reporters.text(fixture('en'), options('en', true))).toContain('\u001b[31m');
  });

  it('keeps each diagnostic on its own lines: control characters in data are escaped', () => {
    expect(out).toContain('value: «period:\\n\\t- 2025\\r\\n  - 2027\\u001b[31m»');
    expect(out).toContain('YAML syntax error:\\nbad indentation');
  });

  it('aligns the rule ids within a file group, counting CJK as two columns', () => {
    const ruleColumn = (report: string): Set<number> =>
      new Set(
        report
          .split('\n')
          .slice(1, 10)
          .filter((l) => /^ {2}\s*\d+:\d/.test(l))
          .map((l) => displayWidth(l.slice(0, l.lastIndexOf(' ') + 1))),
      );
    expect(ruleColumn(out).size).toBe(1);
    expect(ruleColumn(reporters.text(fixture('zh'), options('zh'))).size).toBe(1);
  });

  it('truncates long values with …', () => {
    expect(out).toContain(`«${Array.from(LONG_VALUE).slice(0, 79).join('')}…»`);
    expect(out).not.toContain('TAIL');
  });

  it('summarises with correct plurals in both languages', () => {
    expect(lines.at(-2)).toBe('✖ 9 problems (5 errors, 3 warnings, 1 info) in 1,234 files');
    expect(reporters.text(fixture('zh'), options('zh')).split('\n').at(-2)).toBe(
      '✖ 9 个问题（5 个错误，3 个警告，1 个提示），共 1,234 个文件',
    );
    const one = { diagnostics: [], summary: { errors: 1, warnings: 1, infos: 0, files: 1 } };
    expect(reporters.text(one, options('en'))).toBe('✖ 2 problems (1 error, 1 warning) in 1 file\n');
    expect(reporters.text(EMPTY, options('en'))).toBe('✔ no problems in 41 files\n');
    expect(reporters.text(EMPTY, options('zh'))).toBe('✔ 41 个文件，未发现问题\n');
  });
});

describe('json', () => {
  const report: JsonReport = JSON.parse(reporters.json(fixture('en'), options('en')));

  it('has exactly the documented keys, in SPEC order', () => {
    expect(Object.keys(report)).toEqual(['version', 'diagnostics', 'summary']);
    expect(report.version).toBe(1);
    expect(Object.keys(report.summary)).toEqual(['errors', 'warnings', 'files']);
    const order = ['ruleId', 'severity', 'message', 'file', 'line', 'column', 'endLine', 'endColumn', 'path', 'value', 'expected'];
    for (const d of report.diagnostics) {
      const keys = Object.keys(d);
      expect(keys.slice(0, 6)).toEqual(order.slice(0, 6));
      expect(keys).toEqual(order.filter((k) => keys.includes(k)));
    }
    expect(Object.keys(report.diagnostics[3])).toEqual(order);
    expect(Object.keys(report.diagnostics[4])).toEqual([...order.slice(0, 6), 'path']);
  });

  it('leaks no internal fields and keeps values verbatim', () => {
    const raw = reporters.json(fixture('en'), options('en'));
    expect(raw).not.toMatch(/"(code|args|infos)"/);
    expect(report.diagnostics[2].value).toBe(LONG_VALUE);
    expect(report.summary).toEqual({ errors: 5, warnings: 3, files: 1234 });
  });

  it('prints an empty list when clean', () => {
    expect(reporters.json(EMPTY, options('en'))).toBe(
      '{\n  "version": 1,\n  "diagnostics": [],\n  "summary": {\n    "errors": 0,\n    "warnings": 0,\n    "files": 41\n  }\n}\n',
    );
  });
});

describe('github', () => {
  const lines = reporters.github(fixture('en'), options('en')).trimEnd().split('\n');

  it('escapes data and properties like @actions/core', () => {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
  });

  it('writes one command per diagnostic and a plain summary', () => {
    expect(lines).toHaveLength(10);
    expect(lines.slice(0, 9).every((l) => /^::(error|warning|notice) file=/.test(l))).toBe(true);
    expect(lines[9]).toBe('✖ 9 problems (5 errors, 3 warnings, 1 info) in 1,234 files');
  });

  it('maps severities and ranges', () => {
    expect(lines[0]).toBe(
      '::error file=data/enterprises/91532503MA7P3Q8L26.yaml,line=1,col=14,title=credit-code::Credit code has a wrong check character (value: «91532503MA7P3Q8L2X»; expected: 91532503MA7P3Q8L26)',
    );
    expect(lines[1]).toMatch(/^::warning /);
    expect(lines[3]).toMatch(/^::error file=[^:]+,line=12,col=5,endLine=14,endColumn=22,title=indicator-consistency::/);
    expect(lines[4]).toMatch(/^::notice /);
  });

  it('escapes file names, messages and values', () => {
    const pool = lines.find((l) => l.includes('title=unknown-county'));
    expect(pool).toBe(
      '::error file=data/pools/2026%2Cdraft%3Av2.csv,line=4,col=23,title=unknown-county::Unknown county "蒙自|市" (value: «蒙自|市, 100%25: a:b»; expected: code, name or alias of one of the 13 counties)',
    );
    const syntax = lines.find((l) => l.includes('title=syntax'));
    expect(syntax).toContain('::YAML syntax error:%0Abad indentation (value: «period:\\n\\t- 2025\\r\\n  - 2027\\u001b[31m»)');
  });

  it('writes the markdown report as the step summary', () => {
    expect(githubStepSummary(fixture('zh'), options('zh'))).toBe(reporters.markdown(fixture('zh'), options('zh')));
  });
});

describe('sarif', () => {
  const log: SarifLog = JSON.parse(reporters.sarif(fixture('en'), options('en')));
  const run = log.runs[0];

  it('is a SARIF 2.1.0 log with one run and every rule', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe('hh-srdi');
    expect(run.tool.driver.version).toBe('0.1.0');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(options('en').rules.map((r) => r.id));
    const deadline = run.tool.driver.rules[4];
    expect(deadline).toMatchObject({
      id: 'pool-deadline',
      helpUri: 'https://example.org/hh-srdi/rules/pool-deadline.md',
      defaultConfiguration: { level: 'warning' },
      properties: { descriptionZh: '入库备案晚于当年1月15日' },
    });
  });

  it('maps levels and rule indexes', () => {
    expect(run.results.map((r) => r.level)).toEqual(['error', 'warning', 'error', 'error', 'note', 'error', 'error', 'warning', 'warning']);
    for (const r of run.results) {
      if (r.ruleId === 'syntax') expect(r.ruleIndex).toBeUndefined();
      else expect(run.tool.driver.rules[r.ruleIndex ?? -1].id).toBe(r.ruleId);
    }
  });

  it('locates results relative to %SRCROOT%, with ranges and encoded URIs', () => {
    const range = run.results[3].locations[0].physicalLocation;
    expect(range.region).toEqual({ startLine: 12, startColumn: 5, endLine: 14, endColumn: 22 });
    expect(range.artifactLocation).toEqual({ uri: 'data/enterprises/91532503MA7P3Q8L26.yaml', uriBaseId: '%SRCROOT%', index: 0 });
    expect(run.artifacts.map((a) => a.location.uri)).toEqual([
      'data/enterprises/91532503MA7P3Q8L26.yaml',
      'data/plan.yaml',
      'data/pools/2026%2Cdraft%3Av2.csv',
    ]);
    expect(run.results[0].locations[0].physicalLocation.region).toEqual({ startLine: 1, startColumn: 14 });
  });

  it('has empty results when clean', () => {
    const empty: SarifLog = JSON.parse(reporters.sarif(EMPTY, options('en')));
    expect(empty.runs[0].results).toEqual([]);
    expect(empty.runs[0].tool.driver.rules).toHaveLength(7);
  });
});

describe('markdown', () => {
  const out = reporters.markdown(fixture('en'), options('en'));

  it('starts with a summary heading', () => {
    expect(out.split('\n')[0]).toBe('### hh-srdi check: ✖ 5 errors, 3 warnings, 1 info (1,234 files)');
    expect(reporters.markdown(fixture('zh'), options('zh')).split('\n')[0]).toBe(
      '### hh-srdi 检查：✖ 5 个错误，3 个警告，1 个提示（共 1,234 个文件）',
    );
    expect(reporters.markdown(EMPTY, options('en'))).toBe('### hh-srdi check: ✔ no problems (41 files)\n\n✔ no problems in 41 files\n');
  });

  it('keeps every table row on one line with five cells', () => {
    const rows = out.split('\n').filter((l) => /^\| \d/.test(l));
    expect(rows).toHaveLength(9);
    for (const row of rows) expect(row.split(/(?<!\\)\|/)).toHaveLength(7);
    expect(out).toContain('YAML syntax error:<br>bad indentation');
  });
});

describe('helpers', () => {
  it('formats counts by hand', () => {
    expect([0, 7, 999, 1000, 1234567].map(formatCount)).toEqual(['0', '7', '999', '1,000', '1,234,567']);
  });

  it('truncates by code point and escapes controls', () => {
    expect(truncate('𠀀'.repeat(81))).toBe(`${'𠀀'.repeat(79)}…`);
    expect(truncate('x'.repeat(80))).toBe('x'.repeat(80));
    expect(escapeControl('a\u202eb\u0007')).toBe('a\\u202eb\\u0007');
  });

  it('measures CJK as two columns', () => {
    expect(displayWidth('错误')).toBe(4);
    expect(displayWidth('error')).toBe(5);
  });

  it('looks reporters up by name', () => {
    expect(isReporterName('sarif')).toBe(true);
    expect(isReporterName('stylish')).toBe(false);
  });
});

describe('workbook locations', () => {
  it('annotate and scan the workbook file, not file!Sheet', () => {
    const all = reporters;
    const d = { ruleId: 'schema', severity: 'error' as const, code: 'x', args: {}, message: 'bad', file: 'data/pools/2026.xlsx!种子库', line: 8, column: 5 };
    const result = { diagnostics: [d], summary: { errors: 1, warnings: 0, infos: 0, files: 1 } };
    const opts = { lang: 'en' as const, color: false, rules: [], toolVersion: '0' };
    expect(all.github(result, opts)).toMatch(/^::error file=data\/pools\/2026\.xlsx,line=8,col=5/m);
    expect(all.sarif(result, opts)).toContain('"uri": "data/pools/2026.xlsx"');
    expect(all.text(result, opts)).toContain('data/pools/2026.xlsx!种子库');
  });
});
