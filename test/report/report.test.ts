/**
 * `hh-srdi report` as a file: self-contained (nothing to fetch, one script allowed by hash), every
 * data string escaped, the same bytes for the same data and date, the data's git revision in the
 * footer, the usual --out rules.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SCRIPT } from '../../src/report/assets.js';
import { quarterEnds } from '../../src/report/model.js';
import { esc } from '../../src/report/svg.js';
import { exportCli } from '../export/run.js';
import { AS_OF, HOSTILE_CODE, HOSTILE_NAME, reportFolder } from './fixture.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

async function report(extra: string[] = [], folder = reportFolder()): Promise<{ html: string; stderr: string; code: number; root: string; data: string }> {
  made.push(folder.root);
  const out = join(folder.root, `r${made.length}-${extra.join('')}.html`);
  const r = await exportCli(['report', '--data', folder.data, '--as-of', AS_OF, '--out', out, ...extra], { cwd: folder.root });
  return { html: r.code === 0 ? readFileSync(out, 'utf8') : '', stderr: r.stderr, code: r.code, ...folder };
}

describe('hh-srdi report', () => {
  it('one self-contained page: nothing to fetch, one inline script allowed by its hash', async () => {
    const { html, code } = await report();
    expect(code).toBe(0);
    expect(html).not.toMatch(/<link|<iframe|<object|@import|url\(/i);
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.filter((t) => /\s(src|href|action|srcset|poster)=/i.test(t))).toEqual([]);
    expect(html.match(/<script/g)).toHaveLength(1);
    const hash = createHash('sha256').update(SCRIPT).digest('base64');
    expect(html).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toContain("default-src 'none'");
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('红河州专精特新企业倍增计划');
  });

  it('escapes every data string: a name that is markup shows as text', async () => {
    const { html } = await report();
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img');
    expect(html).toContain(esc(HOSTILE_NAME));
    // in the candidates and in the expiring list (its srdi recognition ends 2026-12-19)
    expect(html.split(esc(HOSTILE_NAME)).length - 1).toBe(2);
    expect(html).toContain(`data-code="${HOSTILE_CODE}"`);
  });

  it('the same bytes for the same data and date; English with --lang en', async () => {
    const folder = reportFolder();
    const a = await report([], folder);
    const b = await report([], folder);
    expect(a.html).toBe(b.html);
    const en = await report(['--lang', 'en'], folder);
    expect(en.html).toContain('<html lang="en">');
    expect(en.html).toContain('Prefecture progress');
    expect(en.html).not.toBe(a.html);
  });

  it('names the data’s git revision in the footer, and says when it has uncommitted changes', async () => {
    const folder = reportFolder();
    const git = (...args: string[]) => execFileSync('git', args, { cwd: folder.data, encoding: 'utf8', env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
    expect((await report([], folder)).html).not.toContain('数据版本');
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'data');
    const commit = git('rev-parse', '--short', 'HEAD').trim();
    const clean = await report([], folder);
    expect(clean.html).toContain(`数据版本 <code>${commit}</code> ·`);
    writeFileSync(join(folder.data, 'README.md'), 'changed\n');
    expect((await report([], folder)).html).toContain(`数据版本 <code>${commit}</code>（有未提交的修改）`);
  });

  it('default file name in the current folder; never inside the data folder; - for stdout', async () => {
    const folder = reportFolder();
    made.push(folder.root);
    const r = await exportCli(['report', '--data', folder.data, '--as-of', AS_OF], { cwd: folder.root });
    expect(r.code).toBe(0);
    expect(existsSync(join(folder.root, `hh-srdi-report-${AS_OF}.html`))).toBe(true);
    expect(r.stderr).toContain(`wrote hh-srdi-report-${AS_OF}.html`);
    const inside = await exportCli(['report', '--data', folder.data, '--as-of', AS_OF, '--out', join(folder.data, 'r.html')], { cwd: folder.root });
    expect(inside.code).toBe(2);
    expect(inside.stderr).toMatch(/refusing to write inside the data folder/);
    const stdout = await exportCli(['report', '--data', folder.data, '--as-of', AS_OF, '--out', '-'], { cwd: folder.root });
    expect(stdout.stdout).toMatch(/^<!DOCTYPE html>/);
  });

  it('the ladder is counted at every quarter end from the baseline to the as-of date', () => {
    expect(quarterEnds('2024-12-31', '2025-08-01').map((q) => q.label)).toEqual(['2024Q4', '2025Q1', '2025Q2', '2025-08-01']);
    expect(quarterEnds('2024-12-31', '2025-06-30').map((q) => q.label)).toEqual(['2024Q4', '2025Q1', '2025Q2']);
  });
});
