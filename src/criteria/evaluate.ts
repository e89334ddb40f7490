/**
 * Small evaluators every ruleset is built from: a threshold, a flag, any-of (routes) and all-of
 * composites, and the verdict. Missing data makes a criterion unknown with the missing field names —
 * never a silent pass or fail.
 */
import { gte, lte } from './bands.js';
import { type Fact, unique, uniqueSources } from './facts.js';
import { fmtAgainst, fmtFlag, fmtRequired, fmtUnit, round2 } from './format.js';
import { type CriterionId, label } from './labels.js';
import type { TierId } from '../model/types.js';
import type { AssessInput, CriterionResult, MissingField, Outcome, RulesetId, Score, Shortfall, Text, TierAssessment, Unit, Verdict } from './types.js';

export interface Base {
  id: CriterionId;
  group?: string;
  severity?: 'advisory';
  note?: Text;
}

type Extra = Partial<Omit<CriterionResult, 'id' | 'label' | 'outcome' | 'group'>>;

export function result(base: Base, outcome: Outcome, extra: Extra = {}): CriterionResult {
  // Built by assignment: a rest-destructuring and five spreads per criterion were a hot spot of `check`.
  const out: CriterionResult = { id: base.id, label: label(base.id), outcome, missing: [], sources: [] };
  if (base.group !== undefined) out.group = base.group;
  if (base.severity !== undefined) out.severity = base.severity;
  if (base.note !== undefined) out.note = base.note;
  Object.assign(out, extra);
  out.missing = outcome === 'unknown' && extra.missing !== undefined ? unique(extra.missing) : [];
  out.sources = extra.sources !== undefined ? uniqueSources(extra.sources) : [];
  return out;
}

export interface ThresholdOpts {
  fact: Fact<number>;
  op: '>=' | '<=';
  limit: number;
  unit: Unit;
  year?: number;
  /** A shortfall that says what closes it; the default states the gap in the criterion's unit. */
  shortfall?: (value: number) => Shortfall;
}

export function threshold(base: Base, o: ThresholdOpts): CriterionResult {
  const extra: Extra = { required: fmtRequired(o.op, o.limit, o.unit) };
  if (o.year !== undefined) extra.year = o.year;
  extra.sources = o.fact.sources;
  if (o.fact.value === undefined) {
    extra.missing = o.fact.missing;
    return result(base, 'unknown', extra);
  }
  const value = o.fact.value;
  const ok = o.op === '>=' ? gte(value, o.limit) : lte(value, o.limit);
  extra.actual = fmtAgainst(value, o.limit, o.unit);
  if (ok) return result(base, 'pass', extra);
  extra.shortfall = o.shortfall?.(value) ?? gapShortfall(base.id, value, o);
  return result(base, 'fail', extra);
}

function gapShortfall(id: CriterionId, value: number, o: ThresholdOpts): Shortfall {
  const amount = round2(Math.abs(o.limit - value));
  const name = label(id);
  const [vs, cmp] = [fmtAgainst(value, o.limit, o.unit, 'en'), o.op === '>=' ? '<' : '>'];
  const vz = fmtAgainst(value, o.limit, o.unit, 'zh');
  // A gap between percentages is in percentage points.
  const unit: Unit = o.unit === '%' ? 'pp' : o.unit;
  const gap = { en: fmtUnit(amount, unit, 'en'), zh: fmtUnit(amount, unit, 'zh') };
  return {
    amount,
    unit,
    text: {
      en: `${name.en}: ${vs} ${cmp} ${fmtUnit(o.limit, o.unit, 'en')} — ${gap.en} ${o.op === '>=' ? 'short' : 'over'}`,
      zh: `${name.zh} ${vz} ${cmp} ${fmtUnit(o.limit, o.unit, 'zh')}，${o.op === '>=' ? '差' : '超出'} ${gap.zh}`,
    },
  };
}

/**
 * A yes/no criterion: passes when the stated value equals `want`. `actual` says whether the label
 * holds (✓/✗), so "not on the 经营异常名录" shows ✓ for abnormal_operation: false.
 */
export function flag(base: Base, fact: Fact<boolean>, want: boolean, failText?: Text): CriterionResult {
  const required = fmtFlag(true);
  if (fact.value === undefined) return result(base, 'unknown', { required, missing: fact.missing, sources: fact.sources });
  const actual = fmtFlag(fact.value === want);
  if (fact.value === want) return result(base, 'pass', { required, actual, sources: fact.sources });
  return result(base, 'fail', {
    required,
    actual,
    sources: fact.sources,
    ...(failText !== undefined && { note: failText }),
  });
}

/** Routes: passes when one child passes; fails when all fail; otherwise unknown (never fail). */
export function anyOf(base: Base, children: CriterionResult[], extra: Extra = {}): CriterionResult {
  const passing = children.find((c) => c.outcome === 'pass');
  if (passing) {
    return result(base, 'pass', {
      actual: passing.id,
      note: { zh: `经“${passing.label.zh}”满足`, en: `met via “${passing.label.en}”` },
      ...extra,
      sources: passing.sources,
      combine: 'any-of',
      children,
    });
  }
  const open = children.filter((c) => c.outcome === 'unknown');
  const outcome: Outcome = open.length > 0 ? 'unknown' : 'fail';
  const shortfall = children.find((c) => c.shortfall !== undefined)?.shortfall;
  return result(base, outcome, {
    ...(shortfall !== undefined && outcome === 'fail' && { shortfall }),
    ...extra,
    missing: open.flatMap((c) => c.missing),
    combine: 'any-of',
    children,
  });
}

/** All of: fails when one child fails; unknown when none fails but one is unknown. */
export function allOf(base: Base, children: CriterionResult[], extra: Extra = {}): CriterionResult {
  const failing = children.filter((c) => c.outcome === 'fail');
  const open = children.filter((c) => c.outcome === 'unknown');
  const outcome: Outcome = failing.length > 0 ? 'fail' : open.length > 0 ? 'unknown' : 'pass';
  const shortfall = failing.find((c) => c.shortfall !== undefined)?.shortfall;
  return result(base, outcome, {
    ...(shortfall !== undefined && { shortfall }),
    ...extra,
    missing: open.flatMap((c) => c.missing),
    sources: children.flatMap((c) => c.sources),
    combine: 'all-of',
    children,
  });
}

const required = (c: CriterionResult): boolean => c.severity !== 'advisory';

/** not-ready if a required criterion fails (nothing can rescue it); insufficient-data if one is unknown. */
export function verdictOf(criteria: readonly CriterionResult[]): Verdict {
  const decisive = criteria.filter(required);
  if (decisive.some((c) => c.outcome === 'fail')) return 'not-ready';
  if (decisive.some((c) => c.outcome === 'unknown')) return 'insufficient-data';
  return 'ready';
}

/**
 * Fields whose absence keeps required criteria open, counted per open leaf criterion they would
 * decide (a field listed by three open criteria decides 3), most-blocking first, then by name.
 */
export function missingFieldsOf(criteria: readonly CriterionResult[]): MissingField[] {
  const counts = new Map<string, number>();
  const visit = (c: CriterionResult): void => {
    if (c.outcome !== 'unknown') return;
    if (c.children && c.children.length > 0) {
      c.children.forEach(visit);
      return;
    }
    for (const field of unique(c.missing)) counts.set(field, (counts.get(field) ?? 0) + 1);
  };
  criteria.filter(required).forEach(visit);
  return [...counts]
    .map(([field, decides]) => ({ field, decides }))
    .sort((a, b) => b.decides - a.decides || (a.field < b.field ? -1 : a.field > b.field ? 1 : 0));
}

/** Every node of a criteria tree, parents before children (for --compare and the roadmap). */
export function flatten(criteria: readonly CriterionResult[]): CriterionResult[] {
  return criteria.flatMap((c) => [c, ...flatten(c.children ?? [])]);
}

export interface AssembleOpts {
  tier: TierId;
  ruleset: RulesetId;
  provisional: boolean;
  criteria: CriterionResult[];
  score?: Score;
  notes?: Text[];
  input: AssessInput;
}

export function assemble(o: AssembleOpts): TierAssessment {
  const missingFields = missingFieldsOf(o.criteria);
  const notes = o.notes ?? [];
  const { asOf, lastYear } = o.input;
  const { tier, ruleset, provisional, criteria, score } = o;
  const verdict = verdictOf(criteria);
  return score !== undefined
    ? { tier, ruleset, provisional, verdict, criteria, score, missingFields, notes, asOf, lastYear }
    : { tier, ruleset, provisional, verdict, criteria, missingFields, notes, asOf, lastYear };
}
