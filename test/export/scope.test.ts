/** Which of check's errors stop an export (pure: diagnostics + data + the export's scope). */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import type { Diagnostic } from '../../src/diagnostics.js';
import { poolsExport } from '../../src/export/pools.js';
import { blockingErrors } from '../../src/export/scope.js';
import { buildIndex } from '../../src/model/dataset-index.js';
import { loadMemory } from '../helpers.js';

const ENTERPRISES = {
  'enterprises/91532503MA6KEX0A14.yaml': 'credit_code: 91532503MA6KEX0A14\nname: 甲（示例）\ncounty: 蒙自市\n',
  'enterprises/91532501MA6KEX0A3D.yaml': 'credit_code: 91532501MA6KEX0A3D\nname: 乙（示例）\ncounty: 个旧市\nrecognitions:\n  - { tier: innovative, recognized_on: 2024-13-01 }\n',
};
const POOLS = 'credit_code,tier,county,filed_on,willing\n91532503MA6KEX0A14,innovative,蒙自市,2026-01-10,true\n';

async function blocking(files: Record<string, string>, year = 2026): Promise<Diagnostic[]> {
  const load = await loadMemory(files);
  const index = buildIndex(load.data);
  const { scope } = poolsExport(load.data, index, { year, lang: 'zh' });
  // pool-size as an error, whatever its default: it is about totals and never blocks.
  const { diagnostics } = check(load, { asOf: '2026-11-28', lang: 'en', severities: { 'pool-size': 'error' } });
  return blockingErrors(diagnostics, load.data, scope);
}

const ids = (list: Diagnostic[]): [string, string, number][] => list.map((d) => [d.ruleId, d.file, d.line]);

describe('blockingErrors', () => {
  it('nothing blocks a clean pool filing, not even an undersized pool', async () => {
    expect(await blocking({ ...ENTERPRISES, 'pools/2026.csv': POOLS })).toEqual([]);
  });

  it('an error on an exported row blocks; one on another year’s row does not', async () => {
    const row = '91532503MA6KEX0A9U,innovative,蒙自市,2026-01-10,true\n';
    expect(ids(await blocking({ ...ENTERPRISES, 'pools/2026.csv': POOLS + row }))).toEqual([['unknown-enterprise', 'pools/2026.csv', 3]]);
    expect(await blocking({ ...ENTERPRISES, 'pools/2026.csv': POOLS, 'pools/2025.csv': POOLS.split('\n')[0] + '\n' + row })).toEqual([]);
  });

  it('a withdrawn row is not exported, so its errors do not block', async () => {
    const row = '91532503MA6KEX0A9U,innovative,蒙自市,2026-01-10,true,withdrawn\n';
    const pools = POOLS.replace('willing\n', 'willing,status\n').replace('true\n', 'true,in-pool\n') + row;
    expect(await blocking({ ...ENTERPRISES, 'pools/2026.csv': pools })).toEqual([]);
  });

  it('a broken recognition of an enterprise the filing names blocks (its current tier is shown); of another one it does not', async () => {
    const named = POOLS + '91532501MA6KEX0A3D,innovative,个旧市,2026-01-12,true\n';
    expect(ids(await blocking({ ...ENTERPRISES, 'pools/2026.csv': named }))).toEqual([['schema', 'enterprises/91532501MA6KEX0A3D.yaml', 5]]);
    expect(await blocking({ ...ENTERPRISES, 'pools/2026.csv': POOLS })).toEqual([]);
  });

  it('an unparseable row of the pool file blocks: it may be an entry the filing misses', async () => {
    // No tier: the row is dropped, so no record claims its line.
    const broken = `${POOLS}91532501MA6KEX0A3D,,个旧市,2026-01-12,true\n`;
    expect(ids(await blocking({ ...ENTERPRISES, 'pools/2026.csv': broken })).map(([id, , line]) => [id, line])).toEqual([['schema', 3]]);
  });
});
