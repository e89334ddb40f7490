/**
 * Two recognitions of one tier held at once by one enterprise are a data error (a duplicate, or a
 * 复核 not marked as such) — except a renewal. Semantics of 复核 (M22: renewed by review for
 * another 3 years): a `kind: renewal` recognition that starts after an earlier one of the same
 * tier and no later than the day after that one's last valid day *continues* it — the earlier one
 * ends the day before the renewal starts, so the two never overlap. Every other pair overlaps when
 * the later one starts on or before the earlier one's effective last day (its expiry, the day
 * before its revocation, or the day before its renewal). A renewal after a gap is a new start and
 * not an overlap either.
 */
import { addDays } from '../model/dates.js';
import type { Recognition } from '../model/types.js';
import { defineRule } from './define.js';
import { tierArgs } from './messages-plan.js';

export function continues(renewal: Recognition, earlier: Recognition): boolean {
  return renewal.kind === 'renewal' && renewal.recognizedOn > earlier.recognizedOn && renewal.recognizedOn <= addDays(earlier.expiresOn, 1);
}

/** Last day `r` counts on its own: its expiry, or the day before its revocation. */
function ownEnd(r: Recognition): string {
  const revokedEnd = r.revokedOn === undefined ? undefined : addDays(r.revokedOn, -1);
  return revokedEnd !== undefined && revokedEnd < r.expiresOn ? revokedEnd : r.expiresOn;
}

export default defineRule({
  id: 'recognition-overlap',
  description: { zh: '同一企业同一层级的两条认定有效期重叠', en: 'two recognitions of one tier overlapping for one enterprise' },
  defaultSeverity: 'warn',
  check({ data, index, report }) {
    const codes = new Set(data.recognitions.map((r) => r.creditCode));
    for (const code of codes) {
      const all = index.recognitionsOf(code); // sorted by recognizedOn
      const open = new Map<string, { r: Recognition; end: string }>(); // per tier: the one that runs latest
      for (const later of all) {
        if (later.expiresOn < later.recognizedOn) continue; // recognition-dates reports it
        const prev = open.get(later.tier);
        // One pass in date order: a renewal that continues `prev` ends it; anything else starting before prev's end overlaps.
        if (prev && !continues(later, prev.r) && later.recognizedOn <= prev.end) {
          report({
            code: 'recognition-overlap',
            args: { ...tierArgs(later.tier), start: later.recognizedOn, prev_start: prev.r.recognizedOn, prev_end: prev.end },
            at: { origin: later.origin, field: 'recognized_on' },
            value: later.recognizedOn,
            expected: `> ${prev.end}`,
          });
        }
        const end = ownEnd(later);
        if (!prev || continues(later, prev.r) || end >= prev.end) open.set(later.tier, { r: later, end });
      }
    }
  },
});
