/**
 * Measures for the 施工路线图 (N task 10: 明确企业指标短板、完善措施、拟培育层级、拟申报时间), drawn
 * from the notice's own tasks (附件1 rows 3–6, 11, 12, 15) so that each suggestion cites its source.
 */
import type { CriterionId } from './labels.js';
import type { Text } from './types.js';

export interface Measure {
  id: MeasureId;
  text: Text;
  /** Where the measure comes from: "N task 5" = 附件1 row 5 of 红政办发〔2025〕30号. */
  source: string;
}

const m = (source: string, zh: string, en: string): Omit<Measure, 'id'> => ({ source, text: { zh, en } });

const CATALOGUE = {
  data: m('N §四', '在工业和信息化部“优质中小企业梯度培育平台”补报、更新缺失数据', 'file the missing figures on the MIIT 优质中小企业梯度培育平台'),
  sme: m('工信部联企业〔2011〕300号', '核实企业规模（从业人员、营业收入），仅中小企业可申报', 'check the enterprise size (staff, revenue): only SMEs may apply'),
  compliance: m('N task 6', '建立健全安全生产责任制，做好产品质量控制和质量改进，落实环境影响评价和排污许可监管要求，诚信纳税；已完成处罚和整改的，由有关部门出具凭证', 'set up work-safety responsibility, quality control, environmental impact assessment and discharge permits, and pay taxes honestly; once penalties and rectification are complete, obtain the department’s certificate'),
  delisting: m('N task 6', '按要求完成整改后，申请移出“经营异常名录”“严重失信主体名单”', 'complete the rectification and apply for removal from the 经营异常名录 / 严重失信主体名单'),
  ladder: m('N §二', '先取得下一层级认定（创新型 → 专精特新 → 小巨人）', 'obtain the lower tier first (innovative → SRDI → little giant)'),
  niche: m('N task 3', '坚持专业化发展道路，深耕产业链某一环节或某一产品；细分市场年限随时间满足，据此安排申报年度', 'stay specialised in one link or product of the chain; niche years accrue with time, so plan the application year by them'),
  specialisation: m('N task 3', '稳健生产经营，力争主营业务收入年增长率高于5%、占营业收入总额比重高于70%', 'grow the main business: main-revenue growth above 5% a year and above 70% of revenue'),
  debt: m('N task 3', '稳健经营，资产负债率控制在70%以内', 'keep the debt ratio within 70%'),
  'rd-investment': m('N task 4, 14', '加大研发投入（营业收入1亿元以上研发费用占比3%以上，5000万元—1亿元6%以上），落实研发费用加计扣除', 'raise R&D (≥ 3% of revenue above 1亿, ≥ 6% at 5000万–1亿) and claim the R&D super-deduction'),
  'rd-institution': m('N task 4', '自建或与高等院校、科研院所联合建立研发机构（技术研究院、企业技术中心、企业工程中心、院士专家工作站、博士后工作站等）', 'set up an R&D institution, alone or jointly with universities and research institutes (technology centre, engineering centre, academician or postdoctoral workstation)'),
  patents: m('N task 5, 11', '申报、受让发明专利等Ⅰ类知识产权，利用专利预审通道加快授权', 'file or acquire (受让) invention patents and other Ⅰ类 IP; use the patent pre-examination channel (专利预审通道)'),
  certification: m('N task 5', '获取质量、环境、职业安全等管理体系认证，申请发达国家和地区产品认证（UL、CSA、ETL、GS等）', 'obtain quality, environmental and occupational-safety management-system certification, and developed-country product certification (UL, CSA, ETL, GS…)'),
  standards: m('N task 5', '建立完善标准体系，主持或参与国际、国家和行业标准制修订', 'build a standards system; lead or join international, national and industry standard-setting'),
  brand: m('N task 5', '申请商标，打造直接面向市场并具有竞争优势的自主品牌', 'register trademarks and build an own brand that competes directly in the market'),
  digital: m('N task 3', '“一企一策”提升数字化水平：研发设计（CAX）、生产制造（CAM）、经营管理（ERP/OA）、运维服务（CRM）、供应链管理（SRM）等至少1项核心业务采用信息系统支撑', 'digitalise at least one core business: design (CAX), production (CAM), management (ERP/OA), service (CRM) or supply chain (SRM)'),
  'market-share': m('N task 3', '依托省级专家服务团队深入分析细分市场、论证市场占有率，加大产品推广力度，力争全国细分市场占有率超过10%', 'with the provincial expert service team, analyse the niche market and substantiate the share; promote the product towards a national share above 10%'),
  audit: m('N task 3', '规范财务审计，通过财政部注册会计师行业统一监管平台报备审计报告', 'have the accounts audited and file the audit report on the MOF CPA-industry supervision platform (财政部注册会计师行业统一监管平台)'),
  'makers-china': m('N task 3', '组织参加“创客中国”云南省中小企业创新创业大赛', 'enter the 创客中国 Yunnan SME innovation and entrepreneurship contest'),
  awards: m('N task 4', '承担国家重大科技项目、国家级技术创新类项目，申报国家级科技奖励', 'take on national S&T and technology-innovation projects and apply for national S&T awards'),
  chain: m('N task 4', '在产业链关键领域实现“补短板”“锻长板”“填空白”：卡位入链为知名大企业配套、对标国外龙头实现国产替代、在细分领域实现关键技术首创', 'become a key link of a chain (补短板/锻长板/填空白): supply a well-known leader, substitute imports, pioneer a key technology'),
  focus: m('N §二', '聚焦工业“六基”、制造强国十大重点产业、网络强国建设三个培育重点领域', 'focus the main product on 工业六基, the ten key manufacturing industries or 网络强国'),
  financing: m('N task 15', '参加“政银企”融资对接活动，争取云南省先进制造业股权投资母基金支持', 'join bank–enterprise financing matchmaking and apply to the Yunnan advanced-manufacturing equity fund'),
  talent: m('N task 12', '加强人才培引：科技副总、专家人才产业服务团、“兴滇英才支持计划”、“银龄工程师”', 'recruit R&D talent: 科技副总, expert service teams, the 兴滇英才 programme, 银龄工程师'),
  'dev-score': m('工信厅企业〔2024〕75号', '在优质中小企业梯度培育平台完善企业信息，提升发展评价得分', 'complete the enterprise profile on the MIIT platform to raise the development score'),
  quality: m('N task 10', '借助管理诊断、质量诊断服务提升质量管理水平', 'use management and quality diagnosis services to improve quality management'),
};

export type MeasureId = keyof typeof CATALOGUE;

export function measure(id: MeasureId): Measure {
  return { id, ...CATALOGUE[id] };
}

const SCORE: MeasureId[] = ['rd-investment', 'patents', 'digital', 'certification', 'standards', 'brand', 'quality'];

/** Which measures close which criterion; `satisfies` makes a new criterion id fail to compile without one. */
export const CRITERION_MEASURES = {
  sme: ['sme'],
  'compliance.abnormal-operation': ['delisting'],
  'compliance.serious-dishonest': ['delisting'],
  'compliance.major-incident': ['compliance'],
  'prerequisite.innovative': ['ladder'],
  'prerequisite.srdi': ['ladder'],
  'niche-years': ['niche'],
  revenue: ['specialisation', 'financing'],
  'revenue.amount': ['specialisation'],
  'revenue.equity': ['financing'],
  'main-share': ['specialisation'],
  'main-growth': ['specialisation', 'market-share'],
  'revenue-cagr': ['specialisation', 'market-share'],
  'debt-ratio': ['debt', 'financing'],
  'rd-amount': ['rd-investment'],
  'rd-ratio': ['rd-investment'],
  'rd-total': ['rd-investment'],
  'rd-intensity': ['rd-investment'],
  'rd-intensity.equity': ['financing'],
  'rd-intensity.rd-total': ['rd-investment'],
  'rd-intensity.rd-staff': ['talent'],
  'rd-institution': ['rd-institution'],
  'class1-ip': ['patents'],
  ip: ['patents'],
  'waiver.award': ['awards'],
  'waiver.rd-institution': ['rd-institution'],
  digital: ['digital'],
  certification: ['certification'],
  'market-position': ['market-share'],
  'market-share': ['market-share'],
  'market-rank': ['market-share'],
  'own-brand': ['brand'],
  innovation: ['rd-investment', 'rd-institution', 'patents', 'awards', 'makers-china'],
  'innovation.general': ['rd-investment', 'rd-institution', 'patents'],
  'innovation.direct': ['awards', 'makers-china'],
  'chain-role': ['chain'],
  'focus-area': ['focus'],
  'audit-filed': ['audit'],
  'dev-score': ['dev-score'],
  route: SCORE,
  'route.award': ['awards'],
  'route.honour': ['rd-investment', 'patents'],
  'route.rd-institution': ['rd-institution'],
  'route.equity': ['financing'],
  'route.rd-average': ['rd-investment'],
  'route.makers-china': ['makers-china'],
  'route.score': SCORE,
} satisfies Record<CriterionId, MeasureId[]>;

const BY_CRITERION = new Map<string, MeasureId[]>(Object.entries(CRITERION_MEASURES));

export function measuresFor(criterionId: string): Measure[] {
  return (BY_CRITERION.get(criterionId) ?? []).map(measure);
}

/** Score items (ids in Score.sections[].items) → the measures that raise them. */
export const SCORE_ITEM_MEASURES: Record<string, MeasureId[]> = {
  ip: ['patents'],
  'rd-ratio': ['rd-investment'],
  rd: ['rd-investment'],
  growth: ['specialisation', 'market-share'],
  debt: ['debt'],
  field: ['focus', 'chain'],
  'main-share': ['specialisation'],
  niche: ['niche'],
  digital: ['digital'],
  quality: ['certification', 'standards', 'brand', 'quality'],
  'net-margin': ['specialisation'],
  'rd-staff': ['talent'],
  institution: ['rd-institution'],
  tese: ['data'],
};
