/**
 * The dashboard's charts as inline SVG, drawn here: no chart library, no script, no fonts to fetch —
 * the same bytes for the same data, sharp at any zoom and in print. Every text is escaped.
 */
import { formatCount } from '../reporters/format.js';
import { decimal1 } from '../reporters/gaps-common.js';
import type { PaceStatus } from '../reports/pace.js';

/** Text for HTML and SVG: the five characters that could open markup or end an attribute. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const round = (x: number): string => String(Math.round(x * 10) / 10);

export const STATUS_COLOUR: Record<PaceStatus, string> = { ahead: '#2e7d32', 'on-track': '#1565c0', behind: '#c62828' };
export const TIER_COLOUR = ['#5c6bc0', '#00897b', '#f4511e'] as const;

export interface ProgressBar {
  label: string;
  baseline: number;
  actual: number;
  expected: number;
  target: number;
  status: PaceStatus;
  /** "实有 117" / "按进度 125.3" / "目标 158" */
  words: { actual: string; expected: string; target: string; baseline: string };
}

/** Actual against the 2027 target per tier, with the on-pace mark and the baseline. */
export function progressChart(bars: readonly ProgressBar[], title: string): string {
  const W = 960;
  const left = 92;
  const right = 16;
  const rowH = 62;
  const H = bars.length * rowH + 8;
  const span = W - left - right;
  const parts: string[] = [];
  bars.forEach((b, i) => {
    const max = Math.max(b.target, b.actual, b.expected, 1) * 1.04;
    const x = (v: number): string => round(left + (span * v) / max);
    const y = 8 + i * rowH;
    parts.push(
      `<text x="0" y="${y + 22}" class="lbl">${esc(b.label)}</text>`,
      `<rect x="${left}" y="${y + 8}" width="${round((span * b.target) / max)}" height="20" fill="#e8eaed" rx="2"/>`,
      `<rect x="${left}" y="${y + 8}" width="${round((span * b.actual) / max)}" height="20" fill="${STATUS_COLOUR[b.status]}" rx="2"><title>${esc(`${b.words.actual} ${formatCount(b.actual)}`)}</title></rect>`,
      `<line x1="${x(b.baseline)}" x2="${x(b.baseline)}" y1="${y + 4}" y2="${y + 32}" stroke="#5f6368" stroke-dasharray="2 2"/>`,
      `<line x1="${x(b.expected)}" x2="${x(b.expected)}" y1="${y + 2}" y2="${y + 34}" stroke="#202124" stroke-width="2"/>`,
      `<text x="${left}" y="${y + 48}" class="sm">${esc(`${b.words.actual} ${formatCount(b.actual)} · ${b.words.expected} ${decimal1(b.expected)} · ${b.words.baseline} ${formatCount(b.baseline)}`)}</text>`,
      `<text x="${x(b.target)}" y="${y + 48}" class="sm" text-anchor="end">${esc(`${b.words.target} ${formatCount(b.target)}`)}</text>`,
    );
  });
  return svg(W, H, title, parts);
}

export interface Series {
  label: string;
  values: readonly number[];
  /** The 2027 target, drawn dashed. */
  target: number;
  targetWord: string;
}

/** One small panel per tier (each on its own scale: 300 innovative SMEs and 10 little giants). */
export function ladderChart(xLabels: readonly string[], series: readonly Series[], title: string): string {
  const PW = 300;
  const PH = 215;
  const pad = { l: 34, r: 14, t: 26, b: 52 };
  const parts: string[] = [];
  series.forEach((s, k) => {
    const ox = k * (PW + 10);
    const max = Math.max(s.target, ...s.values, 1) * 1.1;
    const n = Math.max(1, s.values.length - 1);
    const px = (i: number): number => ox + pad.l + ((PW - pad.l - pad.r) * i) / n;
    const py = (v: number): number => pad.t + (PH - pad.t - pad.b) * (1 - v / max);
    const colour = TIER_COLOUR[k % TIER_COLOUR.length] ?? '#5c6bc0';
    parts.push(`<text x="${ox + pad.l}" y="14" class="lbl">${esc(s.label)}</text>`);
    parts.push(`<line x1="${ox + pad.l}" x2="${ox + PW - pad.r}" y1="${round(py(0))}" y2="${round(py(0))}" stroke="#bdc1c6"/>`);
    parts.push(`<text x="${ox + pad.l - 4}" y="${round(py(0) + 4)}" class="sm" text-anchor="end">0</text>`);
    const ty = round(py(s.target));
    parts.push(`<line x1="${ox + pad.l}" x2="${ox + PW - pad.r}" y1="${ty}" y2="${ty}" stroke="${colour}" stroke-dasharray="5 4" opacity="0.7"/>`);
    parts.push(`<text x="${ox + PW - pad.r}" y="${round(py(s.target) - 4)}" class="sm" text-anchor="end">${esc(`${s.targetWord} ${formatCount(s.target)}`)}</text>`);
    const points = s.values.map((v, i) => `${round(px(i))},${round(py(v))}`).join(' ');
    parts.push(`<polyline points="${points}" fill="none" stroke="${colour}" stroke-width="2.5"/>`);
    s.values.forEach((v, i) => {
      parts.push(`<circle cx="${round(px(i))}" cy="${round(py(v))}" r="3" fill="${colour}"><title>${esc(`${xLabels[i] ?? ''}: ${formatCount(v)}`)}</title></circle>`);
    });
    const last = s.values.length - 1;
    if (last >= 0) parts.push(`<text x="${round(px(last) - 4)}" y="${round(py(s.values[last] ?? 0) - 8)}" class="val" text-anchor="end">${formatCount(s.values[last] ?? 0)}</text>`);
    // Every label when they fit, else the first, every other one and the last.
    const step = xLabels.length > 7 ? 2 : 1;
    xLabels.forEach((label, i) => {
      if (i % step !== 0 && i !== last) return;
      if (step > 1 && i === last - 1) return;
      parts.push(`<text x="${round(px(i))}" y="${PH - pad.b + 14}" class="xs" text-anchor="end" transform="rotate(-35 ${round(px(i))} ${PH - pad.b + 14})">${esc(label)}</text>`);
    });
  });
  return svg(series.length * (PW + 10) - 10, PH, title, parts);
}

export interface PoolBar {
  label: string;
  filed: number;
  required: number;
}

/** Filed against required, per county: the bar green when the pool is full, red when short. */
export function poolChart(panels: readonly { title: string; bars: readonly PoolBar[] }[], title: string, words: { filed: string; required: string }): string {
  const PW = 470;
  const left = 64;
  const rowH = 18;
  const top = 22;
  const rows = Math.max(1, ...panels.map((p) => p.bars.length));
  const H = top + rows * rowH + 22;
  const parts: string[] = [];
  panels.forEach((panel, k) => {
    const ox = k * (PW + 10);
    const max = Math.max(1, ...panel.bars.flatMap((b) => [b.filed, b.required])) * 1.12;
    const span = PW - left - 26;
    const x = (v: number): string => round(ox + left + (span * v) / max);
    parts.push(`<text x="${ox}" y="14" class="lbl">${esc(panel.title)}</text>`);
    panel.bars.forEach((b, i) => {
      const y = top + i * rowH;
      const full = b.filed >= b.required;
      parts.push(
        `<text x="${ox + left - 6}" y="${y + 12}" class="sm" text-anchor="end">${esc(b.label)}</text>`,
        `<rect x="${ox + left}" y="${y + 3}" width="${round((span * b.filed) / max)}" height="11" fill="${full ? STATUS_COLOUR.ahead : STATUS_COLOUR.behind}" rx="1.5"><title>${esc(`${b.label}: ${words.filed} ${b.filed} / ${words.required} ${b.required}`)}</title></rect>`,
        `<line x1="${x(b.required)}" x2="${x(b.required)}" y1="${y + 1}" y2="${y + 16}" stroke="#202124" stroke-width="2"/>`,
        `<text x="${round(ox + left + (span * Math.max(b.filed, b.required)) / max + 4)}" y="${y + 12}" class="xs">${b.filed}/${b.required}</text>`,
      );
    });
  });
  parts.push(
    `<rect x="0" y="${H - 12}" width="10" height="8" fill="${STATUS_COLOUR.ahead}"/><text x="14" y="${H - 4}" class="xs">${esc(words.filed)}</text>`,
    `<line x1="90" x2="90" y1="${H - 14}" y2="${H - 2}" stroke="#202124" stroke-width="2"/><text x="96" y="${H - 4}" class="xs">${esc(words.required)}</text>`,
  );
  return svg(panels.length * (PW + 10) - 10, H, title, parts);
}

function svg(width: number, height: number, title: string, parts: readonly string[]): string {
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}" xmlns="http://www.w3.org/2000/svg"><title>${esc(title)}</title>${parts.join('')}</svg>`;
}
