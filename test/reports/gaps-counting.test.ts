import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/model/dataset-index.js';
import { countValid } from '../../src/reports/counting.js';
import { enterpriseYaml, loadMemory } from '../helpers.js';

const MENGZI = '91532503MA6K1A0B17';
const GEJIU = '91532501MA6K1A0B4K';

async function counts(files: Record<string, string>, date: string): Promise<Record<string, unknown>> {
  const { data } = await loadMemory(files);
  const tally = countValid(data, buildIndex(data), date);
  return { ...Object.fromEntries(tally.byCounty), unplaced: tally.unplaced };
}

const one = (recognitions: string[], county = '蒙自市', extra = '') => ({
  'enterprises/e.yaml': enterpriseYaml({ credit_code: MENGZI, name: '示例企业（示例）', county }, `${extra}recognitions:\n${recognitions.map((r) => `  - { ${r} }`).join('\n')}\n`),
});

const NONE = { innovative: 0, srdi: 0, 'little-giant': 0 };
const INNOVATIVE = { innovative: 1, srdi: 0, 'little-giant': 0 };

describe('counting valid recognitions per county × tier on a date', () => {
  it.each([
    ['the day before recognition', '2025-11-07', false],
    ['the recognition day', '2025-11-08', true],
    ['the last valid day, 2028-11-07', '2028-11-07', true],
    ['the first expired day, 2028-11-08', '2028-11-08', false],
  ])('recognised 2025-11-08: %s', async (_name, date, counted) => {
    expect(await counts(one(['tier: innovative, recognized_on: 2025-11-08']), date)).toEqual(
      counted ? { '532503': INNOVATIVE, unplaced: NONE } : { unplaced: NONE },
    );
  });

  it.each([
    ['the day before revocation', '2026-02-28', true],
    ['the revocation day', '2026-03-01', false],
  ])('revoked on 2026-03-01: %s', async (_name, date, counted) => {
    const files = one(['tier: innovative, recognized_on: 2025-11-08, revoked_on: 2026-03-01']);
    expect(await counts(files, date)).toEqual(counted ? { '532503': INNOVATIVE, unplaced: NONE } : { unplaced: NONE });
  });

  it.each([['2025-05-31'], ['2025-06-01'], ['2026-01-01'], ['2028-05-19']])('a renewal continues the recognition without counting twice (%s)', async (date) => {
    const files = one(['tier: innovative, recognized_on: 2022-06-01', 'tier: innovative, recognized_on: 2025-05-20, kind: renewal']);
    expect(await counts(files, date)).toEqual({ '532503': INNOVATIVE, unplaced: NONE });
  });

  it('ends with the renewal’s own validity', async () => {
    const files = one(['tier: innovative, recognized_on: 2022-06-01', 'tier: innovative, recognized_on: 2025-05-20, kind: renewal']);
    expect(await counts(files, '2028-05-20')).toEqual({ unplaced: NONE });
  });

  it('counts each tier independently (srdi alone is not innovative)', async () => {
    const files = one(['tier: innovative, recognized_on: 2020-01-01', 'tier: srdi, recognized_on: 2022-06-01', 'tier: little-giant, recognized_on: 2024-07-01']);
    expect(await counts(files, '2024-12-31')).toEqual({ '532503': { innovative: 0, srdi: 1, 'little-giant': 1 }, unplaced: NONE });
  });

  it.each([
    ['2025-06-30', '532503'],
    ['2025-07-01', '532501'],
    ['2024-12-31', '532503'],
  ])('counts an enterprise that moved in its county of the day (%s → %s)', async (date, county) => {
    const files = {
      'enterprises/e.yaml': enterpriseYaml(
        { credit_code: GEJIU, name: '个旧示例（示例）', county: '个旧市' },
        'previous_counties:\n  - { county: 蒙自, until: 2025-06-30 }\nrecognitions:\n  - { tier: srdi, recognized_on: 2024-08-01 }\n',
      ),
    };
    expect(await counts(files, date)).toEqual({ [county]: { innovative: 0, srdi: 1, 'little-giant': 0 }, unplaced: NONE });
  });

  it('keeps enterprises of an unknown county apart, and counts a credit code defined twice once', async () => {
    const files = {
      ...one(['tier: srdi, recognized_on: 2024-08-01'], '火星县'),
      'enterprises/f.yaml': enterpriseYaml({ credit_code: GEJIU, name: '甲（示例）', county: '个旧' }, 'recognitions:\n  - { tier: srdi, recognized_on: 2024-08-01 }\n'),
      'enterprises/g.yaml': enterpriseYaml({ credit_code: GEJIU, name: '甲（示例）', county: '个旧' }),
    };
    expect(await counts(files, '2025-01-01')).toEqual({ '532501': { innovative: 0, srdi: 1, 'little-giant': 0 }, unplaced: { innovative: 0, srdi: 1, 'little-giant': 0 } });
  });
});
