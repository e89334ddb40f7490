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

/** Last day `r` counts, given the recognitions of its tier that follow it (sorted by start). */
export function effectiveEnd(r: Recognition, later: readonly Recognition[]): string {
  let end = r.expiresOn;
  if (r.revokedOn !== undefined && addDays(r.revokedOn, -1) < end) end = addDays(r.revokedOn, -1);
  const renewal = later.find((k) => continues(k, r));
  if (renewal && addDays(renewal.recognizedOn, -1) < end) end = addDays(renewal.recognizedOn, -1);
  return end;
}

export default defineRule({
  id: 'recognition-overlap',
  description: { zh: '同一企业同一层级的两条认定有效期重叠', en: 'two recognitions of one tier overlapping for one enterprise' },
  defaultSeverity: 'warn',
  check({ data, index, report }) {
    const codes = new Set(data.recognitions.map((r) => r.creditCode));
    for (const code of codes) {
      const all = index.recognitionsOf(code);
      for (const tier of new Set(all.map((r) => r.tier))) {
        const list = all.filter((r) => r.tier === tier && r.expiresOn >= r.recognizedOn);
        list.forEach((later, j) => {
          for (let i = 0; i < j; i++) {
            const earlier = list[i];
            if (!earlier || continues(later, earlier)) continue;
            const end = effectiveEnd(earlier, list.slice(i + 1));
            if (later.recognizedOn > end) continue;
            report({
              code: 'recognition-overlap',
              args: { ...tierArgs(tier), start: later.recognizedOn, prev_start: earlier.recognizedOn, prev_end: end },
              at: { origin: later.origin, field: 'recognized_on' },
              value: later.recognizedOn,
              expected: `> ${end}`,
            });
            return;
          }
        });
      }
    }
  },
});
