/**
 * Git for the CLI: where the data folder sits in its repository, which revision to compare against,
 * which files changed — with every failure turned into one clear line and exit 2.
 */
import { posix } from 'node:path';
import { changedFiles, defaultBase, DEFAULT_BRANCHES, GitError, isShallow, repoPlace, resolveCommit, type RepoPlace } from '../load/git-vfs.js';
import type { DiffBase } from '../reports/diff.js';
import { loadData, type Context } from './context.js';
import { UsageError } from './io.js';

/** The data folder's repository: top level and the folder's path inside it (works from any cwd). */
export async function gitPlace(ctx: Context): Promise<RepoPlace> {
  // a missing folder is the usual "data folder not found" line, not a git error
  if (!(await ctx.io.vfs.isDirectory(ctx.dataDir))) await loadData(ctx);
  const shown = ctx.displayRoot || '.';
  try {
    return await repoPlace(ctx.dataDir);
  } catch (e) {
    if (e instanceof GitError && e.kind === 'no-git') throw new UsageError('找不到 git 命令：此功能需要安装 git', 'git not found: this needs git on the PATH');
    throw new UsageError(`数据文件夹 ${shown} 不在 git 仓库中：此功能需要 git 历史`, `the data folder ${shown} is not inside a git repository: this needs its git history`);
  }
}

/** The commit to compare against: REV as given (validated), else the merge base with the default branch. */
export async function baseCommit(place: RepoPlace, rev: string | undefined): Promise<DiffBase> {
  if (rev !== undefined) {
    const commit = await resolveCommit(place.top, rev);
    if (commit === undefined) {
      const shallow = await isShallow(place.top);
      throw new UsageError(
        `未知的 git 版本 “${rev}”（应为分支、标签或提交，如 origin/main、HEAD~1）${shallow ? '；当前为浅克隆，请获取完整历史（actions/checkout 设 fetch-depth: 0，GitLab 设 GIT_DEPTH: 0）' : ''}`,
        `unknown git revision "${rev}" (expected a branch, tag or commit, e.g. origin/main or HEAD~1)${shallow ? '; this is a shallow clone: fetch the history (actions/checkout fetch-depth: 0, GitLab GIT_DEPTH: 0)' : ''}`,
      );
    }
    return { rev, commit };
  }
  try {
    const base = await defaultBase(place.top);
    return { rev: base.rev, commit: base.commit, branch: base.branch };
  } catch {
    const tried = DEFAULT_BRANCHES.join(', ');
    if (await isShallow(place.top)) {
      throw new UsageError(`找不到默认分支（已尝试 ${tried}）：当前为浅克隆，请获取完整历史或指定版本`, `no default branch to compare against (tried ${tried}): this is a shallow clone — fetch the history, or pass a revision`);
    }
    throw new UsageError(`找不到默认分支（已尝试 ${tried}）：请指定版本，如 hh-srdi diff HEAD~1`, `no default branch to compare against (tried ${tried}): pass a revision, e.g. hh-srdi diff HEAD~1`);
  }
}

/** A top-level-relative path inside the data folder, as diagnostics print it. */
export function displayPath(ctx: Context, place: RepoPlace, path: string): string {
  const rel = place.prefix === '' ? path : posix.relative(place.prefix, path);
  return ctx.displayRoot ? posix.join(ctx.displayRoot, rel) : rel;
}

/** The data files changed since REV (committed, staged, unstaged or untracked), as diagnostics print them. */
export async function changedSince(ctx: Context, rev: string): Promise<{ base: DiffBase; files: Set<string> }> {
  const place = await gitPlace(ctx);
  const base = await baseCommit(place, rev);
  const files = await changedFiles(place.top, base.commit, place.prefix);
  return { base, files: new Set(files.map((f) => displayPath(ctx, place, f))) };
}
