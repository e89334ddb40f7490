/**
 * Every criterion id the rulesets emit, with its zh/en label. Ids are part of the interface (JSON
 * output, --compare, roadmap measures), so they are listed once here and checked with `satisfies`.
 * A ruleset's thresholds live in its own module; the label names the indicator, `required` the bar.
 */
import type { Text } from './types.js';

export const CRITERION_LABELS = {
  sme: { zh: '中小企业（工信部联企业〔2011〕300号）', en: 'SME (工信部联企业〔2011〕300号)' },
  'compliance.abnormal-operation': { zh: '未被列入经营异常名录', en: 'not on the 经营异常名录 (abnormal operations list)' },
  'compliance.serious-dishonest': { zh: '未被列入严重失信主体名单', en: 'not on the 严重失信主体名单 (serious dishonesty list)' },
  'compliance.major-incident': {
    zh: '近三年无重大安全（含网络安全、数据安全）、质量、环境污染事故及偷漏税等违法违规行为',
    en: 'no major safety, quality or environmental incident or tax evasion in 3 years',
  },
  'prerequisite.innovative': { zh: '持有有效的创新型（科技和创新型）中小企业认定', en: 'holds a valid innovative-SME recognition' },
  'prerequisite.srdi': { zh: '持有有效的专精特新中小企业认定', en: 'holds a valid SRDI SME recognition' },
  'niche-years': { zh: '从事特定细分市场时间', en: 'years in the niche market' },
  revenue: { zh: '营业收入（或股权融资）', en: 'revenue (or equity financing)' },
  'revenue.amount': { zh: '上年度营业收入', en: 'last-year revenue' },
  'revenue.equity': { zh: '近两年新增股权融资总额', en: 'equity financing in the last 2 years' },
  'main-share': { zh: '上年度主营业务收入占营业收入比重', en: 'last-year main revenue / revenue' },
  'main-growth': { zh: '近两年主营业务收入平均增长率', en: '2-year average main-revenue growth' },
  'revenue-cagr': { zh: '近两年营业收入复合增长率', en: '2-year revenue CAGR' },
  'debt-ratio': { zh: '上年末资产负债率', en: 'debt ratio at last year-end' },
  'rd-amount': { zh: '研发费用总额', en: 'R&D expense' },
  'rd-ratio': { zh: '研发费用占营业收入比重', en: 'R&D / revenue' },
  'rd-total': { zh: '近两年研发费用总额', en: 'R&D expense, 2-year total' },
  'rd-intensity': { zh: '研发投入（按营业收入分档）', en: 'R&D intensity (by revenue band)' },
  'rd-intensity.equity': { zh: '近两年新增股权融资总额', en: 'equity financing in the last 2 years' },
  'rd-intensity.rd-total': { zh: '研发费用总额', en: 'R&D expense' },
  'rd-intensity.rd-staff': { zh: '研发人员占职工总数比重', en: 'R&D staff / employees' },
  'rd-institution': { zh: '自建或与高等院校、科研院所联合建立研发机构', en: 'own or joint R&D institution' },
  'class1-ip': { zh: '与主导产品相关的Ⅰ类知识产权', en: 'Ⅰ类 IP tied to the main product' },
  ip: { zh: 'Ⅰ类知识产权（或豁免条件）', en: 'Ⅰ类 IP (or a waiver)' },
  'waiver.award': { zh: '豁免：近三年科技奖励', en: 'waiver: S&T award in 3 years' },
  'waiver.rd-institution': { zh: '豁免：省级以上研发机构', en: 'waiver: provincial-or-higher R&D institution' },
  digital: { zh: '至少1项核心业务采用信息系统支撑', en: '≥ 1 core business on an information system' },
  certification: { zh: '管理体系认证或发达国家和地区产品认证', en: 'management-system or developed-country product certification' },
  'market-position': { zh: '全国细分市场地位', en: 'national niche market position' },
  'market-share': { zh: '主导产品全国细分市场占有率', en: 'national niche market share' },
  'market-rank': { zh: '主导产品全国细分市场排名', en: 'national niche market rank' },
  'own-brand': { zh: '拥有直接面向市场并具有竞争优势的自主品牌', en: 'own brand' },
  innovation: { zh: '创新能力（一般条件或直通条件）', en: 'innovation (general or direct route)' },
  'innovation.general': { zh: '一般条件（研发投入、研发机构、Ⅰ类知识产权）', en: 'general route (R&D, institution, Ⅰ类 IP)' },
  'innovation.direct': { zh: '直通条件：近三年国家级科技奖（前三）或“创客中国”全国50强', en: 'direct route: national S&T award (top 3) or 创客中国 national top 50 in 3 years' },
  'chain-role': { zh: '产业链关键环节（补短板、锻长板、填空白）', en: 'key link of an industrial chain (补短板/锻长板/填空白)' },
  'focus-area': { zh: '主导产品属于重点领域（工业六基、十大重点产业、网络强国）', en: 'main product in a focus area (六基, 十大重点产业, 网络强国)' },
  'audit-filed': { zh: '审计报告已通过财政部注册会计师行业统一监管平台报备', en: 'audit report filed on the MOF CPA supervision platform' },
  'dev-score': { zh: '发展评价得分（优质中小企业梯度培育平台）', en: 'development score (MIIT platform)' },
  route: { zh: '评价得分或直通条件', en: 'score or a direct route' },
  'route.award': { zh: '直通：近三年科技奖励', en: 'direct: S&T award in 3 years' },
  'route.honour': { zh: '直通：高新技术企业、国家级技术创新示范企业、知识产权优势/示范企业', en: 'direct: 高新技术企业 / technology-innovation demonstration / IP advantage or demonstration enterprise' },
  'route.rd-institution': { zh: '直通：省级以上研发机构', en: 'direct: provincial-or-higher R&D institution' },
  'route.equity': { zh: '直通：股权融资', en: 'direct: equity financing' },
  'route.rd-average': { zh: '直通：近两年研发费用年均', en: 'direct: 2-year average R&D expense' },
  'route.makers-china': { zh: '直通：“创客中国”大赛全国排名', en: 'direct: 创客中国 national placing' },
  'route.score': { zh: '评价得分', en: 'assessment score' },
} satisfies Record<string, Text>;

export type CriterionId = keyof typeof CRITERION_LABELS;

export function label(id: CriterionId): Text {
  return CRITERION_LABELS[id];
}

/** Groups: eligibility and ladder for every tier; 专 精 特 新 链 品 for the little giant (M22 annex 3). */
export const GROUP_LABELS: Record<string, Text> = {
  eligibility: { zh: '基本条件', en: 'eligibility' },
  prerequisite: { zh: '梯度前提', en: 'ladder' },
  conditions: { zh: '认定条件', en: 'conditions' },
  route: { zh: '评价或直通', en: 'score or route' },
  专: { zh: '专', en: '专 specialised' },
  精: { zh: '精', en: '精 refined' },
  特: { zh: '特', en: '特 distinctive' },
  新: { zh: '新', en: '新 innovative' },
  链: { zh: '链', en: '链 chain' },
  品: { zh: '品', en: '品 focus' },
};
