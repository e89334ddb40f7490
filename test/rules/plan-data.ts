/** Shared inputs of the plan and recognition rule tests: the official Attachment 2 and plan. */
import { readFileSync } from 'node:fs';
import { enterpriseYaml } from '../helpers.js';

export const TARGETS_CSV = readFileSync(new URL('../fixtures/plan/targets.csv', import.meta.url), 'utf8');
export const PLAN_YAML = readFileSync(new URL('../fixtures/plan/plan.yaml', import.meta.url), 'utf8');

/** Attachment 2 with one cell changed: `county`'s row, 0-based column after the name. */
export function targetsWith(county: string, column: number, value: number): string {
  return TARGETS_CSV.split('\n')
    .map((line) => {
      const cells = line.split(',');
      if (cells[0] !== county) return line;
      cells[column + 1] = String(value);
      return cells.join(',');
    })
    .join('\n');
}

export const CODE = '91532503MA7P3Q8L26';

/** An enterprise in 蒙自 with the given recognitions (YAML flow mappings, one per line). */
export function withRecognitions(...recognitions: string[]): Record<string, string> {
  const list = recognitions.map((r) => `  - { ${r} }`).join('\n');
  return { 'enterprises/e.yaml': enterpriseYaml({ credit_code: CODE, name: '示例企业（示例）', county: '蒙自市' }, `recognitions:\n${list}\n`) };
}
