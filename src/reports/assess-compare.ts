/**
 * `assess --compare A,B`: every enterprise's verdict under two rulesets side by side, whether it
 * gains or loses eligibility, and the criteria that decide the difference — in the four formats.
 * The provisional ruleset (miit-2026) is labelled so wherever it appears.
 */
import { Chalk } from 'chalk';
import { stringify } from 'csv-stringify/sync';
import { rulesets } from '../criteria/index.js';
import type { Lang, Outcome, RulesetId, Verdict } from '../criteria/types.js';
import type { IsoDate, PoolEntry } from '../model/types.js';
import type { CriterionChange, RulesetComparison } from './assess.js';
import {
  type AssessFormatOptions, type Cell, OUTCOME_MARK, drawTable, countVerdicts, countsText, paintVerdict, rulesetText, tierCell, tierText, verdictText, wrap,
} from './assess-common.js';
import { poolJson, safeCell } from './assess-data.js';
import { mdTable } from './assess-markdown.js';

export interface CompareEntry {
  comparison: RulesetComparison;
  countyName?: string;
  pool?: PoolEntry;
}

export interface CompareReport {
  asOf: IsoDate;
  rulesets: readonly [RulesetId, RulesetId];
  /** Sorted by county code, then credit code. */
  entries: CompareEntry[];
}

/**
 * What the second ruleset does to an enterprise: `gains` (becomes ready), `loses` (ready → not
 * ready), `needs-data` (ready → insufficient data: eligible only if the missing figures allow),
 * `changed` (not ready ↔ insufficient data), `unchanged`.
 */
export type Effect = 'gains' | 'loses' | 'needs-data' | 'changed' | 'unchanged';

export function effectOf(before: Verdict, after: Verdict): Effect {
  if (before === after) return 'unchanged';
  if (after === 'ready') return 'gains';
  if (before === 'ready') return after === 'not-ready' ? 'loses' : 'needs-data';
  return 'changed';
}

const EFFECT_WORD: Record<Lang, Record<Effect, string>> = {
  en: { gains: 'gains', loses: 'loses', 'needs-data': 'needs data', changed: 'changes', unchanged: '—' },
  zh: { gains: '获得资格', loses: '失去资格', 'needs-data': '待补数据', changed: '结论变化', unchanged: '—' },
};

/**
 * The changes that matter: a required top-level criterion of either ruleset whose outcome differs —
 * leaving out one that exists under one ruleset only and passes there (it decides nothing), and
 * advisory ones (they never decide a verdict).
 */
export function decisiveChanges(cmp: RulesetComparison): CriterionChange[] {
  const top = new Map(cmp.assessments.flatMap((a) => a.assessment.criteria.map((c) => [c.id, c.severity !== 'advisory'] as const)));
  const passesAlone = (c: CriterionChange): boolean => (c.before === undefined && c.after === 'pass') || (c.after === undefined && c.before === 'pass');
  return cmp.changes.filter((c) => top.get(c.id) === true && c.before !== c.after && !passesAlone(c));
}

const mark = (o: Outcome | undefined): string => (o === undefined ? '—' : OUTCOME_MARK[o]);

export function changeText(c: CriterionChange, lang: Lang): string {
  const [a, b] = [c.requiredBefore, c.requiredAfter];
  const req = a !== undefined && b !== undefined ? (a === b ? ` (${a})` : ` (${a} → ${b})`) : a !== undefined || b !== undefined ? ` (${a ?? b})` : '';
  return `${mark(c.before)}→${mark(c.after)} ${c.label[lang]}${req}`;
}

function verdicts(e: CompareEntry): [Verdict, Verdict] {
  const [a, b] = e.comparison.assessments;
  return [a.assessment.verdict, b.assessment.verdict];
}

function rulesetHead(report: CompareReport, i: 0 | 1, lang: Lang, lines = false): string {
  const id = report.rulesets[i];
  const text = rulesetText(id, rulesets[id].provisional, lang);
  return lines ? text.replace(' (', '\n(') : text;
}

function footer(report: CompareReport, lang: Lang): string[] {
  const zh = lang === 'zh';
  const lines = ([0, 1] as const).map((i) => `${rulesetHead(report, i, lang)}${zh ? '：' : ': '}${countsText(countVerdicts(report.entries.map((e) => verdicts(e)[i])), lang)}`);
  const effects = report.entries.map((e) => effectOf(...verdicts(e)));
  const n = (x: Effect): number => effects.filter((y) => y === x).length;
  lines.push(
    zh
      ? `改用 ${report.rulesets[1]} 后：获得资格 ${n('gains')} 家，失去资格 ${n('loses')} 家，待补数据方能确认 ${n('needs-data')} 家，其他结论变化 ${n('changed')} 家，不变 ${n('unchanged')} 家`
      : `under ${report.rulesets[1]}: ${n('gains')} gain eligibility, ${n('loses')} lose it, ${n('needs-data')} need data to keep it, ${n('changed')} change otherwise, ${n('unchanged')} unchanged`,
  );
  for (const id of report.rulesets) if (rulesets[id].provisional) lines.push(`${zh ? '注：' : 'note: '}${id} — ${rulesets[id].label[lang]}`);
  return lines;
}

function title(report: CompareReport, lang: Lang): string {
  const [a, b] = [rulesetHead(report, 0, lang), rulesetHead(report, 1, lang)];
  return lang === 'zh' ? `截至 ${report.asOf} 的评估结论对比：${a} ↔ ${b}` : `Verdicts as of ${report.asOf} under ${a} and ${b}`;
}

export function compareTable(report: CompareReport, options: AssessFormatOptions): string {
  const { lang } = options;
  const zh = lang === 'zh';
  const chalk = new Chalk({ level: options.color ? 1 : 0 });
  const head = [zh ? '企业' : 'enterprise', zh ? '县市 / 目标' : 'county / target', rulesetHead(report, 0, lang, true), rulesetHead(report, 1, lang, true), zh ? '变化' : 'effect', zh ? '关键指标变化' : 'what changes'];
  const rows: Cell[][] = report.entries.map((e) => {
    const c = e.comparison;
    const [a, b] = verdicts(e);
    const changes = decisiveChanges(c).map((x) => wrap(changeText(x, lang), 46, '', '    '));
    return [
      { text: `${wrap(c.name, 30)}\n${c.creditCode}` },
      { text: `${e.countyName ?? c.assessments[0].county ?? '—'}\n${tierText(c.targetTier, lang)}` },
      { text: verdictText(a, lang), paint: (s: string) => paintVerdict(a, chalk)(s) },
      { text: verdictText(b, lang), paint: (s: string) => paintVerdict(b, chalk)(s) },
      { text: EFFECT_WORD[lang][effectOf(a, b)] },
      { text: changes.join('\n') },
    ];
  });
  return [chalk.bold(title(report, lang)), drawTable(head.map((h) => ({ text: h, paint: (s: string) => chalk.bold(s) })), rows), ...footer(report, lang), ''].join('\n');
}

export function compareMarkdown(report: CompareReport, options: AssessFormatOptions): string {
  const { lang } = options;
  const zh = lang === 'zh';
  const head = [zh ? '县市' : 'county', zh ? '统一社会信用代码' : 'credit code', zh ? '企业名称' : 'enterprise', zh ? '目标层级' : 'target', rulesetHead(report, 0, lang), rulesetHead(report, 1, lang), zh ? '变化' : 'effect', zh ? '关键指标变化' : 'what changes'];
  const rows = report.entries.map((e) => {
    const c = e.comparison;
    const [a, b] = verdicts(e);
    const changes = decisiveChanges(c).map((x) => changeText(x, lang)).join('; ');
    return [e.countyName ?? c.assessments[0].county ?? '—', c.creditCode, c.name, tierText(c.targetTier, lang), verdictText(a, lang), verdictText(b, lang), EFFECT_WORD[lang][effectOf(a, b)], changes];
  });
  return [`### ${title(report, lang)}`, '', ...mdTable(head, rows), '', ...footer(report, lang).map((l) => `${l}  `), ''].join('\n');
}

export function compareCsv(report: CompareReport, options: AssessFormatOptions): string {
  const { lang } = options;
  const zh = lang === 'zh';
  const [ha, hb] = [rulesetHead(report, 0, lang), rulesetHead(report, 1, lang)];
  const head = zh
    ? ['县市代码', '县市', '统一社会信用代码', '企业名称', '现有层级', '目标层级', `${ha}结论`, `${hb}结论`, '变化', '关键指标变化', '全部变化指标']
    : ['county_code', 'county', 'credit_code', 'name', 'current_tier', 'target_tier', `verdict ${ha}`, `verdict ${hb}`, 'effect', 'decisive_changes', 'changed_criteria'];
  const rows = report.entries.map((e) => {
    const c = e.comparison;
    const first = c.assessments[0];
    const [a, b] = verdicts(e);
    return [
      first.county ?? '', e.countyName ?? first.county ?? '', c.creditCode, c.name, tierCell(first.currentTier, lang), tierCell(c.targetTier, lang),
      verdictText(a, lang), verdictText(b, lang), effectOf(a, b) === 'unchanged' ? '' : EFFECT_WORD[lang][effectOf(a, b)],
      decisiveChanges(c).map((x) => changeText(x, lang)).join('; '), c.changes.map((x) => x.id).join('; '),
    ].map(safeCell);
  });
  return stringify([head, ...rows], { record_delimiter: '\n' });
}

export function compareJson(report: CompareReport): string {
  const decisive = (c: RulesetComparison): Set<string> => new Set(decisiveChanges(c).map((x) => x.id));
  const doc = {
    version: 1,
    asOf: report.asOf,
    rulesets: report.rulesets.map((id) => ({ id, provisional: rulesets[id].provisional, label: rulesets[id].label })),
    enterprises: report.entries.map((e) => {
      const c = e.comparison;
      const first = c.assessments[0];
      const keys = decisive(c);
      const [a, b] = verdicts(e);
      return {
        creditCode: c.creditCode,
        name: c.name,
        county: first.county ?? null,
        countyName: e.countyName ?? null,
        currentTier: first.currentTier ?? null,
        targetTier: c.targetTier,
        pool: poolJson(e.pool),
        verdicts: c.verdicts,
        effect: effectOf(a, b),
        changes: c.changes.map((x) => ({
          id: x.id,
          label: x.label,
          before: x.before ?? null,
          after: x.after ?? null,
          requiredBefore: x.requiredBefore ?? null,
          requiredAfter: x.requiredAfter ?? null,
          decisive: keys.has(x.id),
        })),
      };
    }),
    summary: Object.fromEntries(report.rulesets.map((id, i) => [id, countVerdicts(report.entries.map((e) => verdicts(e)[i]))])),
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
