import { describe, expect, it } from 'vitest';
import { diagnose, enterpriseYaml, findings } from '../helpers.js';
import { buildIndex } from '../../src/model/dataset-index.js';
import type { Finding } from '../../src/rules/define.js';
import rule from '../../src/rules/indicator-consistency.js';
import { CODE, ORIGIN, row } from '../criteria/builders.js';
import type { Dataset, Indicators } from '../../src/model/types.js';

const ENTERPRISE = { 'enterprises/e.yaml': enterpriseYaml({ credit_code: CODE, name: '示例企业（示例）', county: '蒙自市' }) };
const HEAD = 'credit_code,year,revenue,main_revenue,rd_expense,total_assets,total_liabilities,employees,rd_staff,class1_ip,class1_ip_own,class1_ip_high_value,market_share_pct';
const csv = (...rows: string[]) => ({ ...ENTERPRISE, 'indicators.csv': `${HEAD}\n${rows.map((r) => `${CODE},${r}`).join('\n')}\n` });
const GOOD = '2025,8000,7200,400,12000,6000,200,40,5,3,1,12';

describe('indicator-consistency', () => {
  it.each([
    ['a consistent row', csv(GOOD)],
    ['parts equal to their wholes (main = revenue, R&D staff = employees, all Ⅰ类 own and high-value)', csv('2025,8000,8000,400,12000,6000,40,40,5,5,5,100')],
    ['two years of one enterprise', csv(GOOD, '2024,7000,6000,300,11000,6000,190,35,4,2,0,11')],
    ['a negative net profit and liabilities above assets (loss-making, not impossible)', { ...ENTERPRISE, 'indicators.csv': `credit_code,year,net_profit,total_assets,total_liabilities\n${CODE},2025,-300,5000,5200\n` }],
    ['empty cells (unknown, not zero)', csv('2025,,7200,,,,,40,,3,,')],
  ])('passes %s', async (_name, files) => {
    expect(await findings(files, 'indicator-consistency')).toEqual([]);
  });

  it.each([
    ['main revenue above revenue', csv('2025,8000,8200,400,12000,6000,200,40,5,3,1,12'), 'main_revenue', '8200', '≤ revenue (8,000)'],
    ['R&D above revenue', csv('2025,300,200,400,12000,6000,200,40,5,3,1,12'), 'rd_expense', '400', '≤ revenue (300)'],
    ['R&D staff above employees', csv('2025,8000,7200,400,12000,6000,40,41,5,3,1,12'), 'rd_staff', '41', '≤ employees (40)'],
    ['own Ⅰ类 IP above Ⅰ类 IP', csv('2025,8000,7200,400,12000,6000,200,40,2,3,1,12'), 'class1_ip_own', '3', '≤ class1_ip (2)'],
    ['high-value Ⅰ类 IP above Ⅰ类 IP', csv('2025,8000,7200,400,12000,6000,200,40,2,2,3,12'), 'class1_ip_high_value', '3', '≤ class1_ip (2)'],
    ['negative total assets', csv('2025,8000,7200,400,-1,6000,200,40,5,3,1,12'), 'total_assets', '-1', '≥ 0'],
    ['negative revenue', csv('2025,-8000,,,12000,6000,200,40,5,3,1,12'), 'revenue', '-8000', '≥ 0'],
    ['negative liabilities', csv('2025,8000,7200,400,12000,-6000,200,40,5,3,1,12'), 'total_liabilities', '-6000', '≥ 0'],
  ])('reports %s at the offending field', async (_name, files, field, value, expected) => {
    const found = (await diagnose(files)).filter((d) => d.ruleId === 'indicator-consistency');
    expect(found).toHaveLength(1);
    const col = HEAD.split(',').indexOf(field);
    const line = files['indicators.csv'].split('\n')[1];
    expect(found[0]).toMatchObject({ severity: 'error', file: 'indicators.csv', line: 2, column: line.split(',').slice(0, col).join(',').length + 2, value, expected });
  });

  it('reports a second row for the same enterprise and year, at its year', async () => {
    const files = { ...ENTERPRISE, 'indicators/2025.csv': `credit_code,revenue\n${CODE},8000\n`, 'indicators.csv': `credit_code,year,revenue\n${CODE},2024,7000\n${CODE},2025,9000\n` };
    const found = (await diagnose(files)).filter((d) => d.ruleId === 'indicator-consistency');
    // indicators.csv loads first; the year of indicators/2025.csv comes from its name, so the row is the location.
    expect(found.map((d) => [d.file, d.line, d.column, d.value])).toEqual([['indicators/2025.csv', 2, 1, '2025']]);
    expect(found[0].message).toBe('a second 2025 indicators row for 91532503MA7P3Q8L26 (first at indicators.csv:3); assessments read only the first');
  });

  it('reports a duplicate year inside one enterprise file', async () => {
    const files = { 'enterprises/e.yaml': `${ENTERPRISE['enterprises/e.yaml']}indicators:\n  - { year: 2025, revenue: 100 }\n  - { year: 2025, revenue: 120 }\n` };
    expect(await findings(files, 'indicator-consistency')).toEqual([['indicator-consistency', 'enterprises/e.yaml', 6]]);
    const [zh] = (await diagnose(files, { lang: 'zh' })).filter((d) => d.ruleId === 'indicator-consistency');
    expect(zh.message).toBe('企业 91532503MA7P3Q8L26 的 2025 年指标重复（首次见于 enterprises/e.yaml:5），评估只采用第一条');
  });

  it('words a part above its whole in both languages', async () => {
    const files = csv('2025,8000,8200,400,12000,6000,200,40,5,3,1,12');
    const [en] = (await diagnose(files)).filter((d) => d.ruleId === 'indicator-consistency');
    const [zh] = (await diagnose(files, { lang: 'zh' })).filter((d) => d.ruleId === 'indicator-consistency');
    expect(en.message).toBe('2025: main_revenue (8,200) is larger than revenue (8,000)');
    expect(zh.message).toBe('2025 年 main_revenue（8,200）大于 revenue（8,000）');
  });

  // The loader already rejects a negative head count and a share outside 0–100 (schema); the rule
  // still guards rows built by other means.
  it.each<[string, Partial<Indicators>, string]>([
    ['negative employees', { employees: -3 }, 'indicator-consistency.negative'],
    ['a share above 100%', { market_share_pct: 120 }, 'indicator-consistency.share'],
  ])('reports %s in a row the loader did not check', (_name, fields, code) => {
    const data: Dataset = { root: '', files: [], counties: [], targets: [], annualTargets: [], enterprises: [], recognitions: [], pools: [], indicators: [row(2025, fields)] };
    const found: Finding[] = [];
    rule.check?.({ data, index: buildIndex(data), asOf: '2026-11-28', report: (f) => found.push(f) });
    expect(found.map((f) => f.code)).toEqual([code]);
    expect(found[0].at).toEqual({ origin: ORIGIN, field: Object.keys(fields)[0] });
  });
});
