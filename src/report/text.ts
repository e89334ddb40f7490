/** The dashboard's wording in Chinese and English (numbers and dates are formatted by hand elsewhere). */
import type { Lang } from '../messages.js';

export interface Words {
  title: string;
  subtitle: (doc: string, asOf: string, elapsed: number, total: number, pct: string) => string;
  progress: string;
  progressNote: string;
  actual: string;
  expected: string;
  target: (year: number) => string;
  baseline: string;
  remaining: string;
  ofTarget: string;
  grid: string;
  gridNote: string;
  county: string;
  total: string;
  status: { ahead: string; 'on-track': string; behind: string };
  pools: (year: number) => string;
  poolsNote: string;
  filed: string;
  required: string;
  shortfall: string;
  ineligible: string;
  noRule: string;
  ladder: string;
  ladderNote: string;
  quarter: string;
  expiring: string;
  expiringNote: (n: number) => string;
  name: string;
  creditCode: string;
  tier: string;
  recognizedOn: string;
  expiresOn: string;
  daysLeft: string;
  none: string;
  candidates: string;
  candidatesNote: (ruleset: string) => string;
  verdict: string;
  failing: string;
  unknown: string;
  shortfalls: string;
  inPool: string;
  srdiExpires: string;
  footer: { asOf: string; revision: string; dirty: string; tool: string; noRepo: string };
  sortHint: string;
  derived: string;
  errors: (n: number) => string;
  firstExpiry: string;
  fullList: (n: number) => string;
}

export const WORDS: Record<Lang, Words> = {
  zh: {
    title: '红河州专精特新企业倍增计划 · 进度看板',
    subtitle: (doc, asOf, elapsed, total, pct) => `对照 ${doc} 目标，数据截至 ${asOf}；规划期已过 ${elapsed}/${total} 天（${pct}%）`,
    progress: '全州进度：实有数、按进度应达数与 2027 年目标',
    progressNote: '色条为实有数（绿：超前，蓝：正常，红：滞后）；黑色竖线为按进度应达数，虚线为基数，灰色底条到 2027 年目标。',
    actual: '实有',
    expected: '按进度',
    target: (year) => `${year}年目标`,
    baseline: '基数',
    remaining: '尚差',
    ofTarget: '完成目标',
    grid: '县市 × 层级：实有数 / 2027 年目标',
    gridNote: '每格：实有数 / 目标数，下方为按进度应达数；颜色表示超前、正常或滞后。点击表头排序。',
    county: '县市',
    total: '全州合计',
    status: { ahead: '超前', 'on-track': '正常', behind: '滞后' },
    pools: (year) => `${year} 年种子库：已入库与应入库`,
    poolsNote: '应入库 = 种子库倍数 × 年度增长目标；小巨人种子库没有数量要求。',
    filed: '已入库',
    required: '应入库',
    shortfall: '缺口',
    ineligible: '不符合条件',
    noRule: '不设数量要求',
    ladder: '梯度培育：各层级有效认定数（每季度末）',
    ladderNote: '按认定日期、有效期和撤销日期计算每个季度末的有效认定数；虚线为 2027 年目标。',
    quarter: '季度',
    expiring: '未来 12 个月内到期的认定（未登记复核）',
    expiringNote: (n) => (n === 0 ? '未来 12 个月内没有到期且未登记复核的认定。' : `共 ${n} 项，请提前组织复核。`),
    name: '企业名称',
    creditCode: '统一社会信用代码',
    tier: '层级',
    recognizedOn: '认定日期',
    expiresOn: '有效期至',
    daysLeft: '剩余天数',
    none: '无',
    candidates: '小巨人目标名单：申报准备情况',
    candidatesNote: (ruleset) => `持有有效专精特新认定、尚未认定为小巨人的企业，按 ${ruleset} 标准评估。`,
    verdict: '评估结论',
    failing: '未达标项',
    unknown: '待补数据项',
    shortfalls: '主要短板',
    inPool: '小巨人种子库',
    srdiExpires: '专精特新有效期至',
    footer: { asOf: '数据截至', revision: '数据版本', dirty: '有未提交的修改', tool: '生成工具', noRepo: '' },
    sortHint: '点击表头可排序',
    derived: '推算',
    firstExpiry: '最早到期',
    fullList: (n) => `全部 ${n} 项（点击展开）`,
    errors: (n) => `数据检查（hh-srdi check）发现 ${n} 个错误，以下数字可能不准确。`,
  },
  en: {
    title: 'Honghe SRDI doubling plan · progress dashboard',
    subtitle: (doc, asOf, elapsed, total, pct) => `Against the targets of ${doc}, as of ${asOf}; ${elapsed} of ${total} days of the plan period gone (${pct}%)`,
    progress: 'Prefecture progress: actual, on pace and the 2027 target',
    progressNote: 'The coloured bar is the actual count (green ahead, blue on track, red behind); the black mark is where the plan’s pace puts it today, the dashed mark the baseline, the grey track runs to the 2027 target.',
    actual: 'actual',
    expected: 'on pace',
    target: (year) => `${year} target`,
    baseline: 'baseline',
    remaining: 'remaining',
    ofTarget: 'of target',
    grid: 'County × tier: actual / 2027 target',
    gridNote: 'Each cell: actual / target, with the on-pace count below; the colour says ahead, on track or behind. Click a header to sort.',
    county: 'County',
    total: 'Prefecture total',
    status: { ahead: 'ahead', 'on-track': 'on track', behind: 'behind' },
    pools: (year) => `${year} seed pools: filed against required`,
    poolsNote: 'Required = pool ratio × annual growth target; the little-giant pool has no size rule.',
    filed: 'filed',
    required: 'required',
    shortfall: 'shortfall',
    ineligible: 'ineligible',
    noRule: 'no size rule',
    ladder: 'The ladder over time: valid recognitions at each quarter end',
    ladderNote: 'Valid recognitions at each quarter end from recognition, expiry and revocation dates; the dashed line is the 2027 target.',
    quarter: 'Quarter',
    expiring: 'Recognitions ending within 12 months (no renewal recorded)',
    expiringNote: (n) => (n === 0 ? 'No recognition ends within 12 months without a recorded renewal.' : `${n} to renew (复核) in time.`),
    name: 'Name',
    creditCode: 'Credit code',
    tier: 'Tier',
    recognizedOn: 'Recognized on',
    expiresOn: 'Valid until',
    daysLeft: 'Days left',
    none: 'none',
    candidates: 'Little-giant candidates: readiness',
    candidatesNote: (ruleset) => `Enterprises holding a valid SRDI recognition and no little-giant one, assessed under ${ruleset}.`,
    verdict: 'Verdict',
    failing: 'Failing',
    unknown: 'Unknown',
    shortfalls: 'Main shortfalls',
    inPool: 'In LG pool',
    srdiExpires: 'SRDI valid until',
    footer: { asOf: 'Data as of', revision: 'data revision', dirty: 'uncommitted changes', tool: 'made with', noRepo: '' },
    sortHint: 'click a header to sort',
    derived: 'derived',
    firstExpiry: 'first to end',
    fullList: (n) => `all ${n} (click to open)`,
    errors: (n) => `hh-srdi check finds ${n} ${n === 1 ? 'error' : 'errors'} in the data: the numbers below may be off.`,
  },
};
