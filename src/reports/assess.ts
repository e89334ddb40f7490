/**
 * `hh-srdi assess` (SPEC §3), pure: the readiness of one enterprise for its target tier under a
 * ruleset, with its 施工路线图, and `--compare` of two rulesets. No I/O; reporters format the result.
 */
import { currentTier, nextTier, rulesets } from '../criteria/index.js';
import { flatten } from '../criteria/evaluate.js';
import { GROUP_LABELS } from '../criteria/labels.js';
import type { AssessConfig, AssessInput, CriterionResult, Lang, Outcome, RulesetId, Text, TierAssessment, Verdict } from '../criteria/types.js';
import type { DatasetIndex } from '../model/dataset-index.js';
import { TIER_NAMES } from '../model/tiers.js';
import type { Enterprise, IsoDate, PoolEntry, TierId } from '../model/types.js';
import { type Roadmap, VERDICT_TEXT, buildRoadmap, renderRoadmap } from './roadmap.js';

export interface AssessOptions {
  asOf: IsoDate;
  ruleset: RulesetId;
  /** Target tier; default: the pool entry's planned tier, its pool tier, else the next tier up. */
  tier?: TierId;
  poolEntry?: PoolEntry;
  config?: AssessConfig;
}

export interface EnterpriseAssessment {
  creditCode: string;
  name: string;
  /** County code on the assessment date (county history aware). */
  county?: string;
  currentTier?: TierId;
  targetTier: TierId;
  assessment: TierAssessment;
  roadmap: Roadmap;
}

export function assessInput(index: DatasetIndex, enterprise: Enterprise, asOf: IsoDate, config?: AssessConfig): AssessInput {
  return {
    enterprise,
    recognitions: index.recognitionsOf(enterprise.creditCode),
    indicators: index.indicatorsOf(enterprise.creditCode),
    asOf,
    lastYear: Number(asOf.slice(0, 4)) - 1,
    ...(config !== undefined && { config }),
  };
}

/** A little giant with nothing above it is assessed for its own tier (复核). */
export function targetTierFor(current: TierId | undefined, opts: { tier?: TierId; poolEntry?: PoolEntry }): TierId {
  return opts.tier ?? opts.poolEntry?.plannedTier ?? opts.poolEntry?.tier ?? nextTier(current) ?? current ?? 'innovative';
}

export interface TierReadiness {
  currentTier?: TierId;
  targetTier: TierId;
  assessment: TierAssessment;
}

/**
 * The target tier and its assessment alone — no county, no roadmap: all a caller that needs only the
 * verdict or the missing fields pays for (`check` runs it for every pool member).
 */
export function assessTier(index: DatasetIndex, enterprise: Enterprise, opts: AssessOptions): TierReadiness {
  const input = assessInput(index, enterprise, opts.asOf, opts.config);
  const current = currentTier(input.recognitions, opts.asOf);
  const targetTier = targetTierFor(current, opts);
  const assessment = rulesets[opts.ruleset].evaluate(input, targetTier);
  return { ...(current !== undefined && { currentTier: current }), targetTier, assessment };
}

export function assessEnterprise(index: DatasetIndex, enterprise: Enterprise, opts: AssessOptions): EnterpriseAssessment {
  const { currentTier: current, targetTier, assessment } = assessTier(index, enterprise, opts);
  const county = index.countyOn(enterprise, opts.asOf) ?? enterprise.county;
  return {
    creditCode: enterprise.creditCode,
    name: enterprise.name,
    ...(county !== undefined && { county }),
    ...(current !== undefined && { currentTier: current }),
    targetTier,
    assessment,
    roadmap: buildRoadmap(assessment, opts.poolEntry !== undefined ? { poolEntry: opts.poolEntry } : {}),
  };
}

export interface CriterionChange {
  id: string;
  label: Text;
  /** Outcome under the first ruleset; undefined when it has no such criterion. */
  before?: Outcome;
  after?: Outcome;
  requiredBefore?: string;
  requiredAfter?: string;
}

export interface RulesetComparison {
  creditCode: string;
  name: string;
  targetTier: TierId;
  verdicts: { ruleset: RulesetId; provisional: boolean; verdict: Verdict }[];
  /** Criteria added, dropped, or with another outcome or threshold, in the first ruleset's order. */
  changes: CriterionChange[];
  /** The two assessments compared (county, current tier, the full criteria trees). */
  assessments: [EnterpriseAssessment, EnterpriseAssessment];
}

export function compareRulesets(
  index: DatasetIndex,
  enterprise: Enterprise,
  opts: Omit<AssessOptions, 'ruleset'> & { rulesets: readonly [RulesetId, RulesetId] },
): RulesetComparison {
  const a = assessEnterprise(index, enterprise, { ...opts, ruleset: opts.rulesets[0] });
  const b = assessEnterprise(index, enterprise, { ...opts, ruleset: opts.rulesets[1] });
  const before = new Map(flatten(a.assessment.criteria).map((c) => [c.id, c]));
  const after = new Map(flatten(b.assessment.criteria).map((c) => [c.id, c]));
  const changes: CriterionChange[] = [];
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    const x = before.get(id);
    const y = after.get(id);
    if (x !== undefined && y !== undefined && x.outcome === y.outcome && x.required === y.required) continue;
    const label = (x ?? y)?.label ?? { zh: id, en: id };
    changes.push({
      id,
      label,
      ...(x !== undefined && { before: x.outcome }),
      ...(y !== undefined && { after: y.outcome }),
      ...(x?.required !== undefined && { requiredBefore: x.required }),
      ...(y?.required !== undefined && { requiredAfter: y.required }),
    });
  }
  return {
    creditCode: enterprise.creditCode,
    name: enterprise.name,
    targetTier: a.targetTier,
    verdicts: [a, b].map((r) => ({ ruleset: r.assessment.ruleset, provisional: r.assessment.provisional, verdict: r.assessment.verdict })),
    changes,
    assessments: [a, b],
  };
}

const OUTCOME_MARK: Record<Outcome, string> = { pass: '✓', fail: '✗', unknown: '?' };

/** Children of a passing route are listed without their gaps: nothing needs closing there. */
function criterionLines(c: CriterionResult, lang: Lang, indent: string, quiet = false): string[] {
  const group = c.group !== undefined && GROUP_LABELS[c.group] !== undefined ? `[${GROUP_LABELS[c.group][lang]}] ` : '';
  const value = c.actual !== undefined ? ` ${c.actual}` : '';
  const req = c.required !== undefined ? ` (${lang === 'zh' ? '要求' : 'required'} ${c.required})` : '';
  const tail = c.outcome === 'unknown' && c.missing.length > 0 ? ` — ${lang === 'zh' ? '缺少' : 'missing'} ${c.missing.join(', ')}` : '';
  const advisory = c.severity === 'advisory' ? (lang === 'zh' ? '（建议项）' : ' (advisory)') : '';
  const head = `${indent}${OUTCOME_MARK[c.outcome]} ${group}${c.label[lang]}${advisory}${value}${req}${tail}`;
  const lines = [head];
  if (!quiet && c.shortfall && c.children === undefined) lines.push(`${indent}    ${c.shortfall.text[lang]}`);
  if (!quiet && c.note && c.outcome !== 'pass') lines.push(`${indent}    ${c.note[lang]}`);
  const hush = quiet || (c.combine === 'any-of' && c.outcome === 'pass');
  for (const child of c.children ?? []) lines.push(...criterionLines(child, lang, `${indent}  `, hush));
  return lines;
}

/** One enterprise's assessment as plain text (criteria, score, missing data, roadmap). */
export function renderAssessment(e: EnterpriseAssessment, lang: Lang): string {
  const zh = lang === 'zh';
  const tier = (t: TierId): string => (zh ? TIER_NAMES[t].short : TIER_NAMES[t].en);
  const a = e.assessment;
  const lines = [
    `${e.name} ${e.creditCode}${e.county !== undefined ? ` · ${e.county}` : ''}`,
    `${zh ? '现有层级' : 'current tier'}: ${e.currentTier !== undefined ? tier(e.currentTier) : '—'} → ${zh ? '目标' : 'target'}: ${tier(e.targetTier)} · ${a.ruleset}${a.provisional ? (zh ? '（暂行）' : ' (provisional)') : ''} · ${VERDICT_TEXT[a.verdict][lang]}`,
    ...a.criteria.flatMap((c) => criterionLines(c, lang, '  ')),
  ];
  if (a.score) {
    const s = a.score;
    const total = s.total !== undefined ? String(s.total) : `${s.range[0]}–${s.range[1]}`;
    const basis = s.basis === 'input' && s.input ? ` (${s.input.field} = ${s.input.value})` : '';
    lines.push(`${zh ? '评价得分' : 'score'}: ${total} / ${s.max} (≥ ${s.pass})${basis}`);
    for (const section of s.sections) {
      const pts = section.points !== undefined ? String(section.points) : `${section.range[0]}–${section.range[1]}`;
      lines.push(`  ${section.label[lang]} ${pts} / ${section.max}${section.min !== undefined ? ` (≥ ${section.min})` : ''}`);
    }
  }
  if (a.missingFields.length > 0) {
    lines.push(`${zh ? '缺少数据（按影响排序）' : 'missing data (most blocking first)'}: ${a.missingFields.map((m) => `${m.field} (${m.decides})`).join(', ')}`);
  }
  lines.push('', renderRoadmap(e.roadmap, lang));
  return lines.join('\n');
}
