/**
 * File access for the core (publint's Vfs): the loaders never call `fs` themselves, so rule tests
 * run in memory and `diff REV` can read the same folder from git blobs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

export interface Vfs {
  /** All files under `dir` (recursively), as POSIX paths relative to `dir`, sorted by code point. */
  list(dir: string): Promise<string[]>;
  read(path: string): Promise<Uint8Array>;
  size(path: string): Promise<number>;
  exists(path: string): Promise<boolean>;
  isDirectory(path: string): Promise<boolean>;
}

const SKIP_DIRS = new Set(['.git', 'node_modules']);

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function nodeVfs(): Vfs {
  return {
    async list(dir) {
      const out: string[] = [];
      const walk = (abs: string): void => {
        const entries = readdirSync(abs, { withFileTypes: true });
        for (const entry of entries) {
          if (entry.name.startsWith('.') && entry.isDirectory()) continue;
          const full = join(abs, entry.name);
          if (entry.isDirectory()) {
            if (!SKIP_DIRS.has(entry.name)) walk(full);
          } else if (entry.isFile()) {
            out.push(relative(dir, full).split(sep).join(posix.sep));
          }
        }
      };
      walk(dir);
      return out.sort(byCodePoint);
    },
    // Synchronous calls: for thousands of small files they beat a thread-pool round trip per call.
    read: async (path) => {
      const b = readFileSync(path);
      return new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
    },
    size: async (path) => statSync(path).size,
    exists: async (path) => statSync(path, { throwIfNoEntry: false }) !== undefined,
    isDirectory: async (path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === true,
  };
}

/** An in-memory folder for tests: keys are POSIX paths. */
export function memoryVfs(files: Readonly<Record<string, string | Uint8Array>>): Vfs {
  const norm = (p: string): string => posix.normalize(p.split(sep).join(posix.sep)).replace(/^\.\//, '');
  const store = new Map<string, Uint8Array>();
  for (const [path, content] of Object.entries(files)) {
    store.set(norm(path), typeof content === 'string' ? new TextEncoder().encode(content) : content);
  }
  const under = (dir: string): string[] => {
    const d = norm(dir);
    const prefix = d === '.' || d === '' ? '' : `${d}/`;
    return [...store.keys()].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  };
  return {
    list: async (dir) => under(dir).sort(byCodePoint),
    async read(path) {
      const content = store.get(norm(path));
      if (!content) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return content;
    },
    size: async (path) => store.get(norm(path))?.byteLength ?? 0,
    exists: async (path) => store.has(norm(path)) || under(path).length > 0,
    isDirectory: async (path) => !store.has(norm(path)) && under(path).length > 0,
  };
}
