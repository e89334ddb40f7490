/**
 * Intellectual property (DOMAIN.md): Ⅰ类 = invention patents (incl. defence patents), new plant and
 * crop varieties, national new drugs, first-class protected TCM varieties, IC layout designs; Ⅱ类 =
 * software copyrights, utility models, designs. Invention patents are Ⅰ类, so `invention_patents`
 * is a lower bound on `class1_ip` when the latter is not stated.
 */
import { type ItemEval, ladderItem } from './bands.js';
import { type Base, result } from './evaluate.js';
import type { Facts } from './facts.js';
import { fmtNum } from './format.js';
import type { CriterionResult, Provenance } from './types.js';

interface Class1 {
  /** Known count, or the lower bound invention patents give. */
  atLeast?: number;
  exact: boolean;
  missing: string[];
  sources: Provenance[];
}

function class1(f: Facts): Class1 {
  const stated = f.status('class1_ip');
  const inventions = f.status('invention_patents');
  const sources = [...stated.sources, ...inventions.sources];
  if (stated.value !== undefined) return { atLeast: Math.max(stated.value, inventions.value ?? 0), exact: true, missing: [], sources };
  return { ...(inventions.value !== undefined && { atLeast: inventions.value }), exact: false, missing: stated.missing, sources };
}

/** ≥ `min` Ⅰ类 IP tied to the main product. */
export function class1IpCriterion(f: Facts, base: Base, min: number): CriterionResult {
  const c = class1(f);
  const required = `≥ ${min} 项`;
  const have = c.atLeast ?? 0;
  const actual = c.atLeast === undefined ? undefined : `${c.exact ? '' : '≥ '}${fmtNum(have)} 项`;
  const common = { required, sources: c.sources, ...(actual !== undefined && { actual }) };
  if (have >= min) return result(base, 'pass', common);
  if (!c.exact) return result(base, 'unknown', { ...common, missing: c.missing });
  const amount = min - have;
  return result(base, 'fail', {
    ...common,
    shortfall: {
      amount,
      unit: '项',
      text: {
        en: `Ⅰ类 IP ${fmtNum(have)} < ${min} — obtain ${amount} more (file or acquire invention patents)`,
        zh: `Ⅰ类知识产权 ${fmtNum(have)} 项 < ${min} 项 — 需新增 ${amount} 项（申报或受让发明专利）`,
      },
    },
  });
}

/** The score ladder: Ⅰ类高价值 ≥1 → p[0]; own Ⅰ类 ≥1 → p[1]; Ⅰ类 ≥1 → p[2]; Ⅱ类 ≥1 → p[3]; none 0. */
export function ipLadder(f: Facts, points: readonly [number, number, number, number]): ItemEval {
  const c = class1(f);
  const none = c.exact && c.atLeast === 0;
  const atLeastOne = (field: 'class1_ip_high_value' | 'class1_ip_own' | 'class2_ip', name: string, p: number) => {
    const fact = f.status(field);
    const ok = fact.value !== undefined ? fact.value >= 1 : none && field !== 'class2_ip' ? false : undefined;
    return { ok, points: p, missing: fact.missing, sources: fact.sources, actual: `${name} ${fact.value ?? 0}` };
  };
  return ladderItem([
    atLeastOne('class1_ip_high_value', 'Ⅰ类高价值', points[0]),
    atLeastOne('class1_ip_own', '自主Ⅰ类', points[1]),
    {
      ok: c.atLeast !== undefined && c.atLeast >= 1 ? true : c.exact ? false : undefined,
      points: points[2],
      missing: c.missing,
      sources: c.sources,
      actual: `Ⅰ类 ${c.exact ? '' : '≥ '}${fmtNum(c.atLeast ?? 0)}`,
    },
    atLeastOne('class2_ip', 'Ⅱ类', points[3]),
  ]);
}
