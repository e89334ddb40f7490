/** Worked examples, one full (fictional, 示例) enterprise per tier, shared by the report tests. */
import type { PoolEntry } from '../../src/model/types.js';
import { CLEAN, LAST, ORIGIN, type InputOpts, recognition, row, strongRows } from './builders.js';

/** 建水: no recognition yet; score 55 with 创新能力 10 < 20 and no direct route → innovative not ready. */
export const INNOVATIVE_EXAMPLE: InputOpts = {
  enterprise: { name: '建水示例陶瓷科技有限公司（示例）', county: '532524', countyRaw: '建水县', niche_since: 2019 },
  rows: [
    row(LAST - 2, { equity_financing: 0 }),
    row(LAST - 1, { revenue: 2600, main_revenue: 2100, equity_financing: 0 }),
    row(LAST, {
      revenue: 3000, main_revenue: 2400, rd_expense: 45, total_assets: 4000, total_liabilities: 2600, employees: 85,
      class1_ip: 0, class2_ip: 3, strategic_emerging: false, high_tech_enterprise: false, honours: [], awards: [],
      rd_institution: 'none', equity_financing: 0, source: 'statistics', reported_on: '2026-03-15', ...CLEAN,
    }),
  ],
};

/** 个旧: valid innovative; every condition met, score 55–70 → the 特色化 input decides. */
export const SRDI_EXAMPLE: InputOpts = {
  enterprise: { name: '个旧示例锡材料有限公司（示例）', county: '532501', countyRaw: '个旧市', niche_since: 2019, chain_role: '填空白', focus_area: '新材料' },
  recognitions: [recognition('innovative', '2024-05-10')],
  rows: [
    row(LAST - 2, { main_revenue: 5200, equity_financing: 0 }),
    row(LAST - 1, { revenue: 6000, main_revenue: 5500, rd_expense: 260, equity_financing: 0 }),
    row(LAST, {
      revenue: 6500, main_revenue: 6000, rd_expense: 290, net_profit: 420, total_assets: 9000, total_liabilities: 4900,
      employees: 140, rd_staff: 16, class1_ip: 3, class1_ip_own: 2, class1_ip_high_value: 0, class2_ip: 8, digital_level: 2,
      certifications: ['ISO9001'], own_brand: true, standards: 0, quality_award: 'none', rd_institution: 'city', awards: [],
      equity_financing: 0, source: 'audit', reported_on: '2026-04-28', ...CLEAN,
    }),
  ],
};

export const SRDI_POOL_ENTRY: PoolEntry = {
  year: 2026, creditCode: '91532503MA7P3Q8L26', tier: 'srdi', countyRaw: '个旧市', county: '532501', plannedApply: '2026-09', origin: ORIGIN,
};

/** 蒙自: valid srdi; revenue 8,000 万元 puts 新(a) at ≥ 6% — 2025 falls short; debt 73% > 70%. */
export const LITTLE_GIANT_EXAMPLE: InputOpts = {
  enterprise: { name: '蒙自示例精密部件有限公司（示例）', niche_since: 2016, chain_role: '补短板', focus_area: '六基/关键基础材料' },
  recognitions: [recognition('innovative', '2023-06-20'), recognition('srdi', '2024-11-08')],
  rows: strongRows(
    { revenue: 8000, main_revenue: 7200, rd_expense: 420, total_liabilities: 14600, audit_filed: false },
    { revenue: 7500, main_revenue: 6600, rd_expense: 465 },
    { main_revenue: 6000 },
  ),
};
