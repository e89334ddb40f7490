/**
 * A points score as a criterion. Unknown items leave a range open, so a score is decided as soon as
 * the range is: pass when its lowest possible total (and every section's lowest) reaches the bar,
 * fail when even its highest cannot. For srdi this is exactly DOMAIN.md's rule — the 85 computed
 * points pass alone at ≥ 60, fail when +15 (特色化) < 60, and otherwise need the 特色化 input.
 */
import { type Base, result } from './evaluate.js';
import { unique } from './facts.js';
import { fmtNum } from './format.js';
import type { CriterionResult, Outcome, Provenance, Score, ScoreSection, Text } from './types.js';

export function assembleScore(sections: ScoreSection[], pass: number): Score {
  const lo = sections.reduce((s, x) => s + x.range[0], 0);
  const hi = sections.reduce((s, x) => s + x.range[1], 0);
  return {
    max: sections.reduce((s, x) => s + x.max, 0),
    pass,
    ...(lo === hi && { total: lo }),
    range: [lo, hi],
    sections,
    basis: 'computed',
  };
}

interface Deficit {
  label: Text;
  have: number;
  need: number;
}

function deficits(score: Score): Deficit[] {
  const out: Deficit[] = [];
  if (score.range[1] < score.pass) out.push({ label: { zh: '评价总分', en: 'score' }, have: score.range[1], need: score.pass });
  for (const s of score.sections) if (s.min !== undefined && s.range[1] < s.min) out.push({ label: s.label, have: s.range[1], need: s.min });
  return out;
}

function outcomeOf(score: Score): Outcome {
  if (deficits(score).length > 0) return 'fail';
  const sectionsMet = score.sections.every((s) => s.min === undefined || s.range[0] >= s.min);
  return score.range[0] >= score.pass && sectionsMet ? 'pass' : 'unknown';
}

const rangeText = (lo: number, hi: number): string => (lo === hi ? fmtNum(lo) : `${fmtNum(lo)}–${fmtNum(hi)}`);

function requiredText(score: Score): string {
  const mins = score.sections.filter((s) => s.min !== undefined).map((s) => `${s.label.zh} ≥ ${s.min}`);
  return `≥ ${score.pass} 分${mins.length > 0 ? ` (${mins.join(', ')})` : ''}`;
}

/** The score criterion, from the computed sections (or a given score that overrides them). */
export function scoreCriterion(base: Base, score: Score): CriterionResult {
  const required = requiredText(score);
  if (score.basis === 'input' && score.input !== undefined) {
    const { value, field, year } = score.input;
    const note = score.note ?? { zh: `采用输入的 ${field}`, en: `the given ${field} is used` };
    const sources = [{ field, year }];
    if (value >= score.pass) return result(base, 'pass', { required, actual: value, note, sources });
    const amount = score.pass - value;
    const text = {
      en: `score ${fmtNum(value)} (${field}) < ${score.pass} — ${fmtNum(amount)} points short`,
      zh: `得分 ${fmtNum(value)}（${field}）< ${score.pass} — 差 ${fmtNum(amount)} 分`,
    };
    return result(base, 'fail', { required, actual: value, note, sources, shortfall: { amount, unit: '分', text } });
  }
  const outcome = outcomeOf(score);
  const actual = rangeText(score.range[0], score.range[1]);
  const sources: Provenance[] = [];
  const missing: string[] = [];
  for (const s of score.sections) {
    for (const i of s.items) {
      sources.push(...i.sources);
      missing.push(...i.missing);
    }
  }
  const extra = { required, actual, sources, ...(score.note !== undefined && { note: score.note }) };
  if (outcome === 'unknown') return result(base, outcome, { ...extra, missing: unique(missing) });
  if (outcome === 'pass') return result(base, outcome, extra);
  const gaps = deficits(score);
  const amount = Math.max(...gaps.map((d) => d.need - d.have));
  const prefix = score.range[0] === score.range[1] ? '' : '≤ ';
  const text = {
    en: gaps.map((d) => `${d.label.en} ${prefix}${fmtNum(d.have)} < ${d.need}`).join('; ') + ` — ${fmtNum(amount)} points short`,
    zh: gaps.map((d) => `${d.label.zh} ${prefix}${fmtNum(d.have)} < ${d.need}`).join('；') + ` — 差 ${fmtNum(amount)} 分`,
  };
  return result(base, 'fail', { ...extra, shortfall: { amount, unit: '分', text } });
}
