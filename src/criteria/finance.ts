/**
 * Financial criteria shared by the rulesets. Each states its shortfall in money where money closes it
 * ("add 72 万元 of R&D"), and two-year criteria say which year fails.
 */
import { gte } from './bands.js';
import { type Base, result, threshold } from './evaluate.js';
import { type Facts, type NumField, pct } from './facts.js';
import { ceil2, fmtAgainst, fmtNum, fmtUnit, round2 } from './format.js';
import type { CriterionResult, Provenance, Shortfall, Text } from './types.js';

interface YearCheck {
  year: number;
  ok: boolean | undefined;
  actual?: string;
  /** Money that closes this year's gap (万元) and the text saying so. */
  amount?: number;
  text?: Text;
  missing: string[];
  sources: Provenance[];
}

const yearsLabel = (years: readonly number[]): string => (years.length > 1 ? ` (${years.join(', ')})` : '');

/** A criterion tested in each of `years`: fails if any year fails (naming it), unknown if any is open. */
function eachYear(base: Base, required: string, checks: YearCheck[]): CriterionResult {
  const multi = checks.length > 1;
  const actual = checks.map((c) => (multi ? `${c.year}: ${c.actual ?? '?'}` : (c.actual ?? '?'))).join('; ');
  const sources = checks.flatMap((c) => c.sources);
  const failing = checks.filter((c) => c.ok === false);
  const last = failing.at(-1);
  if (last !== undefined) {
    const texts = failing.map((c) => ({
      en: `${multi ? `${c.year}: ` : ''}${c.text?.en ?? ''}`,
      zh: `${multi ? `${c.year} 年：` : ''}${c.text?.zh ?? ''}`,
    }));
    const shortfall: Shortfall = {
      amount: last.amount ?? 0,
      unit: '万元',
      text: { en: texts.map((t) => t.en).join('; '), zh: texts.map((t) => t.zh).join('；') },
    };
    return result(base, 'fail', { required, actual, year: last.year, shortfall, sources });
  }
  const open = checks.filter((c) => c.ok === undefined);
  if (open.length > 0) return result(base, 'unknown', { required, actual, missing: open.flatMap((c) => c.missing), sources });
  return result(base, 'pass', { required, actual, year: checks.at(-1)?.year, sources });
}

/** R&D ≥ limit % of revenue in each of `years`; the gap is the R&D to add at that year's revenue. */
export function rdRatio(f: Facts, base: Base, limit: number, years: readonly number[]): CriterionResult {
  const checks = years.map((year): YearCheck => {
    const rd = f.num('rd_expense', year);
    const rev = f.num('revenue', year);
    const sources = [...rd.sources, ...rev.sources];
    const missing = [...rd.missing, ...rev.missing];
    const ratio = rd.value !== undefined && rev.value !== undefined ? pct(rd.value, rev.value) : undefined;
    if (ratio === undefined || rd.value === undefined || rev.value === undefined) return { year, ok: undefined, missing, sources };
    const actual = fmtAgainst(ratio, limit, '%');
    if (gte(ratio, limit)) return { year, ok: true, actual, missing, sources };
    const amount = ceil2((limit * rev.value) / 100 - rd.value);
    const [r, a] = [fmtUnit(rev.value, '万元'), fmtUnit(amount, '万元')];
    return {
      year, ok: false, actual, amount, missing, sources,
      text: {
        en: `R&D ${actual} of ${r} revenue < ${fmtNum(limit)}% — add ${a} of R&D`,
        zh: `研发费用占比 ${actual}（营业收入 ${r}）< ${fmtNum(limit)}% — 需增加研发费用 ${a}`,
      },
    };
  });
  return eachYear(base, `≥ ${fmtNum(limit)}%${yearsLabel(years)}`, checks);
}

/** R&D ≥ limit 万元 in each of `years`. */
export function rdAmount(f: Facts, base: Base, limit: number, years: readonly number[]): CriterionResult {
  const checks = years.map((year): YearCheck => {
    const rd = f.num('rd_expense', year);
    if (rd.value === undefined) return { year, ok: undefined, missing: rd.missing, sources: [] };
    const actual = fmtAgainst(rd.value, limit, '万元');
    if (gte(rd.value, limit)) return { year, ok: true, actual, missing: [], sources: rd.sources };
    const amount = ceil2(limit - rd.value);
    const a = fmtUnit(amount, '万元');
    return {
      year, ok: false, actual, amount, missing: [], sources: rd.sources,
      text: {
        en: `R&D ${actual} < ${fmtUnit(limit, '万元')} — add ${a} of R&D`,
        zh: `研发费用 ${actual} < ${fmtUnit(limit, '万元')} — 需增加研发费用 ${a}`,
      },
    };
  });
  return eachYear(base, `≥ ${fmtUnit(limit, '万元')}${yearsLabel(years)}`, checks);
}

export interface SumText {
  /** What is summed, e.g. { en: 'equity financing', zh: '股权融资' }. */
  noun: Text;
  /** What closes the gap, e.g. { en: 'raise', zh: '需新增股权融资' }. */
  verb: Text;
}

/** Σ field over `years` ≥ limit 万元. A known partial sum that already reaches the limit passes. */
export function sumAtLeast(f: Facts, base: Base, field: NumField, years: readonly number[], limit: number, words: SumText): CriterionResult {
  const { total, missing, sources } = f.sum(field, years);
  const span = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : String(years[0]);
  const required = `≥ ${fmtUnit(limit, '万元')} (${span})`;
  const actual = fmtAgainst(total, limit, '万元');
  if (gte(total, limit)) return result(base, 'pass', { required, actual, sources });
  if (missing.length > 0) return result(base, 'unknown', { required, actual: `≥ ${actual}`, missing, sources });
  const amount = ceil2(limit - total);
  const a = fmtUnit(amount, '万元');
  return result(base, 'fail', {
    required, actual, sources, year: years[years.length - 1],
    shortfall: {
      amount,
      unit: '万元',
      text: {
        en: `${words.noun.en} ${span} ${actual} < ${fmtUnit(limit, '万元')} — ${words.verb.en} ${a}`,
        zh: `${span} 年${words.noun.zh} ${actual} < ${fmtUnit(limit, '万元')} — ${words.verb.zh} ${a}`,
      },
    },
  });
}

export const EQUITY_WORDS: SumText = { noun: { en: 'equity financing', zh: '股权融资' }, verb: { en: 'raise', zh: '需新增股权融资' } };
export const RD_WORDS: SumText = { noun: { en: 'R&D', zh: '研发费用' }, verb: { en: 'add R&D of', zh: '需增加研发费用' } };

/** The last `n` fiscal years ending in `last`, oldest first. */
export function lastYears(last: number, n: number): number[] {
  const years: number[] = [];
  for (let year = last - n + 1; year <= last; year++) years.push(year);
  return years;
}

/** Main revenue ≥ limit % of revenue; closing it takes (r·R − M) / (1 − r) more main-business revenue. */
export function mainShare(f: Facts, base: Base, limit: number): CriterionResult {
  const year = f.lastYear;
  const main = f.num('main_revenue', year);
  const rev = f.num('revenue', year);
  return threshold(base, {
    fact: f.ratio('main_revenue', 'revenue', year), op: '>=', limit, unit: '%', year,
    shortfall: (share) => {
      const r = limit / 100;
      const grow = ceil2(((r * (rev.value ?? 0)) - (main.value ?? 0)) / (1 - r));
      const [s, rv, g, pp] = [fmtAgainst(share, limit, '%'), fmtUnit(rev.value ?? 0, '万元'), fmtUnit(grow, '万元'), fmtNum(round2(limit - share))];
      return {
        amount: round2(limit - share),
        unit: 'pp',
        text: {
          en: `main revenue ${s} of ${rv} revenue < ${fmtNum(limit)}% — ${pp} pp short; grow main-business revenue by ${g} (other revenue unchanged)`,
          zh: `主营业务收入占比 ${s}（营业收入 ${rv}）< ${fmtNum(limit)}% — 差 ${pp} 个百分点，需主营业务收入增加 ${g}（其他收入不变）`,
        },
      };
    },
  });
}

/** Debt ratio ≤ limit % at last year-end; closing it: repay (L − r·A)/(1 − r) from assets, or add L/r − A equity. */
export function debtRatio(f: Facts, base: Base, limit: number): CriterionResult {
  const year = f.lastYear;
  const liab = f.num('total_liabilities', year);
  const assets = f.num('total_assets', year);
  return threshold(base, {
    fact: f.ratio('total_liabilities', 'total_assets', year), op: '<=', limit, unit: '%', year,
    shortfall: (ratio) => {
      const [r, l, a] = [limit / 100, liab.value ?? 0, assets.value ?? 0];
      const repay = fmtUnit(ceil2((l - r * a) / (1 - r)), '万元');
      const equity = fmtUnit(ceil2(l / r - a), '万元');
      const [d, pp] = [fmtAgainst(ratio, limit, '%'), fmtNum(round2(ratio - limit))];
      return {
        amount: round2(ratio - limit),
        unit: 'pp',
        text: {
          en: `debt ratio ${d} > ${fmtNum(limit)}% — ${pp} pp over; repay ${repay} of liabilities or add ${equity} of equity`,
          zh: `资产负债率 ${d} > ${fmtNum(limit)}% — 超出 ${pp} 个百分点，需偿还负债 ${repay}或增加所有者权益 ${equity}`,
        },
      };
    },
  });
}

/** 2-year average main-revenue growth (mean of rates by default, CAGR by config) ≥ limit %. */
export function mainGrowth(f: Facts, base: Base, limit: number): CriterionResult {
  const method = f.config.srdiGrowthAverage ?? 'mean-of-rates';
  return threshold(base, { fact: f.averageGrowth('main_revenue', f.lastYear, method), op: '>=', limit, unit: '%', year: f.lastYear });
}

/** R&D staff ≥ limit % of employees; closing it: hire (r·E − S)/(1 − r) more R&D staff. */
export function rdStaffShare(f: Facts, base: Base, limit: number): CriterionResult {
  const year = f.lastYear;
  const staff = f.num('rd_staff', year);
  const emp = f.num('employees', year);
  return threshold(base, {
    fact: f.ratio('rd_staff', 'employees', year), op: '>=', limit, unit: '%', year,
    shortfall: (share) => {
      const r = limit / 100;
      const hire = Math.ceil(((r * (emp.value ?? 0)) - (staff.value ?? 0)) / (1 - r) - 1e-9);
      const s = fmtAgainst(share, limit, '%');
      return {
        amount: hire,
        unit: '人',
        text: {
          en: `R&D staff ${s} of ${fmtNum(emp.value ?? 0)} employees < ${fmtNum(limit)}% — hire ${hire} more R&D staff`,
          zh: `研发人员占比 ${s}（职工 ${fmtNum(emp.value ?? 0)} 人）< ${fmtNum(limit)}% — 需增加研发人员 ${hire} 人`,
        },
      };
    },
  });
}
