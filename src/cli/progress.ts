/**
 * A progress line for long loads (issue 9): `读取文件 120/10000 · reading files 120/10000` on stderr,
 * only on a terminal, only once the load has taken more than a second, redrawn at most ten times a
 * second, and erased when the load ends — so short runs, pipes and CI logs never see it.
 */
import type { Lang } from '../messages.js';
import type { Io } from './io.js';

export const PROGRESS_AFTER_MS = 1000;
const REDRAW_MS = 100;

export interface Progress {
  update(done: number, total: number): void;
  /** Erases the line, if one was drawn. */
  end(): void;
}

export function progressLine(io: Pick<Io, 'stderr' | 'stderrIsTTY'>, lang: Lang, clock: () => number = () => performance.now()): Progress {
  const started = clock();
  let drawnAt: number | undefined;
  return {
    update(done, total) {
      if (!io.stderrIsTTY) return;
      const now = clock();
      if (now - started < PROGRESS_AFTER_MS || (drawnAt !== undefined && now - drawnAt < REDRAW_MS && done < total)) return;
      drawnAt = now;
      io.stderr(`\r${lang === 'zh' ? `读取文件 ${done}/${total}` : `reading files ${done}/${total}`}\u001b[K`);
    },
    end() {
      if (drawnAt !== undefined) io.stderr('\r\u001b[K');
    },
  };
}
