import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../cli/harness.js';

const DATA = 'test/fixtures/gaps';
const FORMATS = ['table', 'csv', 'json', 'markdown'] as const;
const EXT = { table: 'txt', csv: 'csv', json: 'json', markdown: 'md' } as const;

const gaps = (...args: string[]) => cli(['gaps', '--data', DATA, ...args]);

describe('hh-srdi gaps (end to end, test/fixtures/gaps)', () => {
  it.each(FORMATS.flatMap((f) => [[f, 'en'], [f, 'zh']] as const))('--format %s --lang %s matches its golden file', async (format, lang) => {
    const r = await gaps('--as-of', '2026-03-31', '--format', format, '--lang', lang);
    expect(r.code).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`./__golden__/gaps.${lang}.${EXT[format]}`);
    await expect(r.stderr).toMatchFileSnapshot(`./__golden__/gaps.${lang}.stderr.txt`);
  });

  it('draws a bar per row on a terminal (table only), coloured by status when colour is on', async () => {
    const r = await cli(['gaps', '--data', DATA, '--as-of', '2026-03-31', '--county', '蒙自'], { tty: true, env: { NO_COLOR: '1' } });
    await expect(r.stdout).toMatchFileSnapshot('./__golden__/gaps.en.tty.txt');
    expect(r.stdout).toContain('│ █████      50%');
    const colour = await cli(['gaps', '--data', DATA, '--as-of', '2026-03-31'], { tty: true });
    expect(colour.stdout).toContain('\u001b[32mahead');
    const csv = await cli(['gaps', '--data', DATA, '--as-of', '2026-03-31', '--format', 'csv'], { tty: true });
    expect(csv.stdout).not.toContain('█');
  });

  it('--quarter 2026Q1 is --as-of 2026-03-31', async () => {
    const quarter = await gaps('--quarter', '2026Q1', '--format', 'json');
    const date = await gaps('--as-of', '2026-03-31', '--format', 'json');
    expect(quarter).toEqual(date);
    expect((JSON.parse(quarter.stdout) as { asOf: string }).asOf).toBe('2026-03-31');
  });

  it('filters counties (name, code or alias; repeatable or comma-separated) and tiers; no prefecture total then', async () => {
    const rows = async (...args: string[]) =>
      (JSON.parse((await gaps('--as-of', '2026-03-31', '--format', 'json', ...args)).stdout) as { rows: { county: string; tier: string }[] }).rows.map(
        (r) => `${r.county} ${r.tier}`,
      );
    expect(await rows('--county', '蒙自,532532', '--tier', 'srdi')).toEqual(['532503 srdi', '532532 srdi']);
    expect(await rows('--county', '河口', '--county', '个旧市', '--tier', '小巨人,创新型')).toEqual(['532501 innovative', '532501 little-giant', '532532 innovative', '532532 little-giant']);
    expect(await rows('--tier', 'little-giant')).toEqual(['532503 little-giant', '532501 little-giant', '532532 little-giant', 'total little-giant']);
  });

  it.each([
    [['--quarter', '2026Q1', '--as-of', '2026-03-31'], /--quarter and --as-of cannot be used together/],
    [['--quarter', '2026Q5'], /--quarter must be a quarter like 2026Q1/],
    [['--county', '蒙子'], /unknown county "蒙子" — did you mean "蒙自"\?/],
    [['--tier', 'giant'], /unknown tier "giant"/],
    [['--format', 'xml'], /argument 'xml' is invalid/],
    [['--as-of', '2026-02-30'], /--as-of is not a valid date/],
  ])('exits 2 with one clear line for %j', async (args, message) => {
    const r = await gaps(...args);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(r.stderr.includes('(add --help') ? 2 : 1);
  });

  it('says on stderr how many errors check finds, and still reports', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hh-gaps-'));
    cpSync(DATA, dir, { recursive: true });
    writeFileSync(join(dir, 'targets.csv'), '县市,实有数_创新型,新增数_创新型,目标数_创新型\n蒙自市,2,4,7\n全州合计,2,4,6\n');
    const r = await cli(['gaps', '--data', dir, '--as-of', '2026-03-31', '--tier', 'innovative']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('note: check finds 2 errors — run hh-srdi check');
    const zh = await cli(['gaps', '--data', dir, '--as-of', '2026-03-31', '--lang', 'zh']);
    expect(zh.stderr).toContain('提示：check 发现 2 个错误');
  });

  it('notes an as-of date outside the plan period', async () => {
    expect((await gaps('--as-of', '2024-12-31')).stderr).toContain('2024-12-31 is before the plan period: the on-pace expectation is the baseline');
    expect((await gaps('--as-of', '2028-01-01')).stderr).toContain('2028-01-01 is after the plan period: the on-pace expectation is the 2027 target');
  });
});
