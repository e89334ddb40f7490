/**
 * The dashboard as one self-contained HTML page (issue 8): inline CSS, inline SVG charts and one
 * inline sorting script allowed by hash in the page's Content-Security-Policy — nothing is fetched
 * when it is opened from a mail or a USB stick. Pure: the same model gives the same bytes.
 * Every data string passes through `esc`.
 */
import type { Verdict } from '../criteria/types.js';
import { tierLabel } from '../model/tiers.js';
import { TIERS, type TierId } from '../model/types.js';
import { formatCount } from '../reporters/format.js';
import { decimal1 } from '../reporters/gaps-common.js';
import type { GapRow } from '../reports/gaps.js';
import { VERDICT_TEXT } from '../reports/roadmap.js';
import { CSS, SCRIPT, contentSecurityPolicy } from './assets.js';
import type { ReportModel } from './model.js';
import { STATUS_COLOUR, esc, ladderChart, poolChart, progressChart } from './svg.js';
import { WORDS, type Words } from './text.js';

const td = (text: string, cls = '', sort?: string | number): string =>
  `<td${cls ? ` class="${cls}"` : ''}${sort === undefined ? '' : ` data-sort="${esc(String(sort))}"`}>${text}</td>`;
const th = (text: string, cls = ''): string => `<th scope="col"${cls ? ` class="${cls}"` : ''}>${esc(text)}</th>`;

function section(title: string, note: string, body: string, cls = ''): string {
  return `<section${cls ? ` class="${cls}"` : ''}><h2>${esc(title)}</h2>${note ? `<p class="note">${esc(note)}</p>` : ''}${body}</section>`;
}

function totals(m: ReportModel): GapRow[] {
  return m.gaps.rows.filter((r) => r.county === 'total');
}

function kpis(m: ReportModel, w: Words): string {
  const cards = totals(m).map((r) => {
    const pct = r.target > 0 ? `${decimal1((100 * r.actual) / r.target)}%` : '—';
    return `<div class="kpi" style="--c:${STATUS_COLOUR[r.status]}" data-tier="${r.tier}"><div class="t">${esc(tierLabel(r.tier, m.lang))}</div>` +
      `<div class="n">${formatCount(r.actual)} <small>/ ${formatCount(r.target)}</small></div>` +
      `<div class="s"><span class="w ${r.status}">${esc(w.status[r.status])}</span> · ${esc(w.expected)} ${decimal1(r.expected)} · ${esc(w.ofTarget)} ${pct} · ${esc(w.remaining)} ${formatCount(r.remaining)}</div></div>`;
  });
  return `<div class="kpis">${cards.join('')}</div>`;
}

function progress(m: ReportModel, w: Words): string {
  const bars = totals(m).map((r) => ({
    label: tierLabel(r.tier, m.lang), baseline: r.baseline, actual: r.actual, expected: r.expected, target: r.target, status: r.status,
    words: { actual: w.actual, expected: w.expected, target: w.target(m.gaps.period.end), baseline: w.baseline },
  }));
  return section(w.progress, w.progressNote, progressChart(bars, w.progress), 'chart-section');
}

function gridCell(r: GapRow | undefined, w: Words): string {
  if (!r) return td('—');
  const data = `data-county="${esc(r.county)}" data-tier="${r.tier}" data-actual="${r.actual}" data-target="${r.target}" data-expected="${decimal1(r.expected)}" data-status="${r.status}" data-sort="${r.actual}"`;
  return `<td class="cell ${r.status}" ${data}><span class="a">${formatCount(r.actual)}</span><span class="t"> / ${formatCount(r.target)}</span>` +
    `<div class="e">${esc(w.expected)} ${decimal1(r.expected)} · <span class="w">${esc(w.status[r.status])}</span></div></td>`;
}

function grid(m: ReportModel, w: Words): string {
  const byCounty = new Map<string, { name: string; rows: Map<TierId, GapRow> }>();
  for (const r of m.gaps.rows) {
    const entry = byCounty.get(r.county) ?? { name: r.county === 'total' ? (m.lang === 'zh' ? r.name : w.total) : r.name, rows: new Map() };
    entry.rows.set(r.tier, r);
    byCounty.set(r.county, entry);
  }
  const line = (code: string, e: { name: string; rows: Map<TierId, GapRow> }): string =>
    `<tr data-county="${esc(code)}">${td(esc(e.name), '', code === 'total' ? undefined : code)}${TIERS.map((t) => gridCell(e.rows.get(t), w)).join('')}</tr>`;
  const body = [...byCounty].filter(([c]) => c !== 'total').map(([c, e]) => line(c, e));
  const total = byCounty.get('total');
  const legend = `<p class="legend">${(['ahead', 'on-track', 'behind'] as const).map((s) => `<span class="${s}"><span class="w">${esc(w.status[s])}</span></span>`).join('')}<span class="hint note">${esc(w.sortHint)}</span></p>`;
  return section(
    w.grid, w.gridNote,
    `${legend}<table class="sortable grid" id="county-grid"><thead><tr>${th(w.county)}${TIERS.map((t) => th(tierLabel(t, m.lang))).join('')}</tr></thead>` +
      `<tbody>${body.join('')}</tbody>${total ? `<tfoot>${line('total', total)}</tfoot>` : ''}</table>`,
  );
}

function pools(m: ReportModel, w: Words): string {
  const counties = m.gaps.rows.filter((r) => r.county !== 'total');
  const sized = TIERS.filter((t) => counties.some((r) => r.tier === t && r.pool.required !== null));
  const panels = sized.map((t) => ({
    title: tierLabel(t, m.lang),
    bars: counties.filter((r) => r.tier === t && r.pool.required !== null).map((r) => ({ label: shortName(r.name), filed: r.pool.filed, required: r.pool.required ?? 0 })),
  }));
  const chart = panels.length > 0 ? poolChart(panels, w.pools(m.gaps.year), { filed: w.filed, required: w.required }) : '';
  const rows = new Map<string, { name: string; cells: Map<TierId, GapRow> }>();
  for (const r of m.gaps.rows) {
    const e = rows.get(r.county) ?? { name: r.county === 'total' ? (m.lang === 'zh' ? r.name : w.total) : r.name, cells: new Map() };
    e.cells.set(r.tier, r);
    rows.set(r.county, e);
  }
  const cell = (r: GapRow | undefined, t: TierId): string => {
    if (!r) return sized.includes(t) ? td('—') + td('—') : td('—');
    const req = r.pool.required;
    const short = r.pool.shortfall ?? 0;
    const filed = td(`${formatCount(r.pool.filed)}${req === null ? '' : ` / ${formatCount(req)}`}`, `num${short > 0 ? ' short' : ''}`, r.pool.filed);
    if (!sized.includes(t)) return filed;
    return filed + td(req === null ? '—' : short > 0 ? `−${formatCount(short)}` : '0', `num${short > 0 ? ' short' : ''}`, req === null ? -1 : short);
  };
  const line = (e: { name: string; cells: Map<TierId, GapRow> }): string => {
    const ineligible = TIERS.reduce((n, t) => n + (e.cells.get(t)?.pool.ineligible ?? 0), 0);
    return `<tr>${td(esc(e.name))}${TIERS.map((t) => cell(e.cells.get(t), t)).join('')}${td(formatCount(ineligible), 'num', ineligible)}</tr>`;
  };
  const head = `<tr>${th(w.county)}${TIERS.map((t) => (sized.includes(t) ? `${th(`${tierLabel(t, m.lang)} ${w.filed}/${w.required}`, 'num')}${th(w.shortfall, 'num')}` : th(`${tierLabel(t, m.lang)} ${w.filed}`, 'num'))).join('')}${th(w.ineligible, 'num')}</tr>`;
  const total = rows.get('total');
  const table = `<table class="sortable" id="pools"><thead>${head}</thead><tbody>${[...rows].filter(([c]) => c !== 'total').map(([, e]) => line(e)).join('')}</tbody>` +
    `${total ? `<tfoot>${line(total)}</tfoot>` : ''}</table>`;
  return section(w.pools(m.gaps.year), w.poolsNote, chart + table);
}

/** 个旧市 → 个旧, 金平苗族瑶族傣族自治县 → 金平: chart labels stay short. */
function shortName(name: string): string {
  const autonomous = /^(.{2})[\u4e00-\u9fff]*自治县$/u.exec(name);
  if (autonomous?.[1] !== undefined) return autonomous[1];
  return /^[\u4e00-\u9fff]{2}[市县]$/u.test(name) ? name.slice(0, 2) : name;
}

function ladder(m: ReportModel, w: Words): string {
  const target = new Map(totals(m).map((r) => [r.tier, r.target]));
  const labels = m.funnel.map((p) => p.label);
  const series = TIERS.map((t) => ({ label: tierLabel(t, m.lang), values: m.funnel.map((p) => p.counts[t]), target: target.get(t) ?? 0, targetWord: w.target(m.gaps.period.end) }));
  const head = `<tr>${th(w.quarter)}${TIERS.map((t) => th(tierLabel(t, m.lang), 'num')).join('')}</tr>`;
  const body = m.funnel.map((p) => `<tr data-date="${p.date}">${td(esc(p.label), '', p.date)}${TIERS.map((t) => td(formatCount(p.counts[t]), 'num', p.counts[t])).join('')}</tr>`);
  return section(w.ladder, w.ladderNote, `${ladderChart(labels, series, w.ladder)}<table class="sortable" id="ladder"><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`, 'chart-section');
}

function expiring(m: ReportModel, w: Words): string {
  if (m.expiring.length === 0) return section(w.expiring, w.expiringNote(0), '');
  const byCounty = new Map<string, Record<TierId, number> & { first: string }>();
  for (const e of m.expiring) {
    const c = byCounty.get(e.countyName) ?? { innovative: 0, srdi: 0, 'little-giant': 0, first: e.expiresOn };
    c[e.tier] += 1;
    if (e.expiresOn < c.first) c.first = e.expiresOn;
    byCounty.set(e.countyName, c);
  }
  // Counties in the grid's order, an unknown county last.
  const order = m.gaps.rows.map((r) => r.name);
  const rank = (name: string): number => (order.includes(name) ? order.indexOf(name) : order.length);
  const summary = `<table class="sortable" id="expiring-summary"><thead><tr>${th(w.county)}${TIERS.map((t) => th(tierLabel(t, m.lang), 'num')).join('')}${th(w.firstExpiry)}</tr></thead><tbody>` +
    [...byCounty].sort(([a], [b]) => rank(a) - rank(b)).map(([county, c]) => `<tr>${td(esc(county))}${TIERS.map((t) => td(formatCount(c[t]), 'num', c[t])).join('')}${td(esc(c.first))}</tr>`).join('') + '</tbody></table>';
  const head = `<tr>${[w.county, w.name, w.creditCode, w.tier, w.recognizedOn, w.expiresOn].map((h) => th(h)).join('')}${th(w.daysLeft, 'num')}</tr>`;
  const body = m.expiring.map((e) =>
    `<tr>${td(esc(e.countyName))}${td(esc(e.name))}${td(esc(e.creditCode))}${td(esc(tierLabel(e.tier, m.lang)), '', TIERS.indexOf(e.tier))}${td(esc(e.recognizedOn))}${td(esc(e.expiresOn))}${td(formatCount(e.days), `num${e.days <= 180 ? ' short' : ''}`, e.days)}</tr>`);
  const list = `<details><summary>${esc(w.fullList(m.expiring.length))}</summary><table class="sortable" id="expiring"><thead>${head}</thead><tbody>${body.join('')}</tbody></table></details>`;
  return section(w.expiring, w.expiringNote(m.expiring.length), summary + list);
}

const VERDICTS = Object.keys(VERDICT_TEXT) as Verdict[];

function candidates(m: ReportModel, w: Words): string {
  const { table, column } = m.candidates;
  const note = w.candidatesNote(m.ruleset);
  const records = table.rows.slice(0, table.records);
  if (records.length === 0) return section(w.candidates, note, `<p class="empty">${esc(w.none)}</p>`);
  const text = (row: readonly unknown[], key: string): string => {
    const v = row[column(key)];
    return v === undefined || v === null ? '' : String(v);
  };
  const cols: [string, string, string?][] = [
    [w.county, 'county'], [w.name, 'name'], [w.srdiExpires, 'srdi_expires_on'], [w.inPool, 'lg_pool'], [w.verdict, 'verdict'],
    [w.failing, 'failing', 'num'], [w.unknown, 'unknown', 'num'], [w.shortfalls, 'shortfalls'],
  ];
  const head = `<tr>${cols.map(([h, , cls]) => th(h, cls)).join('')}</tr>`;
  const verdictOf = (row: readonly unknown[]): Verdict => VERDICTS.find((x) => VERDICT_TEXT[x][m.lang] === text(row, 'verdict')) ?? 'insufficient-data';
  const counts = VERDICTS.map((v) => [v, records.filter((r) => verdictOf(r) === v).length] as const).filter(([, n]) => n > 0);
  const tally = `<p class="tally">${counts.map(([v, n]) => `<span class="badge v-${v}" data-verdict="${v}">${esc(VERDICT_TEXT[v][m.lang])} ${formatCount(n)}</span>`).join(' ')}</p>`;
  const body = records.map((row) => {
    const cells = cols.map(([, key, cls]) => {
      const value = text(row, key);
      if (key === 'verdict') {
        const v = verdictOf(row);
        return td(`<span class="badge v-${v}">${esc(value)}</span>`, '', VERDICTS.indexOf(v));
      }
      return td(esc(value), key === 'name' ? 'name' : (cls ?? ''), cls === 'num' ? value : undefined);
    });
    return `<tr data-code="${esc(text(row, 'credit_code'))}">${cells.join('')}</tr>`;
  });
  return section(w.candidates, note, `${tally}<table class="sortable" id="candidates"><thead>${head}</thead><tbody>${body.join('')}</tbody></table>`);
}

function footer(m: ReportModel, w: Words): string {
  const parts = [`${esc(w.footer.asOf)} ${esc(m.asOf)}`];
  if (m.revision) parts.push(`${esc(w.footer.revision)} <code>${esc(m.revision.commit)}</code>${m.revision.dirty ? `（${esc(w.footer.dirty)}）` : ''}`);
  parts.push(`${esc(w.footer.tool)} hh-srdi ${esc(m.version)}`);
  if (m.gaps.document !== undefined) parts.push(esc(m.gaps.document));
  return `<footer id="footer">${parts.join(' · ')}</footer>`;
}

export function renderReport(m: ReportModel): string {
  const w = WORDS[m.lang];
  const { pace } = m.gaps;
  const pct = decimal1((100 * pace.elapsedDays) / pace.totalDays);
  const doc = m.gaps.document ?? (m.lang === 'zh' ? '倍增计划' : 'the doubling plan');
  const body = m.gaps.hasTargets
    ? [kpis(m, w), progress(m, w), grid(m, w), pools(m, w), ladder(m, w), expiring(m, w), candidates(m, w)]
    : [grid(m, w), ladder(m, w), expiring(m, w), candidates(m, w)];
  return `<!DOCTYPE html>
<html lang="${m.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy()}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="hh-srdi ${esc(m.version)}">
<title>${esc(`${w.title} · ${m.asOf}`)}</title>
<style>${CSS}</style>
</head>
<body>
<main>
<header><h1>${esc(w.title)}</h1><p class="sub">${esc(w.subtitle(doc, m.asOf, pace.elapsedDays, pace.totalDays, pct))}</p>${m.errors ? `<p class="warn" role="alert">${esc(w.errors(m.errors))}</p>` : ''}</header>
${body.join('\n')}
${footer(m, w)}
</main>
<script>${SCRIPT}</script>
</body>
</html>
`;
}
