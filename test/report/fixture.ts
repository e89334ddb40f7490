/** A data folder for the report tests: the export fixture plus an enterprise whose name is markup. */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeCreditCode } from '../../src/model/credit-code.js';

export const AS_OF = '2026-11-28';
export const HOSTILE_NAME = '<script>alert(1)</script>个旧示例<img src=x onerror=alert(2)>有限公司';
export const HOSTILE_CODE = makeCreditCode('91532501MA6KEX0B1');

/** A fresh copy outside the repository (so it has no git revision unless a test makes one). */
export function reportFolder(): { root: string; data: string } {
  const root = mkdtempSync(join(tmpdir(), 'hh-srdi-report-'));
  const data = join(root, 'data');
  cpSync('test/fixtures/export/data', data, { recursive: true });
  writeFileSync(
    join(data, 'enterprises', `${HOSTILE_CODE}.yaml`),
    [
      `credit_code: ${HOSTILE_CODE}`,
      `name: ${JSON.stringify(HOSTILE_NAME)}`,
      'county: 个旧市',
      'recognitions:',
      '  - { tier: innovative, level: provincial, recognized_on: 2022-12-20 }',
      '  - { tier: srdi, level: provincial, recognized_on: 2023-12-20 }',
      '',
    ].join('\n'),
  );
  return { root, data };
}
