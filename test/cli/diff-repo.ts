/**
 * Temporary git repositories for the diff, --changed-since and CI recipe tests: a data folder
 * committed on `main`, then a pull-request branch. Dates and identities are fixed, so commit ids —
 * and every report that shows them — are the same on every run.
 */
import { afterEach } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const GAPS_FIXTURE = 'test/fixtures/gaps';

const GIT_ENV = {
  GIT_AUTHOR_NAME: 'hh-srdi test',
  GIT_AUTHOR_EMAIL: 'test@example.org',
  GIT_COMMITTER_NAME: 'hh-srdi test',
  GIT_COMMITTER_EMAIL: 'test@example.org',
  GIT_AUTHOR_DATE: '2026-11-20T10:00:00+08:00',
  GIT_COMMITTER_DATE: '2026-11-20T10:00:00+08:00',
  GIT_CONFIG_NOSYSTEM: '1',
};

export class TempRepo {
  readonly dir: string;

  constructor(prefix = 'hh-srdi-git-') {
    this.dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
    this.git('init', '-q', '-b', 'main');
    this.git('config', 'user.name', 'hh-srdi test');
    this.git('config', 'user.email', 'test@example.org');
    this.git('config', 'commit.gpgsign', 'false');
    this.git('config', 'core.autocrlf', 'false');
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: { ...process.env, ...GIT_ENV, HOME: this.dir }, encoding: 'utf8' });
  }

  path(rel: string): string {
    return join(this.dir, rel);
  }

  copy(from: string, to: string): this {
    cpSync(from, this.path(to), { recursive: true });
    return this;
  }

  write(rel: string, content: string | Uint8Array): this {
    mkdirSync(dirname(this.path(rel)), { recursive: true });
    writeFileSync(this.path(rel), content);
    return this;
  }

  read(rel: string): string {
    return readFileSync(this.path(rel), 'utf8');
  }

  /** Replaces text in a file; throws when the text is not there (a silently unchanged test is no test). */
  edit(rel: string, from: string | RegExp, to: string): this {
    const before = this.read(rel);
    const after = before.replace(from, to);
    if (after === before) throw new Error(`edit ${rel}: ${String(from)} not found`);
    return this.write(rel, after);
  }

  append(rel: string, text: string): this {
    return this.write(rel, this.read(rel) + text);
  }

  move(from: string, to: string): this {
    mkdirSync(dirname(this.path(to)), { recursive: true });
    renameSync(this.path(from), this.path(to));
    return this;
  }

  remove(rel: string): this {
    rmSync(this.path(rel), { recursive: true, force: true });
    return this;
  }

  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD').trim();
  }

  branch(name: string): this {
    this.git('checkout', '-q', '-b', name);
    return this;
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** `main` holds the gaps fixture as data/ (one commit); a `pr` branch is checked out, ready for changes. */
export function dataRepo(): TempRepo {
  const repo = new TempRepo();
  repo.copy(GAPS_FIXTURE, 'data');
  repo.commit('data: the gaps fixture');
  return repo.branch('pr');
}

/**
 * The temporary repositories of one test file, removed after each test: `repo()` makes a data repo,
 * `track(r)` adopts one made otherwise.
 */
export function tempRepos(): { repo: () => TempRepo; track: (r: TempRepo) => void } {
  const repos: TempRepo[] = [];
  afterEach(() => {
    for (const r of repos.splice(0)) r.dispose();
  });
  const track = (r: TempRepo): void => {
    repos.push(r);
  };
  return {
    repo: () => {
      const r = dataRepo();
      track(r);
      return r;
    },
    track,
  };
}
