import { describe, expect, it } from 'vitest';
import { strongRows } from '../criteria/builders.js';
import { buildIndex } from '../../src/model/dataset-index.js';
import { gaps } from '../../src/reports/gaps.js';
import { diagnose, findings, loadMemory } from '../helpers.js';
import { code, enterprise, PLAN_YAML, POOL } from './pool-data.js';

const A = code(1);
const ASOF = '2026-11-28';
const FILED = '2026-01-10';
const LG_PROFILE = 'niche_since: 2016\nchain_role: 补短板\nfocus_area: 六基/关键基础材料';

/** The fiscal 2023–2025 rows of a strong manufacturer (every little-giant criterion met), as YAML flow maps. */
function indicators(last: Record<string, unknown> = {}): string[] {
  return strongRows(last).map(({ creditCode: _c, origin: _o, ...r }) => JSON.stringify(r).slice(1, -1));
}

interface Case {
  tier?: string;
  recognitions?: readonly string[];
  indicators?: readonly string[];
  filedOn?: string;
  willing?: string;
  status?: string;
  profile?: boolean;
}

function files(c: Case): Record<string, string> {
  const opts = { recognitions: c.recognitions ?? [], indicators: c.indicators ?? [], ...(c.profile !== false && { extra: LG_PROFILE }) };
  return {
    'plan.yaml': PLAN_YAML,
    'enterprises/a.yaml': enterprise(A, opts),
    [POOL]: `credit_code,tier,county,filed_on,willing,status\n${A},${c.tier ?? 'srdi'},蒙自市,${c.filedOn ?? FILED},${c.willing ?? 'true'},${c.status ?? 'in-pool'}\n`,
  };
}

const INNOVATIVE = 'tier: innovative, recognized_on: 2024-06-01';
const SRDI = 'tier: srdi, recognized_on: 2024-11-08';
/** A little-giant candidate: valid srdi, willing, 2 invention patents in 2025 — but the criteria fail (debt 90%). */
const LG = { tier: 'little-giant', recognitions: [INNOVATIVE, SRDI], indicators: indicators({ invention_patents: 2, total_liabilities: 18000 }) };

const codes = async (c: Case, asOf = ASOF) => (await diagnose(files(c), { asOf })).filter((d) => d.ruleId === 'pool-eligibility').map((d) => [d.code, d.line, d.column]);

describe('pool-eligibility (N 附件1 任务2, on the filing date)', () => {
  it.each<[string, Case]>([
    ['innovative pool: no entry condition', { tier: 'innovative' }],
    ['srdi pool: valid innovative', { recognitions: [INNOVATIVE] }],
    ['srdi pool: innovative recognised on the filing date', { recognitions: [`tier: innovative, recognized_on: ${FILED}`] }],
    ['srdi pool: the innovative recognition’s last valid day is the filing date', { recognitions: ['tier: innovative, recognized_on: 2023-01-11'] }],
    ['srdi pool: a valid srdi (higher; pool-already-holds says so)', { recognitions: [SRDI] }],
    ['srdi pool: no filed_on, innovative valid on --as-of', { recognitions: ['tier: innovative, recognized_on: 2026-06-01'], filedOn: '' }],
    ['srdi pool: a withdrawn (退库) entry is not judged', { status: 'withdrawn' }],
    ['little-giant pool: valid srdi, willing, exactly 2 invention patents', LG],
    ['little-giant pool: 1 invention patent but the little-giant criteria met', { ...LG, indicators: indicators({ invention_patents: 1 }) }],
    ['little-giant pool: patents unknown but the criteria met', { ...LG, indicators: indicators({ invention_patents: undefined }) }],
  ])('passes %s', async (_name, c) => {
    expect(await findings(files(c), 'pool-eligibility', { asOf: ASOF })).toEqual([]);
  });

  it.each<[string, Case, [string, number][]]>([
    ['srdi pool: no recognition at all', {}, [['prerequisite', 1]]],
    ['srdi pool: innovative expired before filing (the sample’s case)', { recognitions: ['tier: innovative, recognized_on: 2022-08-12'] }, [['prerequisite', 1]]],
    ['srdi pool: innovative recognised the day after filing', { recognitions: ['tier: innovative, recognized_on: 2026-01-11'] }, [['prerequisite', 1]]],
    ['srdi pool: innovative revoked before filing', { recognitions: ['tier: innovative, recognized_on: 2024-06-01, revoked_on: 2025-12-01'] }, [['prerequisite', 1]]],
    ['srdi pool: no filed_on, innovative expired by --as-of', { recognitions: ['tier: innovative, recognized_on: 2023-06-01'], filedOn: '' }, [['prerequisite', 1]]],
    ['little-giant pool: srdi recognised the day after filing', { ...LG, recognitions: [INNOVATIVE, 'tier: srdi, recognized_on: 2026-01-11'] }, [['prerequisite', 1]]],
    ['little-giant pool: valid innovative only', { ...LG, recognitions: [INNOVATIVE] }, [['prerequisite', 1]]],
    ['little-giant pool: not willing', { ...LG, willing: 'false' }, [['unwilling', 48]]],
    ['little-giant pool: willingness not recorded', { ...LG, willing: '' }, [['willing-unknown', 1]]],
    ['little-giant pool: 1 invention patent, criteria not met', { ...LG, indicators: indicators({ invention_patents: 1, total_liabilities: 18000 }) }, [['patents', 1]]],
    ['little-giant pool: patents unknown, criteria not met', { ...LG, indicators: indicators({ invention_patents: undefined, total_liabilities: 18000 }) }, [['patents', 1]]],
    ['little-giant pool: every condition failing at once', { ...LG, recognitions: [], willing: 'false', indicators: [] }, [['prerequisite', 1], ['patents', 1], ['unwilling', 48]]],
  ])('fails %s', async (_name, c, expected) => {
    expect(await codes(c)).toEqual(expected.map(([k, col]) => [`pool-eligibility.${k}`, 2, col]));
  });

  it('judges a recognition starting a day later by the filing date, not by --as-of', async () => {
    const c: Case = { recognitions: ['tier: innovative, recognized_on: 2026-01-11'] };
    const [d] = (await diagnose(files(c), { asOf: ASOF })).filter((x) => x.ruleId === 'pool-eligibility');
    expect(d?.severity).toBe('error');
    expect(d?.message).toBe('srdi pool member holds no valid innovative recognition on 2026-01-10 (filing date); its recognition starts only on 2026-01-11');
    expect(await findings(files({ ...c, filedOn: '2026-01-11' }), 'pool-eligibility', { asOf: ASOF })).toEqual([]);
  });

  it.each([
    ['en', { recognitions: ['tier: innovative, recognized_on: 2022-08-12'] }, 'srdi pool member holds no valid innovative recognition on 2026-01-10 (filing date); the last one ended on 2025-08-11'],
    ['zh', { recognitions: ['tier: innovative, recognized_on: 2022-08-12'] }, '专精特新种子库成员在 2026-01-10（备案日期）未持有有效的创新型认定；上一次认定已于 2025-08-11 失效'],
    ['en', { filedOn: '' }, 'srdi pool member holds no valid innovative recognition on 2026-11-28 (the as-of date; no filed_on)'],
    ['en', { ...LG, indicators: indicators({ invention_patents: 1, total_liabilities: 18000 }) },
      'little-giant pool member on 2026-01-10 (filing date): 1 invention patent (2025 indicators), fewer than 2, and the little-giant criteria are not met (miit-2022: not ready)'],
    ['zh', { ...LG, indicators: indicators({ invention_patents: 1, total_liabilities: 18000 }) },
      '小巨人种子库成员在 2026-01-10（备案日期）仅有发明专利 1 项（2025 年指标），不足 2 项，且不满足小巨人认定指标（miit-2022：暂不具备申报条件）'],
    ['en', { ...LG, indicators: [] },
      'little-giant pool member on 2026-01-10 (filing date): invention patents unknown (no indicators up to 2026), and the little-giant criteria are not met (miit-2022: insufficient data)'],
    ['en', { ...LG, willing: '' }, 'willingness not recorded for a little-giant pool member; N recommends willing enterprises only — fill in willing'],
    ['en', { ...LG, willing: 'false' }, 'little-giant pool member is not willing to apply (willing: false); N recommends willing enterprises only'],
  ] as const)('says why (%s)', async (lang, c, message) => {
    const list = (await diagnose(files(c), { asOf: ASOF, lang })).filter((x) => x.ruleId === 'pool-eligibility');
    expect(list.map((d) => d.message)).toEqual([message]);
  });

  it('counts in `gaps` exactly the members it reports (one computation), withdrawn ones left out', async () => {
    const B = code(2);
    const C = code(3);
    const f = {
      'plan.yaml': PLAN_YAML,
      'enterprises/a.yaml': enterprise(A, { recognitions: [INNOVATIVE] }),
      'enterprises/b.yaml': enterprise(B, { recognitions: ['tier: innovative, recognized_on: 2026-01-11'] }),
      'enterprises/c.yaml': enterprise(C),
      [POOL]: `credit_code,tier,county,filed_on,status\n${A},srdi,蒙自市,${FILED},in-pool\n${B},srdi,蒙自市,${FILED},in-pool\n${C},srdi,蒙自市,${FILED},withdrawn\n`,
    };
    expect(await findings(f, 'pool-eligibility', { asOf: ASOF })).toEqual([['pool-eligibility', POOL, 3]]);
    const { data } = await loadMemory(f);
    const row = gaps(data, buildIndex(data), ASOF).rows.find((r) => r.county === '532503' && r.tier === 'srdi');
    expect(row?.pool).toMatchObject({ filed: 2, ineligible: 1 });
  });
});
