/**
 * Which indicator changes a data diff shows. An indicator row (enterprise × fiscal year) changed
 * when any of its figures moved "enough":
 * - a number moved by at least `thresholdPct` percent of its old value (default 10 %), or from 0;
 * - a number crossed a criterion threshold (CROSSINGS: the ≥ limits of the 2022 standards and the
 *   pool rule that decide tiers), whatever the size of the move — 990 → 1,010 万元 revenue matters;
 * - a value became known or unknown;
 * - a yes/no, a level or a list changed at all.
 * Provenance (source, reported_on, checked_on) is not a change of the figures and is left out.
 */
import { M22_LITTLE_GIANT, M22_SRDI } from '../criteria/miit-2022.js';
import type { Indicators } from '../model/types.js';

export type IndicatorField = Exclude<keyof Indicators, 'creditCode' | 'year' | 'origin'>;

export interface IndicatorFieldChange {
  field: IndicatorField;
  /** Numbers as numbers; yes/no, levels and lists as text; absent = unknown. */
  before?: number | string;
  after?: number | string;
  /** (after − before) / |before| in percent, 1 decimal; absent unless both are non-zero numbers. */
  changePct?: number;
  /** Criterion thresholds crossed (either way). */
  crossed?: number[];
}

/** Criterion limits (≥) worth flagging when crossed: data, taken from the rulesets themselves. */
export const CROSSINGS: Readonly<Partial<Record<IndicatorField, readonly number[]>>> = {
  revenue: [M22_SRDI.revenue, ...M22_LITTLE_GIANT.rdBands.map((b) => b.revenueFrom)].sort((a, b) => a - b),
  rd_expense: [M22_SRDI.rdAmount],
  invention_patents: [2], // N 任务2: 小巨人 pool members hold ≥ 2 invention patents
  class1_ip: [M22_LITTLE_GIANT.class1Ip],
  market_share_pct: [M22_LITTLE_GIANT.marketShare],
};

const PROVENANCE = new Set<string>(['source', 'reported_on', 'checked_on']);

/** An award (or any record in a list) as one phrase: its values in field order. */
function itemText(v: unknown): string {
  if (typeof v !== 'object' || v === null) return String(v);
  return Object.values(v).filter((x) => x !== undefined).map(String).join(' ');
}

const isField = (name: string): name is IndicatorField => name !== 'creditCode' && name !== 'year' && name !== 'origin' && !PROVENANCE.has(name);

/** A value as compared and shown: numbers stay numbers; lists compare without regard to order. */
function shown(value: unknown): { show?: number | string; key?: string } {
  if (value === undefined || value === null) return {};
  if (typeof value === 'number') return { show: value, key: String(value) };
  if (typeof value === 'boolean' || typeof value === 'string') return { show: String(value), key: String(value) };
  if (Array.isArray(value)) {
    const items = value.map(itemText);
    return { show: items.join(', '), key: [...items].sort().join('\u0000') };
  }
  return { show: JSON.stringify(value), key: JSON.stringify(value) };
}

function crossings(field: IndicatorField, before: number, after: number): number[] {
  const lo = Math.min(before, after);
  const hi = Math.max(before, after);
  return (CROSSINGS[field] ?? []).filter((t) => lo < t && t <= hi);
}

const round1 = (x: number): number => Math.round(x * 10) / 10;

export function indicatorChanges(before: Indicators, after: Indicators, thresholdPct: number): IndicatorFieldChange[] {
  const fields = new Set<string>([...Object.keys(before), ...Object.keys(after)]);
  const out: IndicatorFieldChange[] = [];
  for (const field of [...fields].sort()) {
    if (!isField(field)) continue;
    const a: unknown = before[field];
    const b: unknown = after[field];
    const sa = shown(a);
    const sb = shown(b);
    if (sa.key === sb.key) continue;
    const change: IndicatorFieldChange = { field, ...(sa.show !== undefined && { before: sa.show }), ...(sb.show !== undefined && { after: sb.show }) };
    if (typeof a === 'number' && typeof b === 'number') {
      const crossed = crossings(field, a, b);
      const pct = a === 0 ? undefined : ((b - a) / Math.abs(a)) * 100;
      if (crossed.length === 0 && pct !== undefined && Math.abs(pct) + 1e-9 < thresholdPct) continue;
      if (pct !== undefined) change.changePct = round1(pct);
      if (crossed.length > 0) change.crossed = crossed;
    }
    out.push(change);
  }
  return out;
}
