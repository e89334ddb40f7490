import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../../src/load/folder.js';
import { canonicalKey } from '../../src/load/records.js';
import { ALIASES } from '../../src/model/schemas.js';
import { loadMemory, plainDataset } from '../helpers.js';

const CODE = '91530000216586610Q';
const ENTERPRISE_YAML = `credit_code: ${CODE}\nname: 甲（示例）\ncounty: 蒙自\n`;

/** One file kind written with English headers and with Chinese headers; the rows are identical. */
const CASES: [string, string, string, string][] = [
  [
    'enterprises.csv',
    'credit_code,name,county,industry,niche_since,main_product,focus_area,chain_role',
    '统一社会信用代码,企业名称,县市,行业代码,进入细分市场年份,主导产品,重点领域,产业链作用',
    `${CODE},红河示例精密部件有限公司（示例）,蒙自市,C3484,2016,有色金属精密铸件,六基/关键基础材料,补短板`,
  ],
  [
    'recognitions.csv',
    'credit_code,tier,level,recognized_on,expires_on,kind,revoked_on,batch,document,note',
    '统一社会信用代码,层级,级别,认定日期,有效期至,类型,撤销日期,批次,文号,备注',
    `${CODE},专精特新,省级,2024-11-08,2027-11-07,复核,2026-03-01,云南省2024年第二批,云工信企业〔2024〕1号,示例`,
  ],
  [
    'indicators.csv',
    'credit_code,year,revenue,main_revenue,rd_expense,total_assets,total_liabilities,net_profit,employees,rd_staff,invention_patents,class1_ip,class2_ip,market_share_pct,equity_financing,digital_systems,digital_level,certifications,standards,own_brand,rd_institution,high_tech_enterprise,audit_filed,abnormal_operation,serious_dishonest,major_incident,source,reported_on',
    '统一社会信用代码,年度,营业收入,主营业务收入,研发费用,资产总额,负债总额,净利润,从业人员,研发人员,发明专利,Ⅰ类知识产权,Ⅱ类知识产权,市场占有率,股权融资,信息系统,数字化水平,认证,标准,自主品牌,研发机构,高新技术企业,审计报告报备,经营异常,严重失信,重大事故,数据来源,填报日期',
    `${CODE},2024,"12,000",11000,420,20000,9000,900,260,41,5,5,3,12.5%,500,ERP;MES,2,ISO9001,1,是,省级,是,是,否,否,否,审计报告,2025-04-30`,
  ],
  [
    'pools/2026.csv',
    'credit_code,name,tier,county,filed_on,willing,planned_tier,planned_apply,measures,status,owner',
    '统一社会信用代码,企业名称,种子库层级,备案县市,备案日期,申报意愿,拟培育层级,拟申报时间,完善措施,状态,服务员',
    `${CODE},甲（示例）,专精特新,蒙自,2026-01-10,是,小巨人,2026-06,补齐研发费用归集,培育中,张三`,
  ],
  ['annual-targets.csv', 'year,county,tier,increase', '年度,县市,层级,新增数', '2025,蒙自市,创新型,12'],
  [
    'targets.csv',
    'county,baseline_innovative,baseline_srdi,baseline_little_giant,increase_innovative,increase_srdi,increase_little_giant,target_innovative,target_srdi,target_little_giant',
    '县市,实有数_创新型,实有数_专精特新,实有数_小巨人,新增数_创新型,新增数_专精特新,新增数_小巨人,目标数_创新型,目标数_专精特新,目标数_小巨人',
    '蒙自市,10,5,1,20,10,2,30,15,3',
  ],
];

/** The dataset without record origins: the values differ in length, so their columns do too. */
function withoutOrigins(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutOrigins);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'origin').map(([k, v]) => [k, withoutOrigins(v)]));
}

const load = (file: string, header: string, row: string): Promise<LoadResult> =>
  loadMemory(file === 'enterprises.csv' ? { [file]: `${header}\n${row}\n` } : { 'enterprises/e.yaml': ENTERPRISE_YAML, [file]: `${header}\n${row}\n` });

describe('Chinese and English headers', () => {
  it.each(CASES)('%s loads the same dataset, origins included, from either header', async (file, english, chinese, row) => {
    const en = await load(file, english, row);
    const zh = await load(file, chinese, row);
    expect(en.drafts).toEqual([]);
    expect(zh.drafts).toEqual([]);
    expect(plainDataset(zh.data)).toEqual(plainDataset(en.data));
  });

  it('counties.csv: 行政区划代码,名称,简称,别名,旧代码 ≡ code,name,short_name,aliases,old_codes', async () => {
    const row = '532503,蒙自市,蒙自,文澜;蒙自县,532522';
    const en = await loadMemory({ 'counties.csv': `code,name,short_name,aliases,old_codes\n${row}\n` }, { withCounties: false });
    const zh = await loadMemory({ 'counties.csv': `行政区划代码,名称,简称,别名,旧代码\n${row}\n` }, { withCounties: false });
    expect(zh.drafts).toEqual([]);
    expect(plainDataset(zh.data)).toEqual(plainDataset(en.data));
    expect(zh.data.counties.map((c) => [c.code, c.name, c.shortName, c.aliases, c.oldCodes])).toEqual([['532503', '蒙自市', '蒙自', ['文澜', '蒙自县'], ['532522']]]);
  });

  it('Chinese YAML keys are the same fields as English ones', async () => {
    const zh = await loadMemory({ 'enterprises/e.yaml': `统一社会信用代码: ${CODE}\n企业名称: 甲（示例）\n县市: 蒙自\n主导产品: 铸件\n` });
    const en = await loadMemory({ 'enterprises/e.yaml': `credit_code: ${CODE}\nname: 甲（示例）\ncounty: 蒙自\nmain_product: 铸件\n` });
    expect(zh.drafts).toEqual([]);
    expect(zh.data.enterprises.map((e) => [e.creditCode, e.name, e.county, e.main_product])).toEqual(en.data.enterprises.map((e) => [e.creditCode, e.name, e.county, e.main_product]));
  });

  it('Chinese values are the same as the ids (tiers, levels, yes/no, statuses)', async () => {
    const recognitions = (rows: string) => loadMemory({ 'enterprises/e.yaml': ENTERPRISE_YAML, 'recognitions.csv': `credit_code,tier,level,recognized_on,kind\n${rows}\n` });
    const zh = await recognitions(`${CODE},专精特新中小企业,省级,2024-11-08,复核\n${CODE},专精特新“小巨人”企业,国家级,2025-07-01,新认定`);
    const en = await recognitions(`${CODE},srdi,provincial,2024-11-08,renewal\n${CODE},little-giant,national,2025-07-01,new`);
    expect(zh.drafts).toEqual([]);
    expect(withoutOrigins(zh.data)).toEqual(withoutOrigins(en.data));
  });

  it('parses the Chinese-header indicators row into normalised numbers and lists', async () => {
    const [, , chinese, row] = CASES[2];
    const { data } = await load('indicators.csv', chinese, row);
    expect(data.indicators).toHaveLength(1);
    expect(data.indicators[0]).toMatchObject({
      creditCode: CODE, year: 2024, revenue: 12000, main_revenue: 11000, rd_expense: 420, employees: 260, class1_ip: 5, class2_ip: 3, market_share_pct: 12.5,
      digital_systems: ['ERP', 'MES'], certifications: ['ISO9001'], own_brand: true, rd_institution: 'provincial', high_tech_enterprise: true,
      abnormal_operation: false, source: 'audit', reported_on: '2025-04-30',
    });
  });

  it.each(Object.entries(ALIASES))('the alias %s is read as %s', (alias, field) => {
    expect(canonicalKey(alias)).toBe(field);
    expect(canonicalKey(` ${alias} `)).toBe(field);
  });
});
