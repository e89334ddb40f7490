/** Every county × tier row of `gaps`, before and after a change: valid recognitions, remaining, pace, pool. */
import type { TierId } from '../model/types.js';
import type { GapReport, GapRow } from './gaps.js';
import type { PaceStatus } from './pace.js';

export interface GapFigures {
  actual: number;
  target: number;
  remaining: number;
  status: PaceStatus;
  poolRequired: number | null;
  poolFiled: number;
  poolShortfall: number | null;
}

export interface GapChange {
  county: string;
  name: string;
  tier: TierId;
  before?: GapFigures;
  after?: GapFigures;
  changed: boolean;
}

export interface GapsDiff {
  year: number;
  rows: GapChange[];
}

function figures(row: GapRow): GapFigures {
  return {
    actual: row.actual, target: row.target, remaining: row.remaining, status: row.status,
    poolRequired: row.pool.required, poolFiled: row.pool.filed, poolShortfall: row.pool.shortfall,
  };
}

const GAP_FIGURES = ['actual', 'target', 'remaining', 'status', 'poolRequired', 'poolFiled', 'poolShortfall'] as const satisfies readonly (keyof GapFigures)[];
const sameFigures = (a: GapFigures, b: GapFigures): boolean => GAP_FIGURES.every((k) => a[k] === b[k]);

/** Rows in the order of the report now, then rows that exist only before (a county dropped). */
export function gapDiff(before: GapReport, after: GapReport): GapsDiff {
  const key = (r: GapRow): string => `${r.county}\u0000${r.tier}`;
  const old = new Map(before.rows.map((r) => [key(r), r] as const));
  const rows: GapChange[] = [];
  for (const r of after.rows) {
    const was = old.get(key(r));
    const now = figures(r);
    const prev = was && figures(was);
    rows.push({ county: r.county, name: r.name, tier: r.tier, ...(prev && { before: prev }), after: now, changed: !prev || !sameFigures(prev, now) });
  }
  const seen = new Set(after.rows.map(key));
  for (const r of before.rows) {
    if (!seen.has(key(r))) rows.push({ county: r.county, name: r.name, tier: r.tier, before: figures(r), changed: true });
  }
  return { year: after.year, rows };
}
