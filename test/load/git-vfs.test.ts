/** The Vfs over a git revision: what `diff REV` loads must be what a checkout of REV would load. */
import { symlinkSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadFolder } from '../../src/load/folder.js';
import { changedFiles, openGitVfs, renamedFiles, repoPlace, resolveCommit } from '../../src/load/git-vfs.js';
import { nodeVfs } from '../../src/load/vfs.js';
import { TempRepo } from '../cli/diff-repo.js';
import { plainDataset } from '../helpers.js';

const repo = new TempRepo('hh-srdi-gitvfs-');
const big = new Uint8Array(300_000).map((_, i) => (i * 7919) % 251);
repo
  .copy('test/fixtures/gaps', 'data')
  .write('data/enterprises/名 with space #1.yaml', 'credit_code: 91532503MA6K1A0B2A\nname: 同名（示例）\ncounty: 蒙自\n')
  .write('data/blob.bin', big)
  .write('data/.hidden/x.yaml', 'a: 1\n')
  .write('data/node_modules/y.yaml', 'a: 1\n')
  .write('data/.gitignore', 'ignored.csv\n')
  .write('other/plan.yaml', 'not: data\n');
symlinkSync('plan.yaml', repo.path('data/link.yaml'));
const commit = repo.commit('first');
// the work tree moves on; the Vfs must still show the commit
repo.edit('data/plan.yaml', 'miit-2022', 'miit-2026').write('data/new.csv', 'x\n').write('data/ignored.csv', 'x\n').remove('data/counties.csv');
afterAll(() => repo.dispose());

describe('openGitVfs', () => {
  it('lists the folder as committed, sorted like nodeVfs, without hidden folders, node_modules or symlinks', async () => {
    const vfs = await openGitVfs(repo.dir, commit, 'data');
    try {
      const listed = await vfs.list('data');
      expect(listed).toContain('counties.csv');
      expect(listed).toContain('enterprises/名 with space #1.yaml');
      expect(listed).not.toContain('new.csv');
      expect(listed.some((p) => p.startsWith('.hidden/') || p.startsWith('node_modules/') || p === 'link.yaml')).toBe(false);
      expect(listed).toEqual([...listed].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
      expect(await vfs.list('data/enterprises')).toContain('名 with space #1.yaml');
      expect(await vfs.isDirectory('data')).toBe(true);
      expect(await vfs.isDirectory('data/enterprises/')).toBe(true);
      expect(await vfs.isDirectory('data/plan.yaml')).toBe(false);
      expect(await vfs.exists('data/plan.yaml')).toBe(true);
      expect(await vfs.exists('data/new.csv')).toBe(false);
      expect(await vfs.isDirectory('nope')).toBe(false);
    } finally {
      vfs.close();
    }
  });

  it('reads exact bytes through one cat-file process, many reads in flight, large blobs across chunks', async () => {
    const vfs = await openGitVfs(repo.dir, commit, 'data');
    try {
      const plan = new TextDecoder().decode(await vfs.read('data/plan.yaml'));
      expect(plan).toContain('criteria: miit-2022');
      const paths = (await vfs.list('data')).map((p) => `data/${p}`);
      const all = await Promise.all([...paths, ...paths].map((p) => vfs.read(p)));
      expect(all).toHaveLength(paths.length * 2);
      const blob = await vfs.read('data/blob.bin');
      expect(blob).toEqual(big);
      expect(await vfs.size('data/blob.bin')).toBe(big.byteLength);
      await expect(vfs.read('data/new.csv')).rejects.toMatchObject({ code: 'ENOENT' });
    } finally {
      vfs.close();
    }
  });

  it('loads the same dataset as the folder on disk at that commit', async () => {
    const checkout = new TempRepo('hh-srdi-gitvfs-co-');
    try {
      checkout.git('fetch', '-q', repo.dir, commit);
      checkout.git('checkout', '-q', 'FETCH_HEAD');
      const vfs = await openGitVfs(repo.dir, commit, 'data');
      const fromGit = await loadFolder({ vfs, root: 'data', displayRoot: 'data' });
      vfs.close();
      const fromDisk = await loadFolder({ vfs: nodeVfs(), root: checkout.path('data'), displayRoot: 'data' });
      expect(plainDataset(fromGit)).toEqual(plainDataset(fromDisk));
      expect(fromGit.data.enterprises.length).toBeGreaterThan(5);
    } finally {
      checkout.dispose();
    }
  });

  it('the whole repository as the folder (prefix "")', async () => {
    const vfs = await openGitVfs(repo.dir, commit, '');
    try {
      expect(await vfs.list('')).toContain('other/plan.yaml');
      expect(await vfs.isDirectory('')).toBe(true);
    } finally {
      vfs.close();
    }
  });
});

describe('git helpers', () => {
  it('repoPlace: top level and prefix from a sub-folder', async () => {
    expect(await repoPlace(repo.path('data/enterprises'))).toEqual({ top: repo.dir, prefix: 'data/enterprises' });
    expect(await repoPlace(repo.dir)).toEqual({ top: repo.dir, prefix: '' });
  });

  it.each([['HEAD', true], [commit.slice(0, 10), true], ['HEAD~5', false], ['--all', false], ['-h', false], ['HEAD\nmain', false], ['', false]])(
    'resolveCommit(%j) → commit: %s',
    async (rev, ok) => {
      const resolved = await resolveCommit(repo.dir, rev);
      expect(resolved === commit).toBe(ok);
    },
  );

  it('changedFiles: modified, deleted and untracked files under the folder; ignored ones left out', async () => {
    expect(await changedFiles(repo.dir, commit, 'data')).toEqual(['data/counties.csv', 'data/new.csv', 'data/plan.yaml']);
  });

  it('renamedFiles: what git sees as renamed since the commit', async () => {
    const r = new TempRepo('hh-srdi-gitvfs-mv-');
    try {
      r.copy('test/fixtures/gaps', 'data');
      const base = r.commit('base');
      r.git('mv', 'data/enterprises/91532503MA6K1A0B17.yaml', 'data/enterprises/b17.yaml');
      expect(await renamedFiles(r.dir, base, 'data')).toEqual(new Map([['data/enterprises/91532503MA6K1A0B17.yaml', 'data/enterprises/b17.yaml']]));
    } finally {
      r.dispose();
    }
  });
});
