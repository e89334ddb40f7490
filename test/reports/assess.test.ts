/** `assess` reports: one worked example per tier (verdict and the 施工路线图 text), targets, --compare. */
import { describe, expect, it } from 'vitest';
import { assessEnterprise, compareRulesets, renderAssessment, targetTierFor } from '../../src/reports/assess.js';
import { renderRoadmap } from '../../src/reports/roadmap.js';
import type { PoolEntry } from '../../src/model/types.js';
import { type InputOpts, LAST, ORIGIN, indexOf, recognition, row } from '../criteria/builders.js';
import { INNOVATIVE_EXAMPLE, LITTLE_GIANT_EXAMPLE, SRDI_EXAMPLE, SRDI_POOL_ENTRY } from '../criteria/examples.js';

const AS_OF = '2026-06-30';

function run(example: InputOpts, opts: { poolEntry?: PoolEntry; ruleset?: 'miit-2022' | 'miit-2026' } = {}) {
  const { index, enterprise } = indexOf(example);
  return assessEnterprise(index, enterprise, { asOf: AS_OF, ruleset: opts.ruleset ?? 'miit-2022', ...(opts.poolEntry !== undefined && { poolEntry: opts.poolEntry }) });
}

const INNOVATIVE_ZH = [
  '施工路线图 · 创新型中小企业 · miit-2022',
  '结论：暂不具备申报条件',
  '指标短板：',
  '  ✗ [评价或直通] 评价得分或直通条件',
  '      或 ✗ [评价或直通] 直通：近三年科技奖励：—（要求 national | provincial） → 措施 1',
  '      或 ✗ [评价或直通] 直通：高新技术企业、国家级技术创新示范企业、知识产权优势/示范企业：✗ / —（要求 高新技术企业 | 技术创新示范企业 | 知识产权优势企业 | 知识产权示范企业） → 措施 2、3',
  '      或 ✗ [评价或直通] 直通：省级以上研发机构：none（要求 provincial | national） → 措施 4',
  '      或 ✗ [评价或直通] 2023–2025 年股权融资 0 万元 < 500 万元 — 需新增股权融资 500 万元 → 措施 5',
  '      或 ✗ [评价或直通] 评价总分 55 < 60；创新能力 10 < 20 — 差 10 分 → 措施 2、3',
  '完善措施：',
  '  1. 承担国家重大科技项目、国家级技术创新类项目，申报国家级科技奖励（N task 4）',
  '  2. 加大研发投入（营业收入1亿元以上研发费用占比3%以上，5000万元—1亿元6%以上），落实研发费用加计扣除（N task 4, 14）',
  '  3. 申报、受让发明专利等Ⅰ类知识产权，利用专利预审通道加快授权（N task 5, 11）',
  '  4. 自建或与高等院校、科研院所联合建立研发机构（技术研究院、企业技术中心、企业工程中心、院士专家工作站、博士后工作站等）（N task 4）',
  '  5. 参加“政银企”融资对接活动，争取云南省先进制造业股权投资母基金支持（N task 15）',
  '拟申报时间：2027（建议）',
];

const INNOVATIVE_EN = [
  'Roadmap (施工路线图) · innovative SME · miit-2022',
  'Verdict: not ready',
  'Shortfalls:',
  '  ✗ [score or route] score or a direct route',
  '      or ✗ [score or route] direct: S&T award in 3 years: — (required national | provincial) → measures 1',
  '      or ✗ [score or route] direct: 高新技术企业 / technology-innovation demonstration / IP advantage or demonstration enterprise: ✗ / — (required 高新技术企业 | 技术创新示范企业 | 知识产权优势企业 | 知识产权示范企业) → measures 2, 3',
  '      or ✗ [score or route] direct: provincial-or-higher R&D institution: none (required provincial | national) → measures 4',
  '      or ✗ [score or route] equity financing 2023–2025 0 万元 < 500 万元 — raise 500 万元 → measures 5',
  '      or ✗ [score or route] score 55 < 60; innovation 10 < 20 — 10 points short → measures 2, 3',
  'Measures:',
  '  1. take on national S&T and technology-innovation projects and apply for national S&T awards (N task 4)',
  '  2. raise R&D (≥ 3% of revenue above 1亿, ≥ 6% at 5000万–1亿) and claim the R&D super-deduction (N task 4, 14)',
  '  3. file or acquire (受让) invention patents and other Ⅰ类 IP; use the patent pre-examination channel (专利预审通道) (N task 5, 11)',
  '  4. set up an R&D institution, alone or jointly with universities and research institutes (technology centre, engineering centre, academician or postdoctoral workstation) (N task 4)',
  '  5. join bank–enterprise financing matchmaking and apply to the Yunnan advanced-manufacturing equity fund (N task 15)',
  'Planned application: 2027 (suggested)',
];

const SRDI_ZH = [
  '施工路线图 · 专精特新中小企业 · miit-2022',
  '结论：数据不足，无法判定',
  '指标短板：',
  '  ? [评价或直通] 评价得分或直通条件',
  '      或 ✗ [评价或直通] 直通：近三年科技奖励：—（要求 provincial ≤ #3 | national ≤ #5） → 措施 1',
  '      或 ✗ [评价或直通] 2024–2025 年研发费用 550 万元 < 2,000 万元 — 需增加研发费用 1,450 万元 → 措施 2',
  '      或 ✗ [评价或直通] 2024–2025 年股权融资 0 万元 < 6,000 万元 — 需新增股权融资 6,000 万元 → 措施 3',
  '      或 ✗ [评价或直通] 直通：“创客中国”大赛全国排名：—（要求 national ≤ #500） → 措施 4',
  '      或 ? [评价或直通] 评价得分：缺少数据：indicators.2025.srdi_tese_score → 措施 5',
  '完善措施：',
  '  1. 承担国家重大科技项目、国家级技术创新类项目，申报国家级科技奖励（N task 4）',
  '  2. 加大研发投入（营业收入1亿元以上研发费用占比3%以上，5000万元—1亿元6%以上），落实研发费用加计扣除（N task 4, 14）',
  '  3. 参加“政银企”融资对接活动，争取云南省先进制造业股权投资母基金支持（N task 15）',
  '  4. 组织参加“创客中国”云南省中小企业创新创业大赛（N task 3）',
  '  5. 在工业和信息化部“优质中小企业梯度培育平台”补报、更新缺失数据（N §四）',
  '拟申报时间：2026-09（种子库填报）',
];

const SRDI_EN = [
  'Roadmap (施工路线图) · SRDI SME · miit-2022',
  'Verdict: insufficient data',
  'Shortfalls:',
  '  ? [score or route] score or a direct route',
  '      or ✗ [score or route] direct: S&T award in 3 years: — (required provincial ≤ #3 | national ≤ #5) → measures 1',
  '      or ✗ [score or route] R&D 2024–2025 550 万元 < 2,000 万元 — add R&D of 1,450 万元 → measures 2',
  '      or ✗ [score or route] equity financing 2024–2025 0 万元 < 6,000 万元 — raise 6,000 万元 → measures 3',
  '      or ✗ [score or route] direct: 创客中国 national placing: — (required national ≤ #500) → measures 4',
  '      or ? [score or route] assessment score: missing: indicators.2025.srdi_tese_score → measures 5',
  'Measures:',
  '  1. take on national S&T and technology-innovation projects and apply for national S&T awards (N task 4)',
  '  2. raise R&D (≥ 3% of revenue above 1亿, ≥ 6% at 5000万–1亿) and claim the R&D super-deduction (N task 4, 14)',
  '  3. join bank–enterprise financing matchmaking and apply to the Yunnan advanced-manufacturing equity fund (N task 15)',
  '  4. enter the 创客中国 Yunnan SME innovation and entrepreneurship contest (N task 3)',
  '  5. file the missing figures on the MIIT 优质中小企业梯度培育平台 (N §四)',
  'Planned application: 2026-09 (from the pool entry)',
];

const LG_ZH = [
  '施工路线图 · 专精特新“小巨人”企业 · miit-2022',
  '结论：暂不具备申报条件',
  '指标短板：',
  '  ✗ [精] 资产负债率 73% > 70% — 超出 3 个百分点，需偿还负债 2,000 万元或增加所有者权益 857.15 万元 → 措施 1、2',
  '  ✗ [新] 创新能力（一般条件或直通条件）',
  '      或 ✗ [新] 2025 年：研发费用占比 5.25%（营业收入 8,000 万元）< 6% — 需增加研发费用 60 万元 → 措施 3',
  '      或 ✗ [新] 直通条件：近三年国家级科技奖（前三）或“创客中国”全国50强：—（要求 national S&T ≤ #3 | 创客中国 ≤ #50） → 措施 4、5',
  '  ✗ [精] 审计报告已通过财政部注册会计师行业统一监管平台报备：✗（要求 ✓）（建议项，不影响结论） → 措施 6',
  '完善措施：',
  '  1. 稳健经营，资产负债率控制在70%以内（N task 3）',
  '  2. 参加“政银企”融资对接活动，争取云南省先进制造业股权投资母基金支持（N task 15）',
  '  3. 加大研发投入（营业收入1亿元以上研发费用占比3%以上，5000万元—1亿元6%以上），落实研发费用加计扣除（N task 4, 14）',
  '  4. 承担国家重大科技项目、国家级技术创新类项目，申报国家级科技奖励（N task 4）',
  '  5. 组织参加“创客中国”云南省中小企业创新创业大赛（N task 3）',
  '  6. 规范财务审计，通过财政部注册会计师行业统一监管平台报备审计报告（N task 3）',
  '拟申报时间：2027（建议）',
];

const LG_EN = [
  'Roadmap (施工路线图) · SRDI little giant · miit-2022',
  'Verdict: not ready',
  'Shortfalls:',
  '  ✗ [精 refined] debt ratio 73% > 70% — 3 pp over; repay 2,000 万元 of liabilities or add 857.15 万元 of equity → measures 1, 2',
  '  ✗ [新 innovative] innovation (general or direct route)',
  '      or ✗ [新 innovative] 2025: R&D 5.25% of 8,000 万元 revenue < 6% — add 60 万元 of R&D → measures 3',
  '      or ✗ [新 innovative] direct route: national S&T award (top 3) or 创客中国 national top 50 in 3 years: — (required national S&T ≤ #3 | 创客中国 ≤ #50) → measures 4, 5',
  '  ✗ [精 refined] audit report filed on the MOF CPA supervision platform: ✗ (required ✓) (advisory, does not decide) → measures 6',
  'Measures:',
  '  1. keep the debt ratio within 70% (N task 3)',
  '  2. join bank–enterprise financing matchmaking and apply to the Yunnan advanced-manufacturing equity fund (N task 15)',
  '  3. raise R&D (≥ 3% of revenue above 1亿, ≥ 6% at 5000万–1亿) and claim the R&D super-deduction (N task 4, 14)',
  '  4. take on national S&T and technology-innovation projects and apply for national S&T awards (N task 4)',
  '  5. enter the 创客中国 Yunnan SME innovation and entrepreneurship contest (N task 3)',
  '  6. have the accounts audited and file the audit report on the MOF CPA-industry supervision platform (财政部注册会计师行业统一监管平台) (N task 3)',
  'Planned application: 2027 (suggested)',
];

describe('worked example: innovative (建水, score 55, 创新能力 10 < 20)', () => {
  const e = run(INNOVATIVE_EXAMPLE);
  it('is not ready, targeting innovative from no tier', () => {
    expect(e).toMatchObject({ targetTier: 'innovative', county: '532524' });
    expect(e.currentTier).toBeUndefined();
    expect(e.assessment.verdict).toBe('not-ready');
    expect(e.assessment.score?.total).toBe(55);
    expect(e.assessment.score?.sections.map((s) => [s.id, s.points])).toEqual([['innovation', 10], ['growth', 20], ['specialisation', 25]]);
  });
  it('prints its roadmap in Chinese and English', () => {
    expect(renderRoadmap(e.roadmap, 'zh')).toBe(INNOVATIVE_ZH.join('\n'));
    expect(renderRoadmap(e.roadmap, 'en')).toBe(INNOVATIVE_EN.join('\n'));
  });
});

describe('worked example: srdi (个旧, computed 55 → 特色化 decides)', () => {
  const e = run(SRDI_EXAMPLE, { poolEntry: SRDI_POOL_ENTRY });
  it('has insufficient data until 特色化 is given', () => {
    expect(e).toMatchObject({ currentTier: 'innovative', targetTier: 'srdi' });
    expect(e.assessment.verdict).toBe('insufficient-data');
    expect(e.assessment.score?.range).toEqual([55, 70]);
    expect(e.assessment.missingFields).toEqual([{ field: `indicators.${LAST}.srdi_tese_score`, decides: 1 }]);
  });
  it('takes the planned application time from the pool entry', () => {
    expect(e.roadmap.plannedApply).toEqual({ value: '2026-09', source: 'pool' });
    expect(renderRoadmap(e.roadmap, 'zh')).toBe(SRDI_ZH.join('\n'));
    expect(renderRoadmap(e.roadmap, 'en')).toBe(SRDI_EN.join('\n'));
  });
  it.each([
    [5, 'ready'],
    [4, 'not-ready'],
  ])('with srdi_tese_score %s → %s', (tese, verdict) => {
    const rows = (SRDI_EXAMPLE.rows ?? []).map((r) => (r.year === LAST ? { ...r, srdi_tese_score: tese } : r));
    expect(run({ ...SRDI_EXAMPLE, rows }).assessment.verdict).toBe(verdict);
  });
});

describe('worked example: little giant (蒙自, 5,000万–1亿 band, debt 73%)', () => {
  const e = run(LITTLE_GIANT_EXAMPLE);
  it('is not ready on 精 (debt) and 新 (R&D 2025), with the audit filing advisory', () => {
    expect(e).toMatchObject({ currentTier: 'srdi', targetTier: 'little-giant' });
    expect(e.assessment.verdict).toBe('not-ready');
    expect(e.roadmap.items.map((i) => [i.criterionId, i.outcome, i.advisory])).toEqual([
      ['debt-ratio', 'fail', false],
      ['innovation', 'fail', false],
      ['audit-filed', 'fail', true],
    ]);
    expect(e.roadmap.items[1]?.alternatives?.map((i) => [i.criterionId, i.year, i.shortfall?.amount])).toEqual([
      ['rd-intensity', LAST, 60],
      ['innovation.direct', undefined, undefined],
    ]);
  });
  it('prints its roadmap in Chinese and English', () => {
    expect(renderRoadmap(e.roadmap, 'zh')).toBe(LG_ZH.join('\n'));
    expect(renderRoadmap(e.roadmap, 'en')).toBe(LG_EN.join('\n'));
  });
  it('renders the whole assessment, passing routes without their gaps', () => {
    const text = renderAssessment(e, 'en');
    expect(text.split('\n').slice(0, 2)).toEqual([
      '蒙自示例精密部件有限公司（示例） 91532503MA7P3Q8L26 · 532503',
      'current tier: SRDI SME → target: SRDI little giant · miit-2022 · not ready',
    ]);
    expect(text).toContain('  ✗ [精 refined] debt ratio at last year-end 73% (required ≤ 70%)');
    expect(text).toContain('          2025: R&D 5.25% of 8,000 万元 revenue < 6% — add 60 万元 of R&D');
  });
});

describe('target tier', () => {
  it.each([
    [undefined, {}, 'innovative'],
    ['innovative', {}, 'srdi'],
    ['srdi', {}, 'little-giant'],
    ['little-giant', {}, 'little-giant'],
    ['innovative', { tier: 'little-giant' }, 'little-giant'],
    ['innovative', { poolEntry: { ...SRDI_POOL_ENTRY, plannedTier: 'little-giant' } }, 'little-giant'],
    [undefined, { poolEntry: SRDI_POOL_ENTRY }, 'srdi'],
  ] satisfies [Parameters<typeof targetTierFor>[0], Parameters<typeof targetTierFor>[1], string][])('current %s, %o → %s', (current, opts, target) => {
    expect(targetTierFor(current, opts)).toBe(target);
  });

  it('a suggested year waits for the niche years', () => {
    const e = run({ ...LITTLE_GIANT_EXAMPLE, enterprise: { ...LITTLE_GIANT_EXAMPLE.enterprise, niche_since: 2025 } });
    expect(e.roadmap.plannedApply).toEqual({ value: '2028', source: 'suggested' });
  });

  it('the county follows the county history on the date', () => {
    const moved = { ...INNOVATIVE_EXAMPLE, enterprise: { ...INNOVATIVE_EXAMPLE.enterprise, countyHistory: [{ county: '532503', countyRaw: '蒙自市', until: '2026-12-31' }] } };
    expect(run(moved).county).toBe('532503');
  });
});

describe('--compare miit-2022,miit-2026', () => {
  const { index, enterprise } = indexOf(LITTLE_GIANT_EXAMPLE);
  const cmp = compareRulesets(index, enterprise, { asOf: AS_OF, rulesets: ['miit-2022', 'miit-2026'] });
  it('shows the verdict under each ruleset, the new one provisional', () => {
    expect(cmp.verdicts).toEqual([
      { ruleset: 'miit-2022', provisional: false, verdict: 'not-ready' },
      { ruleset: 'miit-2026', provisional: true, verdict: 'not-ready' },
    ]);
  });
  it('lists criteria that change outcome or threshold, appear or disappear', () => {
    const byId = new Map(cmp.changes.map((c) => [c.id, c]));
    expect(byId.get('debt-ratio')).toMatchObject({ before: 'fail', after: 'pass', requiredBefore: '≤ 70%', requiredAfter: '≤ 75%' });
    expect(byId.get('main-share')).toMatchObject({ before: 'pass', after: 'pass', requiredBefore: '≥ 70%', requiredAfter: '≥ 90%' });
    expect(byId.get('innovation')).toMatchObject({ before: 'fail' });
    expect(byId.get('innovation')?.after).toBeUndefined();
    expect(byId.get('dev-score')).toMatchObject({ after: 'unknown' });
    expect(byId.has('sme')).toBe(false);
  });
});

describe('pool entries without a plan', () => {
  it('suggest this year when only data is missing', () => {
    const pool: PoolEntry = { year: 2026, creditCode: SRDI_POOL_ENTRY.creditCode, tier: 'srdi', countyRaw: '个旧市', origin: ORIGIN };
    expect(run(SRDI_EXAMPLE, { poolEntry: pool }).roadmap.plannedApply).toEqual({ value: '2026', source: 'suggested' });
  });
  it('a ready enterprise has an empty shortfall list', () => {
    const rows = [...(SRDI_EXAMPLE.rows ?? []).filter((r) => r.year !== LAST), row(LAST, { ...(SRDI_EXAMPLE.rows ?? []).find((r) => r.year === LAST), srdi_tese_score: 10 })];
    const e = run({ ...SRDI_EXAMPLE, rows, recognitions: [recognition('innovative', '2024-05-10')] });
    expect(e.roadmap).toMatchObject({ verdict: 'ready', items: [], measures: [] });
    expect(renderRoadmap(e.roadmap, 'en')).toBe(['Roadmap (施工路线图) · SRDI SME · miit-2022', 'Verdict: ready', 'Planned application: 2026 (suggested)'].join('\n'));
  });
});
