/** Exports are written atomically (temp file + rename) and never inside the data folder. */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, isAbsolute, basename } from 'node:path';
import { realpathSync } from 'node:fs';

function real(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}

export function isInside(child: string, parent: string): boolean {
  const rel = relative(real(parent), join(real(dirname(child)), basename(child)));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export async function writeAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const target = resolve(path);
  const temp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx' });
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => undefined);
    throw e;
  }
}
