/**
 * `assess --format csv | json`. CSV: one row per enterprise × criterion (parents before children,
 * then the score and its sections), headers and words in the run's language. JSON: version 1,
 * field names in English and texts in both languages whatever --lang is — documented in docs/assess.md.
 */
import { stringify } from 'csv-stringify/sync';
import type { CriterionResult, Lang, Outcome, Score } from '../criteria/types.js';
import type { PoolEntry } from '../model/types.js';
import {
  type AssessEntry, type AssessFormatOptions, type AssessReport, OUTCOME_WORD, countVerdicts, countyText, criterionName, gapText,
  provenanceText, rowsOf, rulesetText, tierCell, verdictText,
} from './assess-common.js';

const HEADERS: Record<Lang, string[]> = {
  en: [
    'county_code', 'county', 'credit_code', 'name', 'current_tier', 'target_tier', 'ruleset', 'verdict', 'criterion_id', 'parent_id',
    'criterion', 'outcome', 'actual', 'required', 'shortfall', 'shortfall_unit', 'gap', 'year', 'missing', 'data_source', 'planned_apply',
  ],
  zh: [
    '县市代码', '县市', '统一社会信用代码', '企业名称', '现有层级', '目标层级', '认定标准', '结论', '指标代码', '上级指标',
    '指标', '结果', '实际值', '要求', '差距', '差距单位', '差距说明', '年度', '缺少数据', '数据来源', '拟申报时间',
  ],
};

/** A leading = + @ TAB CR (or - before a non-number) makes a spreadsheet run the cell: quote it as text (OWASP). */
export function safeCell(value: string): string {
  return /^[=+@\t\r]|^-(?![\d.])/u.test(value) ? `'${value}` : value;
}

const cell = (v: string | number | undefined): string => (v === undefined ? '' : typeof v === 'number' ? String(v) : safeCell(v));

function scoreRows(score: Score, lang: Lang): { id: string; parent?: string; name: string; outcome: Outcome; actual: string; required: string }[] {
  const pts = (x: { range: [number, number] }): string => (x.range[0] === x.range[1] ? String(x.range[0]) : `${x.range[0]}–${x.range[1]}`);
  const outcome = (range: [number, number], min: number | undefined): Outcome =>
    min === undefined || range[0] >= min ? 'pass' : range[1] < min ? 'fail' : 'unknown';
  return [
    { id: 'score', name: lang === 'zh' ? '评价得分' : 'score', outcome: outcome(score.range, score.pass), actual: pts(score), required: `≥ ${score.pass} / ${score.max}` },
    ...score.sections.map((s) => ({
      id: `score.${s.id}`,
      parent: 'score',
      name: s.label[lang],
      outcome: outcome(s.range, s.min),
      actual: pts(s),
      required: `${s.min !== undefined ? `≥ ${s.min} ` : ''}/ ${s.max}`,
    })),
  ];
}

export function assessCsv(report: AssessReport, options: AssessFormatOptions): string {
  const { lang } = options;
  const out: string[][] = [HEADERS[lang]];
  for (const e of report.entries) {
    const r = e.result;
    const a = r.assessment;
    const lead = [r.county ?? '', countyText(e), r.creditCode, r.name, tierCell(r.currentTier, lang), tierCell(r.targetTier, lang), rulesetText(a.ruleset, a.provisional, lang), verdictText(a.verdict, lang)];
    const planned = r.roadmap.plannedApply.value;
    for (const row of rowsOf(a.criteria)) {
      const c = row.c;
      const sources = [...new Set(c.sources.map((p) => provenanceText(p, lang)))].join('; ');
      out.push([
        ...lead, c.id, row.parent ?? '', criterionName(c, lang), OUTCOME_WORD[lang][c.outcome], String(c.actual ?? ''), c.required ?? '',
        c.shortfall !== undefined ? String(c.shortfall.amount) : '', c.shortfall?.unit ?? '', gapText(row, lang), c.year !== undefined ? String(c.year) : '',
        c.missing.join('; '), sources, planned,
      ].map(cell));
    }
    for (const s of a.score ? scoreRows(a.score, lang) : []) {
      out.push([...lead, s.id, s.parent ?? '', s.name, OUTCOME_WORD[lang][s.outcome], s.actual, s.required, '', '分', '', String(a.lastYear), '', '', planned].map(cell));
    }
  }
  return stringify(out, { record_delimiter: '\n' });
}

export function poolJson(p: PoolEntry | undefined): Record<string, unknown> | null {
  if (p === undefined) return null;
  return {
    year: p.year,
    tier: p.tier,
    plannedTier: p.plannedTier ?? null,
    plannedApply: p.plannedApply ?? null,
    status: p.status ?? null,
    filedOn: p.filedOn ?? null,
    owner: p.owner ?? null,
  };
}

/** A criterion as documented: every key present, `null` where the engine has nothing to say. */
function criterionJson(c: CriterionResult): Record<string, unknown> {
  return {
    id: c.id,
    group: c.group ?? null,
    label: c.label,
    outcome: c.outcome,
    severity: c.severity ?? 'required',
    actual: c.actual ?? null,
    required: c.required ?? null,
    shortfall: c.shortfall ?? null,
    year: c.year ?? null,
    missing: c.missing,
    sources: c.sources,
    note: c.note ?? null,
    combine: c.combine ?? null,
    children: (c.children ?? []).map(criterionJson),
  };
}

export function entryJson(e: AssessEntry): Record<string, unknown> {
  const r = e.result;
  const a = r.assessment;
  const m = r.roadmap;
  return {
    creditCode: r.creditCode,
    name: r.name,
    county: r.county ?? null,
    countyName: e.countyName ?? null,
    currentTier: r.currentTier ?? null,
    targetTier: r.targetTier,
    pool: poolJson(e.pool),
    ruleset: a.ruleset,
    provisional: a.provisional,
    verdict: a.verdict,
    criteria: a.criteria.map(criterionJson),
    score: a.score ?? null,
    missingFields: a.missingFields,
    roadmap: { items: m.items, measures: m.measures, plannedApply: m.plannedApply },
    notes: a.notes,
  };
}

export function assessJson(report: AssessReport): string {
  const doc = {
    version: 1,
    asOf: report.asOf,
    ruleset: report.ruleset,
    provisional: report.provisional,
    enterprises: report.entries.map(entryJson),
    summary: { total: report.entries.length, ...countVerdicts(report.entries.map((e) => e.result.assessment.verdict)) },
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
