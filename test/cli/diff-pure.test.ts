/** The pure diff (reports/diff.ts) and its formats on in-memory folders: no git needed. */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { buildIndex } from '../../src/model/dataset-index.js';
import { diffData, isEmptyDiff, type DataDiff, type DiffSide } from '../../src/reports/diff.js';
import { indicatorChanges } from '../../src/reports/diff-indicators.js';
import { gaps } from '../../src/reports/gaps.js';
import { diffFormatters } from '../../src/reporters/diff-formats.js';
import { loadMemory } from '../helpers.js';
import type { Indicators } from '../../src/model/types.js';

const AS_OF = '2026-11-28';

async function side(files: Record<string, string>): Promise<DiffSide> {
  const load = await loadMemory(files);
  const index = buildIndex(load.data);
  return { data: load.data, index, check: check(load, { asOf: AS_OF, lang: 'en' }), gaps: gaps(load.data, index, AS_OF) };
}

async function diff(before: Record<string, string>, after: Record<string, string>, options = {}): Promise<DataDiff> {
  return diffData(await side(before), await side(after), options);
}

const ENTERPRISE = 'credit_code: 91532503MA6K1A0B2A\nname: 蒙自示例新材料有限公司（示例）\ncounty: 蒙自\n';

describe('diffData', () => {
  it('the same data is an empty diff, whatever the files are called', async () => {
    const d = await diff({ 'enterprises/a.yaml': ENTERPRISE }, { 'enterprises/b.yaml': ENTERPRISE });
    expect(isEmptyDiff(d)).toBe(true);
    expect(diffFormatters.markdown(d, { lang: 'en', color: false })).toMatch(/^### hh-srdi diff: no changes in the data\n/);
    expect(diffFormatters.text(d, { lang: 'zh', color: false }).split('\n')[0]).toBe('hh-srdi 数据变化：数据无变化');
  });

  it('a recognition with a corrected date is lost and gained, not renewed', async () => {
    const rec = (date: string): string => `credit_code,tier,recognized_on\n91532503MA6K1A0B2A,innovative,${date}\n`;
    const d = await diff({ 'enterprises/a.yaml': ENTERPRISE, 'recognitions.csv': rec('2025-04-10') }, { 'enterprises/a.yaml': ENTERPRISE, 'recognitions.csv': rec('2025-04-11') });
    expect(d.recognitions.lost.map((r) => r.recognizedOn)).toEqual(['2025-04-10']);
    expect(d.recognitions.gained.map((r) => r.recognizedOn)).toEqual(['2025-04-11']);
    expect(d.recognitions.renewed).toEqual([]);
  });

  it('a revocation is a changed recognition', async () => {
    const d = await diff(
      { 'enterprises/a.yaml': ENTERPRISE, 'recognitions.csv': 'credit_code,tier,recognized_on\n91532503MA6K1A0B2A,innovative,2025-04-10\n' },
      { 'enterprises/a.yaml': ENTERPRISE, 'recognitions.csv': 'credit_code,tier,recognized_on,revoked_on\n91532503MA6K1A0B2A,innovative,2025-04-10,2026-10-01\n' },
    );
    expect(d.recognitions.changed).toMatchObject([{ tier: 'innovative', revokedOn: '2026-10-01', fields: [{ field: 'revoked_on', after: '2026-10-01' }] }]);
  });

  it('a line shift moves a finding without changing it', async () => {
    const bad = 'credit_code: 91532503MA6K1A0B2X\nname: 示例（示例）\ncounty: 蒙自\n';
    const d = await diff({ 'enterprises/a.yaml': bad }, { 'enterprises/a.yaml': `# a comment\n\n${bad}` });
    expect(d.diagnostics).toMatchObject({ new: [], fixed: [], changed: [] });
  });
});

describe('indicatorChanges', () => {
  const row = (fields: Partial<Indicators>): Indicators => ({ creditCode: 'x', year: 2025, origin: { loc: { file: 'f', line: 1, column: 1 }, fields: {} }, ...fields });

  it.each([
    [{ revenue: 1000 }, { revenue: 1099 }, []],
    [{ revenue: 1000 }, { revenue: 1100 }, [{ field: 'revenue', before: 1000, after: 1100, changePct: 10 }]],
    [{ revenue: 990 }, { revenue: 1010 }, [{ field: 'revenue', before: 990, after: 1010, changePct: 2, crossed: [1000] }]],
    [{ revenue: 10100 }, { revenue: 9900 }, [{ field: 'revenue', before: 10100, after: 9900, changePct: -2, crossed: [10000] }]],
    [{ employees: 0 }, { employees: 3 }, [{ field: 'employees', before: 0, after: 3 }]],
    [{}, { employees: 3 }, [{ field: 'employees', after: 3 }]],
    [{ employees: 3 }, {}, [{ field: 'employees', before: 3 }]],
    [{ digital_systems: ['ERP', 'MES'] }, { digital_systems: ['MES', 'ERP'] }, []],
    [{ digital_systems: ['ERP'] }, { digital_systems: ['ERP', 'MES'] }, [{ field: 'digital_systems', before: 'ERP', after: 'ERP, MES' }]],
    [{ own_brand: true, source: 'audit' }, { own_brand: true, source: 'tax', reported_on: '2026-01-01' }, []],
  ] as [Partial<Indicators>, Partial<Indicators>, unknown[]][])('%j → %j', (a, b, expected) => {
    expect(indicatorChanges(row(a), row(b), 10)).toEqual(expected);
  });
});

describe('markdown of the diff', () => {
  it('escapes data in cells and the summary', async () => {
    const hostile = 'credit_code: 91532503MA6K1A0B2A\nname: "A | B <script>*x*</script>"\ncounty: 蒙自\n';
    const d = await diff({}, { 'enterprises/a.yaml': hostile });
    const md = diffFormatters.markdown(d, { lang: 'en', color: false });
    expect(md).toContain('A \\| B \\<script\\>\\*x\\*\\</script\\>');
    expect(md).not.toContain('<script>');
  });
});
