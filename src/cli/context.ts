/** Options shared by every command, resolved once: data folder, language, date, colour, config. */
import { isAbsolute, posix, relative, resolve, sep } from 'node:path';
import type { Lang } from '../messages.js';
import { isoDateInShanghai, parseDate } from '../model/dates.js';
import type { IsoDate } from '../model/types.js';
import { loadFolder, type LoadResult } from '../load/folder.js';
import { progressLine } from './progress.js';
import type { Encoding } from '../load/decode.js';
import { loadConfig, type Config } from './config.js';
import { detectColor, detectLang } from './detect.js';
import { UsageError, type Io } from './io.js';

export interface GlobalOptions {
  data?: string;
  config?: string;
  lang?: string;
  asOf?: string;
  color?: boolean;
  encoding?: string;
  debug?: boolean;
}

export interface Context {
  io: Io;
  config: Config;
  lang: Lang;
  asOf: IsoDate;
  color: boolean;
  /** Absolute data folder. */
  dataDir: string;
  /** As printed: relative to the cwd with POSIX slashes. */
  displayRoot: string;
  encoding?: Encoding;
}

export function parseAsOf(raw: string | undefined, io: Io): IsoDate {
  if (raw === undefined) return isoDateInShanghai(io.now());
  const r = parseDate(raw);
  if (!r.ok) throw new UsageError(`--as-of 不是有效日期：“${raw}”（应为 YYYY-MM-DD）`, `--as-of is not a valid date: "${raw}" (expected YYYY-MM-DD)`);
  return r.value;
}

export function toPosixRelative(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  if (rel === '') return '';
  return isAbsolute(rel) ? abs.split(sep).join(posix.sep) : rel.split(sep).join(posix.sep);
}

export async function resolveContext(opts: GlobalOptions, io: Io): Promise<Context> {
  const config = await loadConfig(io, opts.config);
  const lang = detectLang(opts.lang, io.env, config.lang);
  const asOf = parseAsOf(opts.asOf, io);
  const dataDir = opts.data ? resolve(io.cwd, opts.data) : config.data ? resolve(config.dir, config.data) : resolve(io.cwd, 'data');
  const encoding = opts.encoding ?? config.encoding;
  if (encoding !== undefined && encoding !== 'utf8' && encoding !== 'gb18030') {
    throw new UsageError(`--encoding 只能是 utf8 或 gb18030`, `--encoding must be utf8 or gb18030, got "${encoding}"`);
  }
  return { io, config, lang, asOf, color: detectColor(opts.color, io), dataDir, displayRoot: toPosixRelative(io.cwd, dataDir), encoding };
}

export async function loadData(ctx: Context): Promise<LoadResult> {
  if (!(await ctx.io.vfs.isDirectory(ctx.dataDir))) {
    const shown = ctx.displayRoot || '.';
    throw new UsageError(
      `找不到数据文件夹 ${shown}（用 --data DIR 指定，或运行 hh-srdi init 新建）`,
      `data folder not found: ${shown} (pass --data DIR, or create one with hh-srdi init)`,
    );
  }
  const progress = progressLine(ctx.io, ctx.lang);
  try {
    return await loadFolder({
      vfs: ctx.io.vfs,
      root: ctx.dataDir,
      displayRoot: ctx.displayRoot,
      encoding: ctx.encoding,
      maxYamlBytes: ctx.config.max_yaml_mb ? ctx.config.max_yaml_mb * 1024 * 1024 : undefined,
      onProgress: (done, total) => progress.update(done, total),
    });
  } finally {
    progress.end();
  }
}
