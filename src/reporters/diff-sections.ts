/** The sections of a `diff` report — header + rows of plain cells per kind of change — for text and markdown. */
import { fmtNum } from '../criteria/format.js';
import type { CheckSummary } from '../diagnostics.js';
import { tierLabel } from '../model/tiers.js';
import type { IndicatorFieldChange } from '../reports/diff-indicators.js';
import type { DataDiff, EnterpriseRef, FieldChange, GapChange, GapFigures, RecognitionRef } from '../reports/diff.js';
import { ARROW, counts, verb, zh, type Mark, type Section, type SectionRow } from './diff-common.js';
import { severityCounts, severityWord, summaryLine } from './format.js';
import { STATUS_WORDS } from './gaps-common.js';
import type { Lang } from './types.js';

const who = (e: EnterpriseRef): string => (e.name ? `${e.name} ${e.creditCode}` : e.creditCode);
const tier = (t: RecognitionRef['tier'], lang: Lang): string => tierLabel(t, lang);
const opt = (v: string | number | undefined): string => (v === undefined ? '—' : typeof v === 'number' ? fmtNum(v) : v);

function move<T>(before: T | undefined, after: T | undefined, show: (v: T) => string): string {
  const a = before === undefined ? '—' : show(before);
  const b = after === undefined ? '—' : show(after);
  return a === b ? a : `${a}${ARROW}${b}`;
}

const listSep = (lang: Lang): string => (zh(lang) ? '；' : '; ');

function fieldText(changes: readonly FieldChange[], lang: Lang): string {
  return changes.map((c) => `${c.field}${zh(lang) ? '：' : ': '}${opt(c.before)}${ARROW}${opt(c.after)}`).join(listSep(lang));
}

function indicatorText(c: IndicatorFieldChange, lang: Lang): string {
  const extra: string[] = [];
  if (c.changePct !== undefined) extra.push(`${c.changePct > 0 ? '+' : ''}${fmtNum(c.changePct, 1)}%`);
  if (c.crossed) extra.push(zh(lang) ? `跨过 ${c.crossed.map((t) => fmtNum(t)).join('、')}` : `crosses ${c.crossed.map((t) => fmtNum(t)).join(', ')}`);
  const more = extra.length === 0 ? '' : zh(lang) ? `（${extra.join('，')}）` : ` (${extra.join(', ')})`;
  return `${c.field} ${opt(c.before)}${ARROW}${opt(c.after)}${more}`;
}

function gapsSection(d: DataDiff, lang: Lang): Section | undefined {
  const changed = d.gaps.rows.filter((r) => r.changed);
  if (changed.length === 0) return undefined;
  const status = (s: GapFigures['status']): string => STATUS_WORDS[lang][s];
  const n = (v: number | null): string => (v === null ? '—' : fmtNum(v));
  const cell = (r: GapChange, pick: (f: GapFigures) => string): string => move(r.before, r.after, pick);
  const place = (r: GapChange): string => (r.county === 'total' && !zh(lang) ? 'Prefecture total' : r.name);
  return {
    id: 'gaps',
    title: zh(lang) ? `${d.gaps.year} 年差距` : `Gaps ${d.gaps.year}`,
    summary: zh(lang) ? `${fmtNum(d.gaps.rows.length)} 个县市 × 层级中 ${fmtNum(changed.length)} 个有变动` : `${fmtNum(changed.length)} of ${fmtNum(d.gaps.rows.length)} county × tier rows changed`,
    head: zh(lang) ? ['县市', '层级', '有效认定', '目标', '尚差', '进度', '种子库已入库', '应入库', '缺口'] : ['county', 'tier', 'valid', 'target', 'remaining', 'pace', 'pool filed', 'required', 'shortfall'],
    rows: changed.map((r) => ({
      mark: r.before === undefined ? '+' : r.after === undefined ? '-' : '~',
      cells: [
        place(r), tier(r.tier, lang),
        cell(r, (f) => n(f.actual)), cell(r, (f) => n(f.target)), cell(r, (f) => n(f.remaining)), cell(r, (f) => status(f.status)),
        cell(r, (f) => n(f.poolFiled)), cell(r, (f) => n(f.poolRequired)), cell(r, (f) => n(f.poolShortfall)),
      ],
    })),
    open: true,
  };
}

function enterprisesSection(d: DataDiff, lang: Lang): Section | undefined {
  const e = d.enterprises;
  const rows: SectionRow[] = [
    ...e.added.map((x): SectionRow => ({ mark: '+', cells: [verb('added', lang), x.creditCode, x.name, x.countyName] })),
    ...e.removed.map((x): SectionRow => ({ mark: '-', cells: [verb('removed', lang), x.creditCode, x.name, x.countyName] })),
    ...e.renamed.map((x): SectionRow => ({ mark: '~', cells: [verb('renamed', lang), x.creditCode, `${x.before}${ARROW}${x.name}`, x.countyName] })),
    ...e.moved.map((x): SectionRow => ({ mark: '~', cells: [verb('moved', lang), x.creditCode, x.name, `${x.beforeName}${ARROW}${x.countyName}`] })),
  ];
  if (rows.length === 0) return undefined;
  return {
    id: 'enterprises',
    title: zh(lang) ? '企业' : 'Enterprises',
    summary: counts([['added', e.added.length], ['removed', e.removed.length], ['renamed', e.renamed.length], ['moved', e.moved.length]], lang),
    head: zh(lang) ? ['变化', '统一社会信用代码', '名称', '县市'] : ['change', 'credit code', 'name', 'county'],
    rows,
    open: false,
  };
}

function recognitionsSection(d: DataDiff, lang: Lang): Section | undefined {
  const r = d.recognitions;
  const row = (mark: Mark, key: string, x: RecognitionRef, details = ''): SectionRow => ({
    mark,
    cells: [verb(key, lang), who(x), x.countyName, tier(x.tier, lang), x.recognizedOn, x.revokedOn ? `${x.expiresOn} (${zh(lang) ? '撤销' : 'revoked'} ${x.revokedOn})` : x.expiresOn, details],
  });
  const rows = [
    ...r.gained.map((x) => row('+', 'gained', x, x.batch ?? '')),
    ...r.renewed.map((x) => row('↻', 'renewed', x, x.batch ?? '')),
    ...r.lost.map((x) => row('-', 'lost', x)),
    ...r.changed.map((x) => row('~', 'changed', x, fieldText(x.fields, lang))),
  ];
  if (rows.length === 0) return undefined;
  return {
    id: 'recognitions',
    title: zh(lang) ? '认定' : 'Recognitions',
    summary: counts([['gained', r.gained.length], ['renewed', r.renewed.length], ['lost', r.lost.length], ['changed', r.changed.length]], lang),
    head: zh(lang) ? ['变化', '企业', '县市', '层级', '认定日期', '有效期至', '说明'] : ['change', 'enterprise', 'county', 'tier', 'recognized', 'valid until', 'details'],
    rows,
    open: false,
  };
}

function poolsSection(d: DataDiff, lang: Lang): Section | undefined {
  const p = d.pools;
  const row = (mark: Mark, key: string, x: (typeof p.added)[number], details: string): SectionRow => ({
    mark,
    cells: [verb(key, lang), String(x.year), tier(x.tier, lang), who(x), x.countyName, details],
  });
  const rows = [
    ...p.added.map((x) => row('+', 'added', x, x.status ?? '')),
    ...p.removed.map((x) => row('-', 'removed', x, x.status ?? '')),
    ...p.changed.map((x) => row('~', 'changed', x, fieldText(x.fields, lang))),
  ];
  if (rows.length === 0) return undefined;
  return {
    id: 'pools',
    title: zh(lang) ? '种子库' : 'Seed pools',
    summary: counts([['added', p.added.length], ['removed', p.removed.length], ['changed', p.changed.length]], lang),
    head: zh(lang) ? ['变化', '年度', '层级', '企业', '县市', '状态 / 变更'] : ['change', 'year', 'tier', 'enterprise', 'county', 'status / changes'],
    rows,
    open: false,
  };
}

function indicatorsSection(d: DataDiff, lang: Lang): Section | undefined {
  const i = d.indicators;
  const rows: SectionRow[] = [
    ...i.added.map((x): SectionRow => ({ mark: '+', cells: [verb('added', lang), who(x), String(x.year), ''] })),
    ...i.removed.map((x): SectionRow => ({ mark: '-', cells: [verb('removed', lang), who(x), String(x.year), ''] })),
    ...i.changed.map((x): SectionRow => ({ mark: '~', cells: [verb('changed', lang), who(x), String(x.year), x.fields.map((f) => indicatorText(f, lang)).join(listSep(lang))] })),
  ];
  if (rows.length === 0) return undefined;
  return {
    id: 'indicators',
    title: zh(lang) ? '指标' : 'Indicators',
    summary: counts([['added', i.added.length], ['removed', i.removed.length], ['changed', i.changed.length]], lang),
    head: zh(lang) ? ['变化', '企业', '年度', '变动'] : ['change', 'enterprise', 'year', 'changes'],
    rows,
    open: false,
    note: zh(lang)
      ? `变动：数值变化 ≥ ${fmtNum(d.thresholdPct)}%、跨过认定条件阈值、由未知变为已知（或反之），以及是/否、等级、清单的任何变化`
      : `changes: a number moving ≥ ${fmtNum(d.thresholdPct)}% or across a criterion threshold, a value becoming known or unknown, any change of a yes/no, level or list`,
  };
}

function checkLine(s: CheckSummary, lang: Lang): string {
  return s.errors + s.warnings + s.infos === 0 ? summaryLine(s, lang) : severityCounts(s, lang);
}

function findingsSection(d: DataDiff, lang: Lang): Section | undefined {
  const g = d.diagnostics;
  const row = (mark: Mark, key: string, x: (typeof g.new)[number], message = x.message, severity = severityWord(x.severity, lang)): SectionRow => ({
    mark,
    cells: [verb(key, lang), `${x.file}:${x.line}:${x.column}`, severity, x.ruleId, message],
  });
  const rows = [
    ...g.new.map((x) => row('+', 'new', x)),
    ...g.fixed.map((x) => row('-', 'fixed', x)),
    ...g.changed.map((x) => row('~', 'changed', x, `${x.before.message}${ARROW}${x.message}`, move(x.before.severity, x.severity, (s) => severityWord(s, lang)))),
  ];
  if (rows.length === 0) return undefined;
  return {
    id: 'findings',
    title: zh(lang) ? 'check 发现的问题' : 'Findings of check',
    summary: counts([['new', g.new.length], ['fixed', g.fixed.length], ['changed', g.changed.length]], lang),
    head: zh(lang) ? ['变化', '位置', '级别', '规则', '说明'] : ['change', 'location', 'severity', 'rule', 'message'],
    rows,
    open: g.new.length > 0,
    note: zh(lang) ? `之前：${checkLine(g.before, lang)}；现在：${checkLine(g.after, lang)}` : `before: ${checkLine(g.before, lang)}; now: ${checkLine(g.after, lang)}`,
  };
}

/** The non-empty sections, most telling first: findings, gaps, then the records. */
export function sections(d: DataDiff, lang: Lang): Section[] {
  return [findingsSection(d, lang), gapsSection(d, lang), enterprisesSection(d, lang), recognitionsSection(d, lang), poolsSection(d, lang), indicatorsSection(d, lang)].filter(
    (s): s is Section => s !== undefined,
  );
}
