/**
 * Ruleset `miit-2022` (default; N follows it): 工信部企业〔2022〕63号《优质中小企业梯度培育管理暂行办法》
 * and its three annexed standards, with N (红政办发〔2025〕30号) task 3–6 as guidance. Thresholds are
 * data: a confirmed change of the texts is a change of numbers here, not of code. Money in 万元,
 * shares in percent; bands list the better band first and an edge value goes to the better band.
 */
import type { TierId } from '../model/types.js';
import { higher, lower } from './bands.js';
import { assemble } from './evaluate.js';
import { Facts } from './facts.js';
import { type InnovativeTable, evaluateInnovative } from './m22-innovative.js';
import { type LittleGiantTable, evaluateLittleGiant } from './m22-little-giant.js';
import { type SrdiTable, evaluateSrdi } from './m22-srdi.js';
import type { AssessInput, Ruleset, RulesetId, TierAssessment } from './types.js';

/** M22 annex 1 — 创新型中小企业评价标准. */
export const M22_INNOVATIVE = {
  direct: {
    awardLevels: ['national', 'provincial'], // 近三年获得国家级、省级科技奖励
    honours: ['技术创新示范企业', '知识产权优势企业', '知识产权示范企业'], // besides 高新技术企业 (a flag)
    institutionLevels: ['provincial', 'national'], // 拥有经认定的省部级以上研发机构
    equity: 500, // 近三年新增股权融资总额（合格机构投资者的实缴额）500 万元以上
  },
  pass: 60,
  minimums: { innovation: 20, growth: 15, specialisation: 15 }, // 创新能力 / 成长性 / 专业化
  bands: {
    ip: [20, 15, 10, 5], // Ⅰ类高价值 ≥1; 自主研发Ⅰ类 ≥1; Ⅰ类 ≥1; Ⅱ类 ≥1; none 0
    rdRatio: higher([[5, 20], [3, 15], [2, 10], [1, 5]]), // 上年度研发费用占营业收入比重
    growth: higher([[15, 20], [10, 15], [5, 10], [0, 5]]), // 上年度主营业务收入增长率 (<0 → 0)
    debt: lower([[55, 10], [75, 5]]), // 上年度资产负债率: ≤55 10; (55,75] 5; >75 0
    field: { strategic: 10, other: 5 }, // 主导产品所属领域: 战略性新兴产业 10, 其他 5
    mainShare: higher([[70, 20], [60, 15], [55, 10], [50, 5]]), // 主营业务收入占营业收入比重
  },
} satisfies InnovativeTable;

/** M22 annex 2 — 专精特新中小企业认定标准 (the 85 nationally defined points; 特色化 15 is provincial). */
export const M22_SRDI = {
  nicheYears: 2, // 从事特定细分市场时间达到2年以上
  rdAmount: 100, // 上年度研发费用总额不低于100万元
  rdRatio: 3, // 且占营业收入总额比重不低于3%
  revenue: 1000, // 上年度营业收入总额在1000万元以上
  equityAlt: 2000, // 或近2年新增股权融资总额2000万元以上
  direct: {
    provincialAwardRank: 3, // 近三年获得省级科技奖励（排名前三）
    nationalAwardRank: 5, // 或国家级科技奖励（排名前五）
    rdAverage: 1000, // 近两年研发费用年均1000万元以上
    equity: 6000, // 近两年新增股权融资总额6000万元以上
    makersChinaRank: 500, // 近三年“创客中国”大赛全国500强
  },
  pass: 60,
  teseMax: 15,
  bands: {
    mainShare: higher([[80, 5], [70, 3], [60, 1]]),
    growth: higher([[10, 10], [8, 8], [6, 6], [4, 4], [0, 2]]),
    niche: { perTwoYears: 1, max: 5 },
    field: { chain: 5, foundation: 3 }, // 补短板/锻长板/填空白 5; 六基、中华老字号、龙头配套 3
    digital: higher([[3, 5], [2, 3]]), // 数字化水平三级及以上 5, 二级 3, 一级 0
    quality: { perItem: 3, max: 5 },
    netMargin: higher([[10, 10], [8, 8], [6, 6], [4, 4], [2, 2]]),
    debt: lower([[50, 5], [60, 3], [70, 1]]),
    ip: [10, 8, 6, 2],
    rdAmount: higher([[500, 10], [400, 8], [300, 6], [200, 4], [100, 2]]),
    rdRatio: higher([[10, 10], [8, 8], [6, 6], [4, 4], [3, 2]]),
    rdStaff: higher([[20, 5], [10, 3], [5, 1]]),
    // 'own' and 'joint' carry no recognised level: scored like 市级以下.
    institution: { national: 10, provincial: 8, city: 4, 'below-city': 2, own: 2, joint: 2, none: 0 },
  },
} satisfies SrdiTable;

/** M22 annex 3 — 专精特新“小巨人”企业认定标准; N task 3–4 repeat the same figures. */
export const M22_LITTLE_GIANT = {
  nicheYears: 3, // 从事特定细分市场时间达到3年以上
  mainShare: 70, // 主营业务收入总额占营业收入总额比重不低于70%
  mainGrowth: 5, // 近2年主营业务收入平均增长率不低于5%
  debtMax: 70, // 截至上年末资产负债率不高于70%
  marketShare: 10, // 主导产品全国细分市场占有率达到10%以上
  rdBands: [
    { revenueFrom: 10000, ratio: 3 }, // 营业收入1亿元以上：近2年研发费用占比均不低于3%
    { revenueFrom: 5000, ratio: 6 }, // 5000万元—1亿元：均不低于6%
  ],
  lowBand: { equity: 8000, rdTotal: 3000, rdStaff: 50 }, // 5000万元以下：股权融资8000万元、研发3000万元、研发人员50%
  institutions: ['below-city', 'city', 'own', 'joint', 'provincial', 'national'], // 自建或联合建立研发机构
  class1Ip: 2, // 拥有2项以上与主导产品相关的Ⅰ类知识产权
  direct: { nationalAwardRank: 3, makersChinaRank: 50 }, // 近三年国家级科技奖（前三）或“创客中国”全国50强
} satisfies LittleGiantTable;

export function evaluateM22(input: AssessInput, tier: TierId): TierAssessment {
  const f = new Facts(input);
  const ruleset: RulesetId = 'miit-2022';
  const provisional = false;
  if (tier === 'little-giant') return assemble({ tier, ruleset, provisional, input, criteria: evaluateLittleGiant(f, M22_LITTLE_GIANT) });
  const { criteria, score } = tier === 'innovative' ? evaluateInnovative(f, M22_INNOVATIVE) : evaluateSrdi(f, M22_SRDI);
  return assemble({ tier, ruleset, provisional, input, criteria, score });
}

export const miit2022: Ruleset = {
  id: 'miit-2022',
  provisional: false,
  label: { zh: '工信部企业〔2022〕63号（2022 版认定标准）', en: '工信部企业〔2022〕63号 (2022 standards)' },
  evaluate: evaluateM22,
};
