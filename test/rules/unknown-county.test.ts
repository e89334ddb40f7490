import { describe, expect, it } from 'vitest';
import { diagnose, enterpriseYaml, findings } from '../helpers.js';

const CODE = '91532503MA6K5XRL1';
const ent = (county: string) => ({ 'enterprises/e.yaml': enterpriseYaml({ credit_code: '91530000216586610Q', name: '甲（示例）', county }) });

describe('unknown-county', () => {
  it.each<[string, Record<string, string>, [string, string, number][]]>([
    ['the full name', ent('蒙自市'), []],
    ['the short name', ent('蒙自'), []],
    ['the code', ent('532503'), []],
    ['an alias', ent('屏边'), []],
    ['the short name of an autonomous county', ent('金平县'), []],
    ['stray spaces and full-width digits', ent('" 蒙 自 "'), []],
    ['full-width digits of the code', ent('"５３２５０３"'), []],
    ['a typo', ent('蒙子'), [['unknown-county', 'enterprises/e.yaml', 3]]],
    ['a county of another prefecture', ent('昆明市'), [['unknown-county', 'enterprises/e.yaml', 3]]],
    ['an unknown code', ent('532599'), [['unknown-county', 'enterprises/e.yaml', 3]]],
    ['a pool filed by an unknown county', { ...ent('蒙自'), 'pools/2026.csv': 'credit_code,tier,county\n91530000216586610Q,srdi,蒙子\n' }, [['unknown-county', 'pools/2026.csv', 2]]],
    ['a targets row for an unknown county', { 'targets.csv': 'county,baseline_srdi,increase_srdi,target_srdi\n蒙子,1,1,2\n全州合计,1,1,2\n' }, [['unknown-county', 'targets.csv', 2]]],
    ['an earlier county that is unknown', { 'enterprises/e.yaml': `${ent('蒙自')['enterprises/e.yaml']}previous_counties:\n  - { county: 个旧, until: 2023-12-31 }\n  - { county: 个九, until: 2024-12-31 }\n` }, [['unknown-county', 'enterprises/e.yaml', 6]]],
  ])('%s', async (_name, files, expected) => {
    expect(await findings(files, 'unknown-county')).toEqual(expected);
  });

  // Regression: an unknown earlier county was reported at the enterprise's current `county:` line.
  it('locates an unknown earlier county at its own entry', async () => {
    const text = `${ent('蒙自')['enterprises/e.yaml']}previous_counties:\n  - { county: 个九, until: 2024-12-31 }\n  - { county: 个旧, until: 2023-12-31 }\n`;
    const [d] = (await diagnose({ 'enterprises/e.yaml': text })).filter((x) => x.ruleId === 'unknown-county');
    expect(d).toMatchObject({ line: 5, column: 15, value: '个九' });
  });

  // Regression: the "did you mean" edit distance was computed in full against every county name, so a
  // multi-megabyte cell took seconds per finding.
  it('reports a huge county cell quickly, without a suggestion', async () => {
    const started = performance.now();
    // 99 999 characters: just under the loaders' limit on a value (longer ones are not read at all).
    const [d] = (await diagnose({ 'enterprises.csv': `credit_code,name,county\n91530000216586610Q,甲（示例）,${'蒙'.repeat(99_999)}\n` })).filter((x) => x.ruleId === 'unknown-county');
    expect(performance.now() - started).toBeLessThan(3000);
    expect(d).toMatchObject({ line: 2, column: 26 });
    expect(d.args.suggestion).toBeUndefined();
  });

  it('says nothing when there is no counties.csv to check against', async () => {
    expect(await findings(ent('蒙子'), 'unknown-county', { withCounties: false })).toEqual([]);
  });

  it('suggests the closest county, located on the value', async () => {
    const [d] = (await diagnose(ent('蒙子'))).filter((x) => x.ruleId === 'unknown-county');
    expect(d).toMatchObject({ severity: 'error', line: 3, column: 9, value: '蒙子', args: { county: '蒙子', suggestion: '蒙自' } });
    expect(d.message).toBe('unknown county "蒙子" — did you mean "蒙自"?');
    expect(d.expected).toContain('蒙自市');
  });

  it('gives no suggestion when nothing is close', async () => {
    const [d] = (await diagnose(ent('Springfield'))).filter((x) => x.ruleId === 'unknown-county');
    expect(d.message).toBe('unknown county "Springfield"');
  });

  it('says it in Chinese', async () => {
    const [d] = (await diagnose(ent('蒙子'), { lang: 'zh' })).filter((x) => x.ruleId === 'unknown-county');
    expect(d.message).toBe('未知县市 “蒙子”，是否指 “蒙自”？');
  });

  it('resolves the county of an enterprise to its code', async () => {
    const { loadMemory } = await import('../helpers.js');
    const { data } = await loadMemory({ ...ent('屏边'), 'enterprises/f.yaml': enterpriseYaml({ credit_code: `${CODE}B`, name: '乙（示例）', county: '532503' }) });
    expect(data.enterprises.map((e) => [e.countyRaw, e.county])).toEqual([
      ['屏边', '532523'],
      ['532503', '532503'],
    ]);
  });
});
