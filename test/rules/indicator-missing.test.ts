import { describe, expect, it } from 'vitest';
import { diagnose, findings, loadMemory } from '../helpers.js';
import { buildIndex } from '../../src/model/dataset-index.js';
import { assessEnterprise } from '../../src/reports/assess.js';
import { check, checkErrors } from '../../src/check.js';
import type { SeveritySetting } from '../../src/diagnostics.js';

const CODE = '91532503MA7P3Q8L26';
const COMPLETE = '{ year: 2025, revenue: 3000, main_revenue: 2800, employees: 85, high_tech_enterprise: true, abnormal_operation: false, serious_dishonest: false, major_incident: false }';

function folder(opts: { rows?: string[]; pool?: string; recognitions?: string[] } = {}): Record<string, string> {
  const rows = opts.rows ?? [COMPLETE];
  const recs = opts.recognitions ?? [];
  const yaml = [
    `credit_code: ${CODE}`, 'name: 蒙自示例企业（示例）', 'county: 蒙自市', 'niche_since: 2018',
    ...(recs.length > 0 ? ['recognitions:', ...recs.map((r) => `  - { ${r} }`)] : []),
    ...(rows.length > 0 ? ['indicators:', ...rows.map((r) => `  - ${r}`)] : []),
  ].join('\n');
  return {
    'enterprises/e.yaml': `${yaml}\n`,
    'pools/2026.csv': `credit_code,tier,county,filed_on,willing,status\n${opts.pool ?? `${CODE},innovative,蒙自,2026-01-06,true,in-pool`}\n`,
  };
}

describe('indicator-missing', () => {
  it.each([
    ['an innovative pool member with every figure its criteria read (direct route)', folder()],
    ['a withdrawn pool member (退库)', folder({ rows: [], pool: `${CODE},innovative,蒙自,2026-01-06,true,withdrawn` })],
    ['a recognized pool member', folder({ rows: [], pool: `${CODE},innovative,蒙自,2026-01-06,true,recognized` })],
    ['a pool entry naming no known enterprise (left to unknown-enterprise)', folder({ pool: '91530000216563275J,innovative,蒙自,2026-01-06,true,in-pool' })],
  ])('passes %s', async (_name, files) => {
    expect(await findings(files, 'indicator-missing')).toEqual([]);
  });

  it('passes a pool of another year than --as-of', async () => {
    expect(await findings(folder({ rows: [] }), 'indicator-missing', { asOf: '2027-03-01' })).toEqual([]);
  });

  it('warns at the pool entry row, naming the fields of the assessment most-blocking first', async () => {
    const files = folder({ rows: [COMPLETE.replace('revenue: 3000, main_revenue: 2800, employees: 85, high_tech_enterprise: true, ', '')] });
    const found = (await diagnose(files)).filter((d) => d.ruleId === 'indicator-missing');
    expect(found.map((d) => [d.file, d.line, d.column, d.severity])).toEqual([['pools/2026.csv', 2, 1, 'warn']]);
    const load = await loadMemory(files);
    const index = buildIndex(load.data);
    const enterprise = index.enterprise(CODE);
    if (!enterprise) throw new Error('not loaded');
    const { missingFields } = assessEnterprise(index, enterprise, { asOf: '2026-11-28', ruleset: 'miit-2022', poolEntry: index.poolsOf(2026)[0] }).assessment;
    // The whole list, most-blocking first (the runner clips long values for output).
    const all = missingFields.map((m) => m.field).join(', ');
    expect(all.startsWith((found[0].value ?? '').split('…')[0])).toBe(true);
    // 2025 revenue decides two open criteria (the SME test and the score), more than any other field: it comes first.
    expect(missingFields[0]).toEqual({ field: 'indicators.2025.revenue', decides: 2 });
    expect(missingFields.slice(1).every((m) => m.decides <= 2)).toBe(true);
    expect(found[0].message).toMatch(/^2026 innovative pool member lacks \d+ figures the innovative criteria need \(miit-2022, most blocking first\): indicators\.2025\.revenue, /);
  });

  it('warns for a pool member with no indicators at all, and counts the fields it does not name', async () => {
    const [d] = (await diagnose(folder({ rows: [] }))).filter((x) => x.ruleId === 'indicator-missing');
    const count = Number(/lacks (\d+) figures/u.exec(d.message)?.[1]);
    expect(count).toBeGreaterThan(5);
    expect(d.message).toMatch(new RegExp(`: (indicators\\.\\d{4}\\.\\w+, ){4}indicators\\.\\d{4}\\.\\w+ \\(\\+${count - 5}\\)$`, 'u'));
  });

  it('assesses the planned tier of the entry with the plan’s ruleset, in Chinese too', async () => {
    const files = folder({
      recognitions: ['tier: innovative, recognized_on: 2024-05-10'],
      pool: `${CODE},srdi,蒙自,2026-01-06,true,in-pool`,
    });
    const [zh] = (await diagnose(files, { lang: 'zh' })).filter((x) => x.ruleId === 'indicator-missing');
    expect(zh.message).toMatch(/^2026 年专精特新种子库成员缺少专精特新认定条件所需的 \d+ 项数据（miit-2022，按影响排序）：/);
    const withPlan = { ...files, 'plan.yaml': 'document: 示例\nregion: { code: "532500", name: 红河州 }\nperiod: { start: 2025, end: 2027 }\nbaseline_date: 2024-12-31\ncriteria: miit-2026\n' };
    const [en] = (await diagnose(withPlan)).filter((x) => x.ruleId === 'indicator-missing');
    expect(en.message).toContain('(miit-2026, most blocking first)');
    const load = await loadMemory(withPlan);
    const index = buildIndex(load.data);
    const enterprise = index.enterprise(CODE);
    if (!enterprise) throw new Error('not loaded');
    const { missingFields } = assessEnterprise(index, enterprise, { asOf: '2026-11-28', ruleset: 'miit-2026', poolEntry: index.poolsOf(2026)[0] }).assessment;
    expect(missingFields.map((m) => m.field)).toContain('indicators.2026.dev_score'); // 发展评价得分 of the assessment year
    expect(en.message).toContain(`lacks ${missingFields.length} figures`);
  });
});

describe('checkErrors (the errors gaps, assess, export and report act on)', () => {
  const missing = folder({ rows: [] });
  const broken = { ...missing, 'recognitions.csv': 'credit_code,tier,recognized_on\n91530000216586610Q,中型,2025-13-01\n' };
  const errorsOf = (result: { diagnostics: readonly { severity: string }[] }) => result.diagnostics.filter((d) => d.severity === 'error');

  it.each<[string, Record<string, string>, Record<string, SeveritySetting> | undefined]>([
    ['a folder with errors and an indicator-missing warning', broken, undefined],
    ['indicator-missing configured as an error', broken, { 'indicator-missing': 'error' }],
    ['suppression findings configured as errors, with an indicator-missing suppression', { ...broken, 'pools/2026.csv': `credit_code,tier,county,filed_on,willing,status,suppress\n${CODE},innovative,蒙自,2026-01-06,true,in-pool,indicator-missing -- 数据待补\n` }, { suppression: 'error' }],
  ])('gives exactly check’s errors: %s', async (_name, files, severities) => {
    const load = await loadMemory(files);
    const opts = { asOf: '2026-11-28', lang: 'en' as const, severities };
    const full = check(load, opts);
    expect(errorsOf(full).length).toBeGreaterThan(0);
    expect(checkErrors(load, opts).diagnostics).toEqual(errorsOf(full));
  });
});
