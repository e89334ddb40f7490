/**
 * Wording of `hh-srdi diff`, shared by the text and markdown formats: the one-line headline, the
 * line naming the base, and the words of the sections (diff-sections.ts); each format only lays
 * them out. Numbers by hand (fmtNum), never toLocaleString: output does not depend on the locale.
 */
import { fmtNum } from '../criteria/format.js';
import type { DataDiff } from '../reports/diff.js';
import type { Lang } from './types.js';

export interface DiffFormatOptions {
  lang: Lang;
  color: boolean;
  /** Markdown: rows shown per section before "… and N more" (a PR comment holds 65,536 characters). */
  maxRows?: number;
}

export type Mark = '+' | '-' | '~' | '↻';

export interface SectionRow {
  mark: Mark;
  cells: string[];
}

export interface Section {
  id: 'gaps' | 'enterprises' | 'recognitions' | 'pools' | 'indicators' | 'findings';
  title: string;
  /** What the section holds, in a few words: "2 gained, 1 lost". */
  summary: string;
  head: string[];
  rows: SectionRow[];
  /** Shown expanded in markdown (the sections a reviewer must not miss). */
  open: boolean;
  note?: string;
}

export const zh = (lang: Lang): boolean => lang === 'zh';
export const ARROW = ' → ';

type Noun = 'enterprise' | 'recognition' | 'pool' | 'indicator' | 'gap';
const NOUNS: Record<Noun, { one: string; many: string; zh: string; unit: string }> = {
  enterprise: { one: 'enterprise', many: 'enterprises', zh: '企业', unit: '家' },
  recognition: { one: 'recognition', many: 'recognitions', zh: '认定', unit: '项' },
  pool: { one: 'pool entry', many: 'pool entries', zh: '种子库', unit: '条' },
  indicator: { one: 'indicator row', many: 'indicator rows', zh: '指标', unit: '行' },
  gap: { one: 'gap row', many: 'gap rows', zh: '差距', unit: '行' },
};

const VERBS: Record<string, { en: string; zh: string }> = {
  added: { en: 'added', zh: '新增' },
  removed: { en: 'removed', zh: '删除' },
  renamed: { en: 'renamed', zh: '更名' },
  moved: { en: 'moved county', zh: '迁移县市' },
  gained: { en: 'gained', zh: '新获' },
  renewed: { en: 'renewed', zh: '复核' },
  lost: { en: 'lost', zh: '失去' },
  changed: { en: 'changed', zh: '变更' },
  new: { en: 'new', zh: '新增' },
  fixed: { en: 'fixed', zh: '已修复' },
  moves: { en: 'changed', zh: '变动' },
};

export function verb(key: string, lang: Lang): string {
  return VERBS[key]?.[lang] ?? key;
}

/** "2 recognitions gained" / "新获认定 2 项". */
function phrase(n: number, noun: Noun, key: string, lang: Lang): string {
  const w = NOUNS[noun];
  if (zh(lang)) return `${verb(key, lang)}${w.zh} ${fmtNum(n)} ${w.unit}`;
  return `${fmtNum(n)} ${n === 1 ? w.one : w.many} ${verb(key, lang)}`;
}

/** "2 gained, 1 lost" for a section's summary line. */
export function counts(parts: readonly [string, number][], lang: Lang): string {
  return parts
    .filter(([, n]) => n > 0)
    .map(([key, n]) => (zh(lang) ? `${verb(key, lang)} ${fmtNum(n)}` : `${fmtNum(n)} ${verb(key, lang)}`))
    .join(zh(lang) ? '，' : ', ');
}

/** The one-line headline: every non-zero count, or "no changes". */
export function headline(d: DataDiff, lang: Lang): string {
  const parts: string[] = [];
  const add = (n: number, noun: Noun, key: string): void => void (n > 0 && parts.push(phrase(n, noun, key, lang)));
  for (const [key, list] of Object.entries(d.enterprises)) add(list.length, 'enterprise', key);
  for (const [key, list] of Object.entries(d.recognitions)) add(list.length, 'recognition', key);
  for (const [key, list] of Object.entries(d.pools)) add(list.length, 'pool', key);
  for (const [key, list] of Object.entries(d.indicators)) add(list.length, 'indicator', key);
  parts.push(...findingsPhrases(d, lang));
  add(d.gaps.rows.filter((r) => r.changed).length, 'gap', 'moves');
  if (parts.length === 0) return zh(lang) ? '数据无变化' : 'no changes in the data';
  return parts.join(zh(lang) ? '；' : ', ');
}

/** "❌ 2 new findings (1 error)", "✔ 3 fixed", "1 changed" — the findings of check in the headline. */
function findingsPhrases(d: DataDiff, lang: Lang): string[] {
  const g = d.diagnostics;
  const out: string[] = [];
  const errors = g.new.filter((x) => x.severity === 'error').length;
  if (g.new.length > 0) {
    const n = fmtNum(g.new.length);
    const icon = errors > 0 ? '❌' : '⚠️';
    if (zh(lang)) out.push(`${icon} 新问题 ${n} 个${errors > 0 ? `（错误 ${fmtNum(errors)}）` : ''}`);
    else out.push(`${icon} ${n} new ${g.new.length === 1 ? 'finding' : 'findings'}${errors > 0 ? ` (${fmtNum(errors)} ${errors === 1 ? 'error' : 'errors'})` : ''}`);
  }
  if (g.fixed.length > 0) out.push(zh(lang) ? `✔ 已修复问题 ${fmtNum(g.fixed.length)} 个` : `✔ ${fmtNum(g.fixed.length)} fixed`);
  if (g.changed.length > 0) out.push(zh(lang) ? `问题内容变化 ${fmtNum(g.changed.length)} 个` : `${fmtNum(g.changed.length)} ${g.changed.length === 1 ? 'finding' : 'findings'} changed`);
  return out;
}

/** "against origin/main (a1b2c3d) · as of 2026-11-28". */
export function baseLine(d: DataDiff, lang: Lang): string {
  const b = d.base;
  const short = b ? b.commit.slice(0, 7) : '';
  const against = !b
    ? ''
    : b.branch
      ? zh(lang) ? `对比 HEAD 与 ${b.branch} 的合并基点 ${short}` : `against the merge base of HEAD and ${b.branch} (${short})`
      : zh(lang) ? `对比 ${b.rev}（${short}）` : `against ${b.rev} (${short})`;
  const asOf = zh(lang) ? `评估日期 ${d.asOf}` : `as of ${d.asOf}`;
  const threshold = zh(lang) ? `指标变动阈值 ${fmtNum(d.thresholdPct)}%` : `indicator threshold ${fmtNum(d.thresholdPct)}%`;
  return [against, asOf, threshold].filter((s) => s !== '').join(' · ');
}
