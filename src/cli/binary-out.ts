/**
 * Where a workbook or a report file goes: --out (atomically, never inside the data folder), else
 * stdout as bytes — but not to a terminal, which would show a screenful of zip bytes.
 */
import { resolve } from 'node:path';
import { isInside, writeAtomic } from '../export/write.js';
import type { Context } from './context.js';
import { UsageError, type Io } from './io.js';

/** The absolute --out path, refused inside the data folder (exports and reports are not data). */
export function outPath(ctx: Context, raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  const path = resolve(ctx.io.cwd, raw);
  if (isInside(path, ctx.dataDir)) {
    throw new UsageError(`不能写入数据文件夹内：${raw}（请放在 ${ctx.displayRoot || '.'} 之外）`, `refusing to write inside the data folder: ${raw}`);
  }
  return path;
}

export async function writeOutFile(path: string, shown: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeAtomic(path, bytes);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new UsageError(`无法写入 ${shown}：${reason}`, `cannot write ${shown}: ${reason}`);
  }
}

/** A workbook to stdout: only into a pipe or a file (`> f.xlsx`), never onto a terminal. */
export function writeBinaryStdout(io: Io, bytes: Uint8Array): void {
  if (io.stdoutIsTTY || !io.stdoutBytes) {
    throw new UsageError('xlsx 是二进制文件：请用 --out 文件名.xlsx，或重定向到文件（> 文件名.xlsx）', 'xlsx is binary: pass --out FILE.xlsx, or redirect stdout to a file (> FILE.xlsx)');
  }
  io.stdoutBytes(bytes);
}

/** --out FILE, else stdout; a note on stderr names the file written. */
export async function emitWorkbook(ctx: Context, raw: string | undefined, bytes: Uint8Array): Promise<void> {
  const path = outPath(ctx, raw);
  if (path === undefined || raw === undefined) {
    writeBinaryStdout(ctx.io, bytes);
    return;
  }
  await writeOutFile(path, raw, bytes);
  ctx.io.stderr(ctx.lang === 'zh' ? `提示：已写入 ${raw}\n` : `note: wrote ${raw}\n`);
}
