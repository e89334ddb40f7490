/**
 * zod schemas of every file kind (SPEC §2). Field names are the contract; `ALIASES` are the Chinese
 * (and variant English) column headers / keys accepted for them. `hh-srdi schema` publishes these.
 */
import { z } from 'zod';
import { bool, choice, count, isoDate, list, money, num, percent, text, tier, year } from './fields.js';

const tierRatio = z.union([z.number().nonnegative(), z.null()]).optional();

export const planSchema = z.object({
  document: text('文号 document id, e.g. 红政办发〔2025〕30号'),
  title: text('title of the plan').optional(),
  region: z.object({ code: text('prefecture division code'), name: text('prefecture name') }),
  period: z.object({ start: year('first plan year'), end: year('last plan year') }),
  baseline_date: isoDate('date of the baseline counts (截至2024年12月实有数)'),
  pool_ratios: z
    .object({ innovative: tierRatio, srdi: tierRatio, 'little-giant': tierRatio })
    .meta({ description: 'pool size ≥ ratio × annual growth target; null switches the size rule off' })
    .optional(),
  pool_deadline: z
    .string()
    .regex(/^\d{2}-\d{2}$/)
    .meta({ description: 'filing deadline within the pool year, MM-DD (N task 2: 01-15)' })
    .optional(),
  criteria: choice(['miit-2022', 'miit-2026'], {}, 'default criteria ruleset').optional(),
  validity_years: count('validity of a recognition in years (M22: 3)').optional(),
  expiring_within_days: count('warn when a recognition expires within this many days').optional(),
});

export const countySchema = z.object({
  code: text('GB/T 2260 county code, e.g. 532503'),
  name: text('full name, e.g. 蒙自市'),
  short_name: text('short name used in Attachment 2, e.g. 屏边县').optional(),
  aliases: list('other accepted names, ;-separated').optional(),
  old_codes: list('older division codes still printed in credit codes').optional(),
});

const tierCount = (what: string) => count(what).optional();
export const targetSchema = z.object({
  county: text('county name, code or 全州合计'),
  baseline_innovative: tierCount('截至2024年12月实有数 — 创新型'),
  baseline_srdi: tierCount('截至2024年12月实有数 — 专精特新'),
  baseline_little_giant: tierCount('截至2024年12月实有数 — 小巨人'),
  increase_innovative: tierCount('三年新增数 — 创新型'),
  increase_srdi: tierCount('三年新增数 — 专精特新'),
  increase_little_giant: tierCount('三年新增数 — 小巨人'),
  target_innovative: tierCount('2027年目标数 — 创新型'),
  target_srdi: tierCount('2027年目标数 — 专精特新'),
  target_little_giant: tierCount('2027年目标数 — 小巨人'),
});

export const annualTargetSchema = z.object({
  year: year('plan year'),
  county: text('county name or code, or 全州合计'),
  tier: tier('tier'),
  increase: count('growth target for that year'),
});

const LEVELS = ['national', 'provincial', 'prefecture', 'county'] as const;
export const recognitionFields = {
  tier: tier('tier recognised'),
  level: choice(LEVELS, { 国家级: 'national', 省级: 'provincial', 州级: 'prefecture', 市级: 'prefecture', 县级: 'county' }, 'level').optional(),
  recognized_on: isoDate('recognition date'),
  expires_on: isoDate('last valid day (default: recognized_on + 3 years − 1 day)').optional(),
  kind: choice(['new', 'renewal'], { 新认定: 'new', 认定: 'new', 复核: 'renewal', 复核通过: 'renewal' }, 'new recognition or renewal (复核)').optional(),
  revoked_on: isoDate('date the recognition was revoked (撤销)').optional(),
  batch: text('batch, e.g. 云南省2024年第二批').optional(),
  document: text('document announcing it').optional(),
  note: text('reason for a non-standard validity').optional(),
};
export const recognitionSchema = z.object({ credit_code: text('unified social credit code'), ...recognitionFields });

const award = z.object({
  level: choice(['national', 'provincial', 'prefecture'], { 国家级: 'national', 省级: 'provincial', 州级: 'prefecture' }, 'award level'),
  kind: choice(['science', 'makers-china', 'other'], { 科技奖: 'science', 科学技术奖: 'science', 创客中国: 'makers-china', 其他: 'other' }, 'award kind'),
  rank: count('rank or placing (1 = first)').optional(),
  year: year('year awarded'),
  name: text('award name').optional(),
});

export const indicatorFields = {
  year: year('fiscal year'),
  revenue: money('营业收入 revenue').optional(),
  main_revenue: money('主营业务收入 main-business revenue').optional(),
  rd_expense: money('研发费用 R&D expense').optional(),
  total_assets: money('资产总额 total assets').optional(),
  total_liabilities: money('负债总额 total liabilities').optional(),
  net_profit: money('净利润 net profit').optional(),
  employees: count('从业人员 employees').optional(),
  rd_staff: count('研发人员 R&D staff').optional(),
  invention_patents: count('发明专利 invention patents').optional(),
  class1_ip: count('Ⅰ类知识产权 class-I IP tied to the main product').optional(),
  class1_ip_own: count('自主研发Ⅰ类知识产权 self-developed class-I IP').optional(),
  class1_ip_high_value: count('Ⅰ类高价值知识产权 high-value class-I IP').optional(),
  class2_ip: count('Ⅱ类知识产权 class-II IP').optional(),
  market_share_pct: percent('全国细分市场占有率 national niche market share').optional(),
  market_rank: count('全国细分市场排名 national rank in the niche').optional(),
  equity_financing: money('股权融资 equity financing raised in the year').optional(),
  digital_systems: list('信息系统 CAX/CAM/ERP/OA/CRM/SRM/MES…').optional(),
  digital_level: count('数字化水平 digitalisation level 1–3+').optional(),
  certifications: list('认证 ISO9001/ISO14001/ISO45001/UL/CSA/ETL/GS/CE…').optional(),
  standards: count('主持或参与制修订标准数 standards led or joined').optional(),
  own_brand: bool('自主品牌 own brand').optional(),
  quality_award: choice(['national', 'provincial', 'none'], { 国家级: 'national', 省级: 'provincial', 无: 'none' }, '质量奖 quality award').optional(),
  rd_institution: choice(
    ['none', 'below-city', 'city', 'own', 'joint', 'provincial', 'national'],
    { 无: 'none', 市级以下: 'below-city', 市级: 'city', 州级: 'city', 自建: 'own', 联合: 'joint', 省级: 'provincial', 国家级: 'national' },
    '研发机构 R&D institution',
  ).optional(),
  awards: z.array(award).meta({ description: '科技奖励、创客中国 placings' }).optional(),
  high_tech_enterprise: bool('有效高新技术企业').optional(),
  honours: list('other valid honours (direct routes)').optional(),
  strategic_emerging: bool('主导产品属战略性新兴产业').optional(),
  srdi_tese_score: num('专精特新特色化指标得分 (0–15, provincial)').optional(),
  srdi_score: num('专精特新中小企业评分 given by the province').optional(),
  dev_score: num('发展评价得分 from the MIIT platform').optional(),
  audit_filed: bool('审计报告已在财政部统一监管平台报备').optional(),
  abnormal_operation: bool('列入经营异常名录').optional(),
  serious_dishonest: bool('列入严重失信主体名单').optional(),
  major_incident: bool('近三年发生重大安全、质量、环境事故或偷漏税').optional(),
  checked_on: isoDate('date the compliance flags were checked').optional(),
  sme: bool('is an SME (overrides the industrial size test)').optional(),
  source: choice(
    ['audit', 'statistics', 'tax', 'self-reported', 'platform'],
    { 审计报告: 'audit', 统计年报: 'statistics', 纳税申报: 'tax', 企业自报: 'self-reported', 平台: 'platform' },
    'provenance of the figures',
  ).optional(),
  reported_on: isoDate('date the figures were reported').optional(),
};
export const indicatorsSchema = z.object({ credit_code: text('unified social credit code'), ...indicatorFields });

export const enterpriseFields = {
  credit_code: text('统一社会信用代码 unified social credit code (GB 32100)'),
  name: text('企业名称'),
  county: text('county: code, name or alias (532503, 蒙自市, 蒙自)'),
  previous_counties: z
    .array(z.object({ county: text('earlier county'), until: isoDate('last day in that county') }))
    .meta({ description: 'earlier counties of an enterprise that moved (counted there until `until`)' })
    .optional(),
  industry: text('GB/T 4754 industry code').optional(),
  niche_since: year('year the enterprise entered its niche market').optional(),
  main_product: text('主导产品').optional(),
  focus_area: text('重点领域: 六基/… | 十大重点产业/… | 网络强国/…').optional(),
  chain_role: choice(['补短板', '锻长板', '填空白'], {}, '产业链关键环节').optional(),
  chain_leader_supplier: bool('为龙头企业配套').optional(),
  time_honoured: bool('中华老字号').optional(),
};
export const enterpriseSchema = z.object(enterpriseFields);
export const enterpriseFileSchema = z.object({
  ...enterpriseFields,
  recognitions: z.array(z.object(recognitionFields)).optional(),
  indicators: z.array(z.object(indicatorFields)).optional(),
});

export const poolSchema = z.object({
  year: year('pool year (default: from the file name pools/<year>.csv)').optional(),
  credit_code: text('统一社会信用代码'),
  name: text('企业名称 (informational)').optional(),
  tier: tier('pool tier'),
  county: text('filing county'),
  filed_on: isoDate('备案日期 filing date').optional(),
  willing: bool('有意愿申报').optional(),
  planned_tier: tier('拟培育层级').optional(),
  planned_apply: text('拟申报时间, e.g. 2026-06').optional(),
  measures: text('完善措施').optional(),
  status: choice(
    ['in-pool', 'diagnosed', 'improving', 'applied', 'recognized', 'withdrawn'],
    { 在库: 'in-pool', 已诊断: 'diagnosed', 培育中: 'improving', 提升中: 'improving', 已申报: 'applied', 已认定: 'recognized', 退库: 'withdrawn', 已退库: 'withdrawn' },
    'status',
  ).optional(),
  owner: text('服务员 service staff').optional(),
});

export type FileKind = 'plan' | 'counties' | 'targets' | 'annual-targets' | 'enterprises' | 'recognitions' | 'indicators' | 'pools';

/** Column headers / keys accepted for each canonical field (SPEC §2: 统一社会信用代码 ≡ credit_code …). */
export const ALIASES: Readonly<Record<string, string>> = {
  统一社会信用代码: 'credit_code', 信用代码: 'credit_code', 社会信用代码: 'credit_code', creditcode: 'credit_code',
  企业名称: 'name', 名称: 'name', 单位名称: 'name',
  县市: 'county', 县区: 'county', 所属县市: 'county', 县市区: 'county', 地区: 'county', 备案县市: 'county',
  行政区划代码: 'code', 代码: 'code', 区划代码: 'code', 简称: 'short_name', 别名: 'aliases', 旧代码: 'old_codes',
  层级: 'tier', 培育层级: 'tier', 种子库层级: 'tier', 类别: 'tier', 级别: 'level',
  认定日期: 'recognized_on', 认定时间: 'recognized_on', 有效期至: 'expires_on', 到期日期: 'expires_on',
  类型: 'kind', 撤销日期: 'revoked_on', 批次: 'batch', 文号: 'document', 备注: 'note', 说明: 'note',
  年度: 'year', 年份: 'year', 新增数: 'increase', 年度增长目标: 'increase',
  备案日期: 'filed_on', 入库日期: 'filed_on', 申报意愿: 'willing', 有意愿申报: 'willing', 拟培育层级: 'planned_tier',
  拟申报时间: 'planned_apply', 完善措施: 'measures', 培育措施: 'measures', 状态: 'status', 服务员: 'owner', 助企服务员: 'owner',
  行业代码: 'industry', 所属行业: 'industry', 进入细分市场年份: 'niche_since', 主导产品: 'main_product', 重点领域: 'focus_area', 产业链作用: 'chain_role',
  营业收入: 'revenue', 主营业务收入: 'main_revenue', 研发费用: 'rd_expense', 资产总额: 'total_assets', 负债总额: 'total_liabilities',
  净利润: 'net_profit', 从业人员: 'employees', 职工人数: 'employees', 研发人员: 'rd_staff', 发明专利: 'invention_patents',
  一类知识产权: 'class1_ip', Ⅰ类知识产权: 'class1_ip', I类知识产权: 'class1_ip', 二类知识产权: 'class2_ip', Ⅱ类知识产权: 'class2_ip', II类知识产权: 'class2_ip',
  市场占有率: 'market_share_pct', 全国细分市场占有率: 'market_share_pct', 股权融资: 'equity_financing', 股权融资额: 'equity_financing',
  信息系统: 'digital_systems', 数字化水平: 'digital_level', 认证: 'certifications', 管理体系认证: 'certifications', 标准: 'standards',
  自主品牌: 'own_brand', 研发机构: 'rd_institution', 高新技术企业: 'high_tech_enterprise', 审计报告报备: 'audit_filed',
  经营异常: 'abnormal_operation', 严重失信: 'serious_dishonest', 重大事故: 'major_incident', 数据来源: 'source', 来源: 'source', 填报日期: 'reported_on',
  实有数_创新型: 'baseline_innovative', 实有数_专精特新: 'baseline_srdi', 实有数_小巨人: 'baseline_little_giant',
  新增数_创新型: 'increase_innovative', 新增数_专精特新: 'increase_srdi', 新增数_小巨人: 'increase_little_giant',
  目标数_创新型: 'target_innovative', 目标数_专精特新: 'target_srdi', 目标数_小巨人: 'target_little_giant',
  忽略规则: 'suppress',
};

export const SCHEMAS = {
  plan: planSchema,
  counties: countySchema,
  targets: targetSchema,
  'annual-targets': annualTargetSchema,
  enterprises: enterpriseFileSchema,
  recognitions: recognitionSchema,
  indicators: indicatorsSchema,
  pools: poolSchema,
} satisfies Record<FileKind, z.ZodObject>;
