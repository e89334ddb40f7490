/**
 * The 施工路线图 (N task 10): for one enterprise and its target tier — the indicator shortfalls, the
 * measures that close them (from the notice's tasks 3–6, 11, 12, 15), and the planned application
 * time (from the pool entry's `planned_apply`, or suggested). Pure: assessment in, data and text out.
 */
import { GROUP_LABELS } from '../criteria/labels.js';
import { type Measure, SCORE_ITEM_MEASURES, measure, measuresFor } from '../criteria/measures.js';
import type { CriterionResult, Lang, MissingField, RulesetId, Score, Shortfall, Text, TierAssessment, Verdict } from '../criteria/types.js';
import { TIER_NAMES } from '../model/tiers.js';
import type { PoolEntry, TierId } from '../model/types.js';

export interface RoadmapItem {
  criterionId: string;
  label: Text;
  group?: string;
  outcome: 'fail' | 'unknown';
  /** Advisory criteria (N's guidance such as audit_filed) never block the verdict. */
  advisory: boolean;
  year?: number;
  shortfall?: Shortfall;
  /** Why a failing criterion without a numeric gap fails ("✗ (required ✓)"). */
  actual?: string | number;
  required?: string;
  missing: string[];
  measures: Measure[];
  /** For "any of" criteria: the routes that are still failing or open, each with its own gap. */
  alternatives?: RoadmapItem[];
}

export interface PlannedApply {
  /** `2026`, `2026-06`… as the pool entry writes it, or a suggested year. */
  value: string;
  source: 'pool' | 'suggested';
}

export interface Roadmap {
  targetTier: TierId;
  ruleset: RulesetId;
  provisional: boolean;
  verdict: Verdict;
  items: RoadmapItem[];
  /** Every measure of the items, once, in item order. */
  measures: Measure[];
  missingFields: MissingField[];
  plannedApply: PlannedApply;
  notes: Text[];
}

/**
 * Measures for a score: the items that lose the most points first — within the sections short of
 * their minimum when there are such, else across the score.
 */
function scoreMeasures(score: Score | undefined): Measure[] {
  if (score === undefined) return measuresFor('route.score');
  const short = score.sections.filter((s) => s.min !== undefined && s.range[1] < s.min);
  const items = (short.length > 0 ? short : score.sections).flatMap((s) => s.items).filter((i) => i.range[1] < i.max);
  const ids = items.sort((a, b) => b.max - b.range[1] - (a.max - a.range[1])).flatMap((i) => SCORE_ITEM_MEASURES[i.id] ?? []);
  return [...new Set(ids)].map(measure);
}

function itemsOf(c: CriterionResult, advisory: boolean, score: Score | undefined): RoadmapItem[] {
  if (c.outcome === 'pass') return [];
  const isAdvisory = advisory || c.severity === 'advisory';
  const recurse = (child: CriterionResult): RoadmapItem[] => itemsOf(child, isAdvisory, score);
  if (c.combine === 'all-of' && c.children) return c.children.flatMap(recurse);
  const alternatives = c.combine === 'any-of' && c.children ? c.children.flatMap(recurse) : undefined;
  const failing = c.id === 'route.score' ? scoreMeasures(score) : measuresFor(c.id);
  return [{
    criterionId: c.id,
    label: c.label,
    ...(c.group !== undefined && { group: c.group }),
    outcome: c.outcome,
    advisory: isAdvisory,
    ...(c.year !== undefined && { year: c.year }),
    ...(c.shortfall !== undefined && { shortfall: c.shortfall }),
    ...(c.actual !== undefined && { actual: c.actual }),
    ...(c.required !== undefined && { required: c.required }),
    missing: c.missing,
    // An open criterion first needs its data; a failing one the notice's measures; routes carry their own.
    measures: alternatives !== undefined ? [] : c.outcome === 'unknown' ? [measure('data')] : failing,
    ...(alternatives !== undefined && alternatives.length > 0 && { alternatives }),
  }];
}

/** Suggested year: now if ready (or only data is missing), else next year — later if niche years are short. */
function suggestYear(a: TierAssessment): number {
  const year = Number(a.asOf.slice(0, 4));
  if (a.verdict !== 'not-ready') return year;
  const niche = a.criteria.find((c) => c.id === 'niche-years' && c.outcome === 'fail');
  return Math.max(year + 1, year + (niche?.shortfall?.amount ?? 0));
}

export function buildRoadmap(a: TierAssessment, opts: { poolEntry?: PoolEntry } = {}): Roadmap {
  const items = a.criteria.flatMap((c) => itemsOf(c, false, a.score));
  const seen = new Set<string>();
  const measures: Measure[] = [];
  for (const m of items.flatMap((i) => [...i.measures, ...(i.alternatives ?? []).flatMap((x) => x.measures)])) {
    if (!seen.has(m.id)) {
      seen.add(m.id);
      measures.push(m);
    }
  }
  const planned = opts.poolEntry?.plannedApply;
  return {
    targetTier: a.tier,
    ruleset: a.ruleset,
    provisional: a.provisional,
    verdict: a.verdict,
    items,
    measures,
    missingFields: a.missingFields,
    plannedApply: planned !== undefined ? { value: planned, source: 'pool' } : { value: String(suggestYear(a)), source: 'suggested' },
    notes: a.notes,
  };
}

export const VERDICT_TEXT: Record<Verdict, Text> = {
  ready: { zh: '具备申报条件', en: 'ready' },
  'not-ready': { zh: '暂不具备申报条件', en: 'not ready' },
  'insufficient-data': { zh: '数据不足，无法判定', en: 'insufficient data' },
};

const MARK = { fail: '✗', unknown: '?' };

function gapText(i: RoadmapItem, lang: Lang): string {
  if (i.outcome === 'unknown') return lang === 'zh' ? `缺少数据：${i.missing.join('、') || '—'}` : `missing: ${i.missing.join(', ') || '—'}`;
  const req = i.required !== undefined ? (lang === 'zh' ? `（要求 ${i.required}）` : ` (required ${i.required})`) : '';
  return `${i.actual ?? '—'}${req}`;
}

function itemLines(i: RoadmapItem, lang: Lang, refs: Map<string, number>, indent: string): string[] {
  const group = i.group !== undefined && GROUP_LABELS[i.group] !== undefined ? `[${GROUP_LABELS[i.group][lang]}] ` : '';
  const advisory = i.advisory ? (lang === 'zh' ? '（建议项，不影响结论）' : ' (advisory, does not decide)') : '';
  const sep = lang === 'zh' ? '：' : ': ';
  const nums = i.measures.map((m) => refs.get(m.id)).filter((n) => n !== undefined).sort((a, b) => a - b);
  const see = nums.length > 0 ? (lang === 'zh' ? ` → 措施 ${nums.join('、')}` : ` → measures ${nums.join(', ')}`) : '';
  // A shortfall text names its own subject ("R&D 2.1% of 8,000 万元 revenue < 3% — add …"); routes list their own gaps.
  const what = i.alternatives !== undefined
    ? i.label[lang]
    : i.shortfall !== undefined ? i.shortfall.text[lang] : `${i.label[lang]}${sep}${gapText(i, lang)}`;
  const head = `${indent}${MARK[i.outcome]} ${group}${what}${advisory}${see}`;
  const alts = (i.alternatives ?? []).flatMap((x) => itemLines(x, lang, refs, `${indent}    ${lang === 'zh' ? '或 ' : 'or '}`));
  return [head, ...alts];
}

/** The roadmap as text, one language. */
export function renderRoadmap(r: Roadmap, lang: Lang): string {
  const zh = lang === 'zh';
  const tier = zh ? TIER_NAMES[r.targetTier].zh : TIER_NAMES[r.targetTier].en;
  const refs = new Map(r.measures.map((m, i) => [m.id, i + 1]));
  const lines = [
    `${zh ? '施工路线图' : 'Roadmap (施工路线图)'} · ${tier} · ${r.ruleset}${r.provisional ? (zh ? '（暂行）' : ' (provisional)') : ''}`,
    `${zh ? '结论：' : 'Verdict: '}${VERDICT_TEXT[r.verdict][lang]}`,
  ];
  if (r.items.length > 0) {
    lines.push(zh ? '指标短板：' : 'Shortfalls:');
    for (const item of r.items) lines.push(...itemLines(item, lang, refs, '  '));
  }
  if (r.measures.length > 0) {
    lines.push(zh ? '完善措施：' : 'Measures:');
    r.measures.forEach((m, i) => lines.push(`  ${i + 1}. ${m.text[lang]}${zh ? `（${m.source}）` : ` (${m.source})`}`));
  }
  const when = r.plannedApply.source === 'pool' ? (zh ? '（种子库填报）' : ' (from the pool entry)') : zh ? '（建议）' : ' (suggested)';
  lines.push(`${zh ? '拟申报时间：' : 'Planned application: '}${r.plannedApply.value}${when}`);
  for (const note of r.notes) lines.push(`${zh ? '注：' : 'Note: '}${note[lang]}`);
  return lines.join('\n');
}
