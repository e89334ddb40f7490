/**
 * The data folder as it was at a git revision, behind the same Vfs the loaders use (STYLE pattern
 * 7): no checkout, no temporary clone. `git ls-tree` lists the folder once (paths, blob ids, sizes);
 * one long-lived `git cat-file --batch` serves every read, pipelined, so a folder of thousands of
 * files costs one process instead of one `git show` each. Git runs through execFile/spawn with
 * argument arrays, never a shell; revisions are checked before use.
 */
import { execFile } from 'node:child_process';
import { posix } from 'node:path';
import { BlobReader } from './git-blobs.js';
import type { Vfs } from './vfs.js';

export type GitErrorKind = 'no-git' | 'not-a-repo' | 'unknown-rev' | 'no-default-base' | 'failed';

export class GitError extends Error {
  constructor(
    readonly kind: GitErrorKind,
    message: string,
  ) {
    super(message);
  }
}

interface GitRun {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs `git args…` in `cwd`; pathspecs are literal (a folder named `*` is just a name). */
export function git(cwd: string, args: readonly string[]): Promise<GitRun> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      ['--literal-pathspecs', ...args],
      { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === 'number' ? error.code : error ? -1 : 0;
        if (error && error.code === 'ENOENT') return reject(new GitError('no-git', 'git is not installed (or not on PATH)'));
        resolve({ code, stdout, stderr: stderr.toString('utf8').trim() });
      },
    );
  });
}

async function gitText(cwd: string, args: readonly string[]): Promise<string> {
  const r = await git(cwd, args);
  if (r.code !== 0) throw new GitError('failed', `git ${args.join(' ')}: ${r.stderr.split('\n')[0] ?? ''}`);
  return r.stdout.toString('utf8');
}

export interface RepoPlace {
  /** The work tree's top level (absolute). */
  top: string;
  /** The folder relative to the top level, POSIX, no trailing slash ('' for the top itself). */
  prefix: string;
}

/** Where `dir` sits in its repository: computed by git itself, so symlinked temp dirs agree. */
export async function repoPlace(dir: string): Promise<RepoPlace> {
  const r = await git(dir, ['rev-parse', '--show-toplevel', '--show-prefix']);
  if (r.code !== 0) throw new GitError('not-a-repo', r.stderr.split('\n')[0] ?? 'not a git repository');
  const [top = '', prefix = ''] = r.stdout.toString('utf8').split('\n');
  return { top, prefix: prefix.replace(/\/$/, '') };
}

/** The commit a revision names, or undefined when it names none. Options never pass as revisions. */
export async function resolveCommit(top: string, rev: string): Promise<string | undefined> {
  if (rev === '' || rev.startsWith('-') || /[\0\n]/.test(rev)) return undefined;
  const r = await git(top, ['rev-parse', '--verify', '--quiet', `${rev}^{commit}`]);
  return r.code === 0 ? r.stdout.toString('utf8').trim() : undefined;
}

/** A shallow clone lacks most history: the usual reason a CI job cannot find the base revision. */
export async function isShallow(top: string): Promise<boolean> {
  const r = await git(top, ['rev-parse', '--is-shallow-repository']);
  return r.code === 0 && r.stdout.toString('utf8').trim() === 'true';
}

/** Candidates for the default branch, in order: the first one that exists is used. */
export const DEFAULT_BRANCHES = ['origin/HEAD', 'origin/main', 'main', 'master'] as const;

/** The merge base of HEAD with the default branch: what a pull request is compared against. */
export async function defaultBase(top: string): Promise<{ rev: string; branch: string; commit: string }> {
  for (const branch of DEFAULT_BRANCHES) {
    if ((await resolveCommit(top, branch)) === undefined) continue;
    const r = await git(top, ['merge-base', 'HEAD', branch]);
    if (r.code !== 0) continue;
    const commit = r.stdout.toString('utf8').trim();
    return { rev: commit, branch, commit };
  }
  throw new GitError('no-default-base', `none of ${DEFAULT_BRANCHES.join(', ')} exists`);
}

const splitZ = (text: string): string[] => text.split('\0').filter((s) => s !== '');

/**
 * Files under `prefix` that differ between `commit` and the work tree (staged or not), plus
 * untracked ones that are not ignored: what `check --changed-since` reports on. Top-relative paths.
 */
export async function changedFiles(top: string, commit: string, prefix: string): Promise<string[]> {
  const spec = ['--', ...(prefix === '' ? [] : [prefix])];
  const diff = await gitText(top, ['diff', '--name-only', '--no-renames', '-z', commit, ...spec]);
  const untracked = await gitText(top, ['ls-files', '--others', '--exclude-standard', '-z', '--full-name', ...spec]);
  return [...new Set([...splitZ(diff), ...splitZ(untracked)])].sort(byCodePoint);
}

/** Files renamed (or moved) since `commit`, as git detects them: top-relative old path → new path. */
export async function renamedFiles(top: string, commit: string, prefix: string): Promise<Map<string, string>> {
  const r = await git(top, ['diff', '--name-status', '-M', '-z', commit, '--', ...(prefix === '' ? [] : [prefix])]);
  const out = new Map<string, string>();
  if (r.code !== 0) return out;
  const parts = r.stdout.toString('utf8').split('\0');
  for (let i = 0; i < parts.length; ) {
    const status = parts[i] ?? '';
    if (status === '') break;
    if (status.startsWith('R') || status.startsWith('C')) {
      if (status.startsWith('R')) out.set(parts[i + 1] ?? '', parts[i + 2] ?? '');
      i += 3;
    } else i += 2;
  }
  return out;
}

interface TreeEntry {
  oid: string;
  size: number;
}

export interface GitVfs extends Vfs {
  /** Ends the `git cat-file` process; reads after this fail. */
  close(): void;
}

const norm = (p: string): string => {
  const n = posix.normalize(p).replace(/^\.\/?/, '').replace(/\/$/, '');
  return n === '.' ? '' : n;
};

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Like nodeVfs: hidden directories and node_modules are not walked; symlinks and submodules are not files. */
function skipped(path: string): boolean {
  const dirs = path.split('/').slice(0, -1);
  return dirs.some((d) => d.startsWith('.') || d === 'node_modules');
}

/**
 * A read-only Vfs over `commit`'s tree below `prefix`. Paths given to it are top-relative POSIX
 * paths (pass `prefix` as the loader's root).
 */
export async function openGitVfs(top: string, commit: string, prefix: string): Promise<GitVfs> {
  const listing = await git(top, ['ls-tree', '-r', '-l', '-z', '--full-tree', commit, ...(prefix === '' ? [] : ['--', prefix])]);
  if (listing.code !== 0) throw new GitError('failed', `git ls-tree ${commit}: ${listing.stderr.split('\n')[0] ?? ''}`);
  const files = new Map<string, TreeEntry>();
  for (const line of splitZ(listing.stdout.toString('utf8'))) {
    // <mode> SP <type> SP <object> SP+ <size> TAB <path>
    const tab = line.indexOf('\t');
    const [mode, type, oid, size] = line.slice(0, tab).split(/ +/);
    const path = line.slice(tab + 1);
    if (type !== 'blob' || mode === '120000' || oid === undefined) continue;
    const rel = prefix === '' ? path : path.slice(prefix.length + 1);
    if (skipped(rel)) continue;
    files.set(path, { oid, size: Number(size) });
  }
  const sorted = [...files.keys()].sort(byCodePoint);
  const under = (dir: string): string[] => {
    const d = norm(dir);
    if (d === '') return sorted;
    return sorted.filter((k) => k.startsWith(`${d}/`)).map((k) => k.slice(d.length + 1));
  };
  let reader: BlobReader | undefined;
  return {
    list: async (dir) => under(dir),
    async read(path) {
      const entry = files.get(norm(path));
      if (!entry) throw Object.assign(new Error(`ENOENT: ${path} at ${commit}`), { code: 'ENOENT' });
      reader ??= new BlobReader(top);
      return reader.read(entry.oid);
    },
    size: async (path) => files.get(norm(path))?.size ?? 0,
    exists: async (path) => norm(path) === '' || files.has(norm(path)) || under(path).length > 0,
    isDirectory: async (path) => !files.has(norm(path)) && (norm(path) === '' || under(path).length > 0),
    close: () => reader?.close(),
  };
}
