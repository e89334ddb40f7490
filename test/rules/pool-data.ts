/** Shared inputs of the seed-pool rule tests: tiny in-memory folders with a plan, targets and a pool. */
import { makeCreditCode } from '../../src/model/credit-code.js';
import { PLAN_YAML } from './plan-data.js';

export { PLAN_YAML };
export const POOL = 'pools/2026.csv';
export const POOL_HEADER = 'credit_code,tier,county,filed_on,willing,status';

/** A valid credit code of a 蒙自 (532503) enterprise, distinct per `n`. */
export const code = (n: number, division = '532503'): string => makeCreditCode(`91${division}MA${String(n).padStart(7, '0')}`);

/** `n` pool rows of `tier` filed by `county`, distinct enterprises numbered from `from`. */
export function rows(n: number, tier: string, county = '蒙自市', from = 1, division = '532503'): string[] {
  return Array.from({ length: n }, (_, i) => `${code(from + i, division)},${tier},${county},2026-01-10,true,in-pool`);
}

export function pool(...lines: string[]): string {
  return `${POOL_HEADER}\n${lines.join('\n')}\n`;
}

/** 蒙自市's explicit annual targets: `innovative` per year 2025/2026/2027, other tiers 0. */
export function annualTargets(innovative: [number, number, number], extra = ''): string {
  const [a, b, c] = innovative;
  return `year,county,tier,increase\n2025,蒙自市,innovative,${a}\n2026,蒙自市,innovative,${b}\n2027,蒙自市,innovative,${c}\n${extra}`;
}

/** One enterprise YAML: county 蒙自市 unless given, recognitions and indicators as flow mappings. */
export function enterprise(creditCode: string, opts: { county?: string; recognitions?: readonly string[]; indicators?: readonly string[]; extra?: string } = {}): string {
  const lines = [`credit_code: ${creditCode}`, 'name: 示例企业（示例）', `county: ${opts.county ?? '蒙自市'}`];
  if (opts.extra) lines.push(opts.extra);
  if (opts.recognitions?.length) lines.push('recognitions:', ...opts.recognitions.map((r) => `  - { ${r} }`));
  if (opts.indicators?.length) lines.push('indicators:', ...opts.indicators.map((r) => `  - { ${r} }`));
  return `${lines.join('\n')}\n`;
}
