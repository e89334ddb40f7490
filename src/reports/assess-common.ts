/**
 * What the `hh-srdi assess` formats share: the report shape, wording in zh/en, wrapping by display
 * width, the criteria rows of one enterprise and the numbered provenance of its deciding numbers.
 * Pure and locale-independent.
 */
import type { ChalkInstance } from 'chalk';
import { GROUP_LABELS } from '../criteria/labels.js';
import type { CriterionResult, Lang, Outcome, Provenance, RulesetId, Verdict } from '../criteria/types.js';
import { TIER_NAMES } from '../model/tiers.js';
import type { IsoDate, PoolEntry, PoolStatus, TierId } from '../model/types.js';
import { displayWidth } from '../reporters/format.js';
import type { EnterpriseAssessment } from './assess.js';
import { VERDICT_TEXT } from './roadmap.js';

export interface AssessEntry {
  result: EnterpriseAssessment;
  countyName?: string;
  /** The pool entry the enterprise was assessed for (target tier, planned application time). */
  pool?: PoolEntry;
}

export interface AssessReport {
  asOf: IsoDate;
  ruleset: RulesetId;
  provisional: boolean;
  /** Sorted by county code, then credit code. */
  entries: AssessEntry[];
}

export interface AssessFormatOptions {
  lang: Lang;
  color: boolean;
}

export const OUTCOME_MARK: Record<Outcome, string> = { pass: '✓', fail: '✗', unknown: '?' };
export const OUTCOME_WORD: Record<Lang, Record<Outcome, string>> = {
  en: { pass: 'pass', fail: 'fail', unknown: 'unknown' },
  zh: { pass: '符合', fail: '不符合', unknown: '待定' },
};
const SOURCE_WORD: Record<Lang, Record<NonNullable<Provenance['source']>, string>> = {
  en: { audit: 'audit report', statistics: 'statistics report', tax: 'tax return', 'self-reported': 'self-reported', platform: 'MIIT platform' },
  zh: { audit: '审计报告', statistics: '统计年报', tax: '纳税申报', 'self-reported': '企业自报', platform: '梯度培育平台' },
};
const STATUS_WORD: Record<Lang, Record<PoolStatus, string>> = {
  en: { 'in-pool': 'in pool', diagnosed: 'diagnosed', improving: 'improving', applied: 'applied', recognized: 'recognized', withdrawn: 'withdrawn' },
  zh: { 'in-pool': '在库', diagnosed: '已诊断', improving: '培育中', applied: '已申报', recognized: '已认定', withdrawn: '已退库' },
};

export const tierText = (t: TierId | undefined, lang: Lang): string => (t === undefined ? '—' : lang === 'zh' ? TIER_NAMES[t].short : TIER_NAMES[t].en);
/** In CSV: the short Chinese name, or the id in English (as `gaps` does). */
export const tierCell = (t: TierId | undefined, lang: Lang): string => (t === undefined ? '' : lang === 'zh' ? TIER_NAMES[t].short : t);
export const rulesetText = (id: RulesetId, provisional: boolean, lang: Lang): string =>
  `${id}${provisional ? (lang === 'zh' ? '（暂行）' : ' (provisional)') : ''}`;
export const verdictText = (v: Verdict, lang: Lang): string => VERDICT_TEXT[v][lang];
export const countyText = (e: AssessEntry): string => e.countyName ?? e.result.county ?? '—';

export function paintVerdict(v: Verdict, chalk: ChalkInstance): ChalkInstance {
  return v === 'ready' ? chalk.green : v === 'not-ready' ? chalk.red : chalk.yellow;
}

export interface VerdictCounts {
  ready: number;
  notReady: number;
  insufficientData: number;
}

export function countVerdicts(verdicts: readonly Verdict[]): VerdictCounts {
  const counts = { ready: 0, notReady: 0, insufficientData: 0 };
  for (const v of verdicts) {
    if (v === 'ready') counts.ready++;
    else if (v === 'not-ready') counts.notReady++;
    else counts.insufficientData++;
  }
  return counts;
}

export function countsText(c: VerdictCounts, lang: Lang): string {
  return lang === 'zh'
    ? `具备申报条件 ${c.ready} 家 / 暂不具备 ${c.notReady} 家 / 数据不足 ${c.insufficientData} 家`
    : `${c.ready} ready / ${c.notReady} not ready / ${c.insufficientData} insufficient data`;
}

/** The closing line: how many were assessed and how they came out. */
export function summaryLine(report: AssessReport, lang: Lang): string {
  const counts = countsText(countVerdicts(report.entries.map((e) => e.result.assessment.verdict)), lang);
  const n = report.entries.length;
  return lang === 'zh' ? `共评估 ${n} 家企业：${counts}` : `${n} ${n === 1 ? 'enterprise' : 'enterprises'} assessed: ${counts}`;
}

const WIDE = '\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6';
const TOKENS = new RegExp(`\\s+|[${WIDE}]|[^\\s${WIDE}]+`, 'gu');
/** Closing punctuation never starts a line (禁则): it stays on the line before, even past the width. */
const CLOSING = /^[）〕】」』》〉，。、；：！？”’)\]}.,;:!?]/u;
const OPENING = /[（〔【「『《〈“‘]$/u;

/**
 * Greedy wrap by display width, breaking at spaces or between wide (CJK) characters. `indent`
 * starts every line; `hang` is added to the continuation lines.
 */
export function wrap(text: string, width: number, indent = '', hang = ''): string {
  const indentWidth = displayWidth(indent);
  // Most cells fit as they are (and hold no runs of whitespace or line breaks to fold).
  if (indentWidth + displayWidth(text) <= width && FITS_AS_IS.test(text)) return indent + text;
  // The rest are mostly the same labels and thresholds for every enterprise. The lengths make the key unambiguous.
  const key = `${width},${indent.length},${hang.length},${indent}${hang}${text}`;
  let wrapped = WRAPPED.get(key);
  if (wrapped === undefined) {
    if (WRAPPED.size >= WRAPPED_MAX) WRAPPED.clear();
    WRAPPED.set(key, (wrapped = wrapTokens(text, width, indent, hang, indentWidth)));
  }
  return wrapped;
}

const WRAPPED = new Map<string, string>();
const WRAPPED_MAX = 10_000;

function wrapTokens(text: string, width: number, indent: string, hang: string, indentWidth: number): string {
  const lines: string[] = [];
  let line = indent;
  let used = indentWidth;
  let empty = true;
  let space = false;
  for (const token of text.match(TOKENS) ?? []) {
    if (/^\s/u.test(token)) {
      space = !empty;
      continue;
    }
    const w = (space ? 1 : 0) + displayWidth(token);
    if (empty || used + w <= width || CLOSING.test(token)) {
      line += space ? ` ${token}` : token;
      used += w;
    } else {
      // An opening bracket never ends a line: it moves down with what it opens.
      const found = OPENING.exec(line)?.[0] ?? '';
      const open = line.length - found.length > indent.length ? found : '';
      lines.push(line.slice(0, line.length - open.length));
      line = indent + hang + open + token;
      used = displayWidth(line);
    }
    empty = false;
    space = false;
  }
  lines.push(line);
  return lines.join('\n');
}

/** Text wrap leaves as it is: no leading or trailing whitespace, no line break, no run of whitespace. */
const FITS_AS_IS = /^\S(?:[^\S\n]?\S)*$/u;

export interface Cell {
  text: string;
  /** Colours line `line` (0-based) of the cell. */
  paint?: (s: string, line: number) => string;
}

/**
 * A boxed table (the look of cli-table3's compact style) measured with our own display width:
 * cli-table3 measures every cell with an emoji regex and took seconds for a few hundred enterprises.
 * Cells may hold several lines; `paint` colours a cell's text, never its padding.
 */
export function drawTable(head: readonly Cell[], rows: readonly (readonly Cell[])[]): string {
  const all = [head, ...rows];
  // Every cell split into its lines and each line measured once.
  const texts = all.map((row) => head.map((_, i) => (row[i]?.text ?? '').split('\n')));
  const measured = texts.map((row) => row.map((lines) => lines.map(displayWidth)));
  const widths = head.map((_, i) => {
    let w = 0;
    for (const row of measured) for (const lw of row[i]) if (lw > w) w = lw;
    return w;
  });
  const rule = (l: string, m: string, r: string): string => `${l}${widths.map((w) => '─'.repeat(w + 2)).join(m)}${r}`;
  const out = [rule('┌', '┬', '┐')];
  const emit = (r: number): void => {
    const row = all[r];
    const parts = texts[r];
    let height = 0;
    for (const p of parts) if (p.length > height) height = p.length;
    for (let k = 0; k < height; k++) {
      let line = '│';
      for (let i = 0; i < widths.length; i++) {
        const text = parts[i][k] ?? '';
        const paint = row[i]?.paint;
        const used = text === '' ? 0 : measured[r][i][k];
        line += ` ${text === '' || paint === undefined ? text : paint(text, k)}${' '.repeat(widths[i] - used)} │`;
      }
      out.push(line);
    }
  };
  emit(0);
  out.push(rule('├', '┼', '┤'));
  for (let r = 1; r < all.length; r++) emit(r);
  out.push(rule('└', '┴', '┘'));
  return out.join('\n');
}

/** "2025 audit report, reported 2026-03-18" — where a deciding number came from. */
export function provenanceText(p: Provenance, lang: Lang): string {
  const zh = lang === 'zh';
  if (p.year === undefined) return zh ? '企业基本信息' : 'enterprise record';
  const source = p.source !== undefined ? SOURCE_WORD[lang][p.source] : zh ? '未注明来源' : 'source not stated';
  const reported = p.reported_on !== undefined ? (zh ? `，${p.reported_on} 报送` : `, reported ${p.reported_on}`) : '';
  const checked = p.checked_on !== undefined ? (zh ? `，${p.checked_on} 核查` : `, checked ${p.checked_on}`) : '';
  return zh ? `${p.year} 年${source}${reported}${checked}` : `${p.year} ${source}${reported}${checked}`;
}

export const provenanceKey = (p: Provenance): string =>
  p.year === undefined ? 'enterprise' : `${p.year}|${p.source ?? ''}|${p.reported_on ?? ''}|${p.checked_on ?? ''}`;

export interface Row {
  c: CriterionResult;
  depth: number;
  parent?: string;
  /** Inside a route that passed: listed without its gaps (nothing needs closing there). */
  quiet: boolean;
}

export function rowsOf(criteria: readonly CriterionResult[], depth = 0, quiet = false, parent?: string, out: Row[] = []): Row[] {
  for (const c of criteria) {
    out.push(parent !== undefined ? { c, depth, quiet, parent } : { c, depth, quiet });
    if (c.children !== undefined) rowsOf(c.children, depth + 1, quiet || (c.combine === 'any-of' && c.outcome === 'pass'), c.id, out);
  }
  return out;
}

export function criterionName(c: CriterionResult, lang: Lang): string {
  const group = c.group !== undefined && GROUP_LABELS[c.group] !== undefined ? `[${GROUP_LABELS[c.group][lang]}] ` : '';
  const advisory = c.severity === 'advisory' ? (lang === 'zh' ? '（建议项）' : ' (advisory)') : '';
  return `${group}${c.label[lang]}${advisory}`;
}

/** The deciding value; for a route that passed, which route ("met via …") rather than its id. */
export function actualText(c: CriterionResult, lang: Lang): string {
  if (c.combine === 'any-of' && c.outcome === 'pass' && c.note !== undefined) return c.note[lang];
  return c.actual === undefined ? '—' : String(c.actual);
}

/** The gap under a criterion: its shortfall, the fields to collect, or why it failed. */
export function gapText(row: Row, lang: Lang): string {
  const { c } = row;
  if (row.quiet || c.outcome === 'pass') return '';
  if (c.children !== undefined) return '';
  if (c.shortfall) return c.shortfall.text[lang];
  if (c.outcome === 'unknown' && c.missing.length > 0) return `${lang === 'zh' ? '缺少：' : 'missing: '}${c.missing.join(', ')}`;
  return c.note?.[lang] ?? '';
}

/** Numbered provenance of one enterprise's criteria: latest fiscal year first, the enterprise record last. */
export function provenanceRefs(rows: readonly Row[]): { refs: Map<string, number>; list: Provenance[] } {
  const byKey = new Map<string, Provenance>();
  for (const { c } of rows) {
    for (const p of c.sources) {
      const key = provenanceKey(p);
      if (!byKey.has(key)) byKey.set(key, p);
    }
  }
  // Keys are distinct: the order is by year, then key.
  const sorted = [...byKey].sort(([ka, a], [kb, b]) => (b.year ?? -1) - (a.year ?? -1) || (ka < kb ? -1 : 1));
  return { refs: new Map(sorted.map(([key], i) => [key, i + 1])), list: sorted.map(([, p]) => p) };
}

export function refsOf(c: CriterionResult, refs: Map<string, number>): string {
  if (c.sources.length === 0) return '';
  const nums = [...new Set(c.sources.map((p) => refs.get(provenanceKey(p)) ?? 0))].sort((a, b) => a - b);
  return nums.map((n) => `[${n}]`).join('');
}

export function headerLines(e: AssessEntry, lang: Lang): string[] {
  const zh = lang === 'zh';
  const r = e.result;
  const a = r.assessment;
  const lines = [
    `${countyText(e)} · ${zh ? '现有层级' : 'current tier'} ${tierText(r.currentTier, lang)} → ${zh ? '目标' : 'target'} ${tierText(r.targetTier, lang)} · ${rulesetText(a.ruleset, a.provisional, lang)}`,
  ];
  const p = e.pool;
  if (p) {
    const status = p.status !== undefined ? ` · ${STATUS_WORD[lang][p.status]}` : '';
    const owner = p.owner !== undefined ? ` · ${zh ? '服务员' : 'owner'} ${p.owner}` : '';
    lines.push(`${zh ? `${p.year} 年种子库：` : `${p.year} pool: `}${tierText(p.tier, lang)}${status}${owner}`);
  }
  return lines;
}

export function scoreLine(e: AssessEntry, lang: Lang): string | undefined {
  const s = e.result.assessment.score;
  if (!s) return undefined;
  const zh = lang === 'zh';
  const pts = (x: { points?: number; range: [number, number] }): string => (x.points ?? (x.range[0] === x.range[1] ? x.range[0] : `${x.range[0]}–${x.range[1]}`)).toString();
  const total = s.total !== undefined ? String(s.total) : `${s.range[0]}–${s.range[1]}`;
  const basis = s.basis === 'input' && s.input ? ` (${s.input.field} = ${s.input.value})` : '';
  const sections = s.sections.map((x) => `${x.label[lang]} ${pts(x)} / ${x.max}${x.min !== undefined ? ` (≥ ${x.min})` : ''}`);
  return `${zh ? '评价得分：' : 'score: '}${total} / ${s.max} (≥ ${s.pass})${basis}${sections.length > 0 ? ` — ${sections.join(' · ')}` : ''}`;
}

/** The score items that lose points or are still open: where the score can still be raised. */
export function scoreGapLine(e: AssessEntry, lang: Lang): string | undefined {
  const s = e.result.assessment.score;
  if (!s) return undefined;
  const items = s.sections.flatMap((x) => x.items).filter((i) => i.range[0] < i.max);
  if (items.length === 0) return undefined;
  const pts = (r: [number, number]): string => (r[0] === r[1] ? String(r[0]) : `${r[0]}–${r[1]}`);
  const text = items.map((i) => `${i.label[lang]} ${i.actual ?? '—'} → ${pts(i.range)} / ${i.max}`);
  return `${lang === 'zh' ? '失分项：' : 'points lost: '}${text.join(lang === 'zh' ? '；' : '; ')}`;
}

export function missingLine(e: AssessEntry, lang: Lang): string | undefined {
  const m = e.result.assessment.missingFields;
  if (m.length === 0) return undefined;
  return `${lang === 'zh' ? '缺少数据（按影响排序）：' : 'missing data (most blocking first): '}${m.map((f) => `${f.field} (${f.decides})`).join(', ')}`;
}


export function titleLine(report: AssessReport, lang: Lang): string {
  const ruleset = rulesetText(report.ruleset, report.provisional, lang);
  return lang === 'zh' ? `截至 ${report.asOf} 按 ${ruleset} 评估申报条件` : `Readiness as of ${report.asOf} under ${ruleset}`;
}
