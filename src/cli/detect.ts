/**
 * Message language and colour, from the flag, the environment and the config. Light on purpose:
 * program.ts words its errors with detectLang before (and without) any command has loaded.
 */
import type { Lang } from '../messages.js';
import { UsageError, type Io } from './io.js';

export function detectLang(flag: string | undefined, env: Io['env'], configured: Lang | undefined): Lang {
  const pick = (v: string | undefined): Lang | undefined => (v === undefined || v === '' ? undefined : v.toLowerCase().startsWith('zh') ? 'zh' : 'en');
  if (flag !== undefined) {
    if (flag !== 'zh' && flag !== 'en') throw new UsageError(`--lang 只能是 zh 或 en，收到 “${flag}”`, `--lang must be zh or en, got "${flag}"`);
    return flag;
  }
  return pick(env.HH_SRDI_LANG) ?? configured ?? pick(env.LC_ALL) ?? pick(env.LC_MESSAGES) ?? pick(env.LANG) ?? 'en';
}

export function detectColor(flag: boolean | undefined, io: Io, stream: 'stdout' | 'stderr' = 'stdout'): boolean {
  if (flag === false) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  return stream === 'stdout' ? io.stdoutIsTTY : io.stderrIsTTY;
}
