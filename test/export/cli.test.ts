/** `hh-srdi export …` as a command: refusal on errors, --allow-errors, --out, flags and defaults. */
import { appendFileSync, cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, exportCli } from './run.js';

/** A copy of the fixture in a temp folder: `<dir>/data`, run from `<dir>`. */
function copy(edit?: (data: string) => void): string {
  const dir = mkdtempSync(join(tmpdir(), 'hh-export-'));
  cpSync(FIXTURE, join(dir, 'data'), { recursive: true });
  edit?.(join(dir, 'data'));
  return dir;
}

// A pool row naming no enterprise (unknown-enterprise, an error) in the 2026 pools.
const UNKNOWN_ROW = '91532503MA6KEX0A9U,,创新型,蒙自市,2026-01-10,是,,,,在库,王示例\n';
// A figure that is not a number (schema, an error) on a pool member's indicators row.
const bad = (data: string): void => {
  const file = join(data, 'enterprises/91532503MA6KEX0A27.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('rd_expense: 35.9', 'rd_expense: 12%'));
};

describe('export refuses when check finds errors in the records it exports', () => {
  it('exits 1, lists the diagnostics on stderr and writes nothing', async () => {
    const cwd = copy((d) => appendFileSync(join(d, 'pools/2026.csv'), UNKNOWN_ROW));
    const r = await exportCli(['export', 'pools', '--year', '2026', '--as-of', '2026-11-28', '--out', 'out.csv'], { cwd });
    expect(r.code).toBe(1);
    expect(r.bytes.length).toBe(0);
    expect(r.stderr).toMatch(/data\/pools\/2026\.csv\n\s+7:1\s+error .*unknown-enterprise/);
    expect(r.stderr).toMatch(/not exported: 1 error in the records this export uses/);
    expect(readdirSync(cwd)).toEqual(['data']);
  });

  it('with --allow-errors exports anyway, says so in the last line of the file and on stderr', async () => {
    const cwd = copy((d) => appendFileSync(join(d, 'pools/2026.csv'), UNKNOWN_ROW));
    const r = await exportCli(['export', 'pools', '--year', '2026', '--as-of', '2026-11-28', '--allow-errors'], { cwd });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\r\n');
    expect(lines.at(-1)).toBe('注意：导出时 hh-srdi check 在本表记录中发现 1 个错误（unknown-enterprise），系按 --allow-errors 强制导出，报送前请核实');
    expect(lines.at(-2)).toMatch(/^合计,/);
    expect(r.stderr).toMatch(/unknown-enterprise/);
    expect(r.stderr).toMatch(/note: exported with --allow-errors despite 1 error/);
    const en = await exportCli(['export', 'pools', '--year', '2026', '--as-of', '2026-11-28', '--allow-errors', '--lang', 'en'], { cwd });
    expect(en.stdout.trimEnd().split('\r\n').at(-1)).toBe(
      'WARNING: exported with --allow-errors although hh-srdi check finds 1 error in these records (unknown-enterprise); verify before filing',
    );
  });

  it('errors in records an export does not use do not block it', async () => {
    const cwd = copy((d) => {
      appendFileSync(join(d, 'pools/2026.csv'), UNKNOWN_ROW);
      writeFileSync(join(d, 'pools/2025.csv'), 'credit_code,tier,county\n91532503MA6KEX0A9U,innovative,蒙自市\n');
    });
    // The candidates list reads enterprises, recognitions and indicators — not the pools.
    expect((await exportCli(['export', 'candidates', '--year', '2027', '--as-of', '2026-11-28'], { cwd })).code).toBe(0);
    expect((await exportCli(['export', 'rollup', '--year', '2025', '--as-of', '2026-11-28'], { cwd })).code).toBe(1);
    const other = copy((d) => writeFileSync(join(d, 'pools/2025.csv'), 'credit_code,tier,county\n91532503MA6KEX0A9U,innovative,蒙自市\n'));
    expect((await exportCli(['export', 'pools', '--year', '2026', '--as-of', '2026-11-28'], { cwd: other })).code).toBe(0);
    expect((await exportCli(['export', 'pools', '--year', '2025', '--as-of', '2026-11-28'], { cwd: other })).code).toBe(1);
  });

  it('an indicators error blocks the roadmap and the candidates of that enterprise, not the pools filing', async () => {
    const cwd = copy(bad);
    const pools = await exportCli(['export', 'pools', '--year', '2026', '--as-of', '2026-11-28'], { cwd });
    expect(pools.code).toBe(0);
    const roadmap = await exportCli(['export', 'roadmap', '--as-of', '2026-11-28'], { cwd });
    expect(roadmap.code).toBe(1);
    expect(roadmap.stderr).toMatch(/91532503MA6KEX0A27\.yaml\n.*error .*schema/);
    // 91532503MA6KEX0A27 holds no srdi: not a candidate, so its indicators are not read.
    expect((await exportCli(['export', 'candidates', '--as-of', '2026-11-28'], { cwd })).code).toBe(0);
  });

  it('a syntax error in a relevant file blocks (the broken row may be a record the export misses)', async () => {
    const cwd = copy((d) => appendFileSync(join(d, 'pools/2026.csv'), '"unclosed,quote\n'));
    const r = await exportCli(['export', 'pools', '--year', '2026', '--as-of', '2026-11-28'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/syntax/);
  });
});

describe('export --out', () => {
  it('writes atomically: the file appears whole, replaces an older one, and no temp file is left', async () => {
    const cwd = copy();
    writeFileSync(join(cwd, 'out.csv'), 'old');
    const r = await exportCli(['export', 'pools', '--year', '2026', '--as-of', '2026-11-28', '--out', 'out.csv'], { cwd });
    expect(r.code).toBe(0);
    expect(r.bytes.length).toBe(0);
    expect(r.stderr).toBe('note: wrote out.csv (utf8-bom)\n');
    const stdout = await exportCli(['export', 'pools', '--year', '2026', '--as-of', '2026-11-28'], { cwd });
    expect(readFileSync(join(cwd, 'out.csv')).equals(stdout.bytes)).toBe(true);
    expect(readdirSync(cwd).sort()).toEqual(['data', 'out.csv']);
  });

  it.each([['data/pools/export.csv'], ['data/x.csv'], ['./data/../data/enterprises/out.csv'], ['data']])('refuses %s inside the data folder (exit 2)', async (out) => {
    const cwd = copy();
    const r = await exportCli(['export', 'pools', '--year', '2026', '--out', out], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^hh-srdi: refusing to write inside the data folder/);
    expect(readdirSync(join(cwd, 'data')).sort()).toEqual(readdirSync(FIXTURE).sort());
  });

  it('a file next to the data folder is fine; a missing directory is one line and exit 2', async () => {
    const cwd = copy();
    expect((await exportCli(['export', 'rollup', '--out', 'data-rollup.csv'], { cwd })).code).toBe(0);
    expect(existsSync(join(cwd, 'data-rollup.csv'))).toBe(true);
    const r = await exportCli(['export', 'rollup', '--out', 'no/such/dir/x.csv'], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^hh-srdi: cannot write no\/such\/dir\/x\.csv: /);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('export flags and defaults', () => {
  const run = (argv: string[]) => exportCli(['export', ...argv, '--data', FIXTURE]);

  it.each([
    [['pools', '--encoding', 'latin1'], /--encoding must be utf8-bom, utf8 or gb18030/],
    [['pools', '--year', '26'], /--year must be a four-digit year/],
    [['pools', '--county', '蒙字'], /unknown county "蒙字" — did you mean "蒙自"/],
    [['candidates', '--ruleset', 'miit-2030'], /unknown ruleset/],
    [['rollup', '--as-of', '2026-02-30'], /--as-of is not a valid date/],
  ])('%j exits 2 with one line', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--county keeps the rows of those counties; gbk is read as gb18030', async () => {
    const r = await run(['pools', '--year', '2026', '--county', '个旧', '--encoding', 'GBK', '--as-of', '2026-11-28']);
    expect(r.code).toBe(0);
    const gb = await run(['pools', '--year', '2026', '--county', '532501', '--encoding', 'gb18030', '--as-of', '2026-11-28']);
    expect(r.bytes.equals(gb.bytes)).toBe(true);
    const rollup = await run(['rollup', '--year', '2026', '--county', '蒙自,河口', '--as-of', '2026-11-28']);
    const counties = rollup.stdout.split('\r\n').slice(1, -1).map((l) => l.split(',')[1]);
    expect([...new Set(counties)]).toEqual(['蒙自市', '河口县']);
  });

  it('the roll-up of a finished year is counted on its 31 December; the target list is made before the year starts', async () => {
    expect((await run(['rollup', '--year', '2025'])).stdout).toMatch(/现有数（截至2025-12-31）/);
    expect((await run(['rollup'])).stdout).toMatch(/现有数（截至2026-11-28）,已新增,2026年度增长目标/);
    // today (2026-11-28) is before the end of 2026: next year's list, as of today, from 2025's figures
    expect((await run(['candidates'])).stdout).toMatch(/,2025年发明专利（件）,/);
    // the 2026 list was made before 2026: as of 2025-12-31, from 2024's figures
    expect((await run(['candidates', '--year', '2026'])).stdout).toMatch(/,2024年发明专利（件）,/);
  });

  it('says so on stderr when a year has no pool entries, and still writes the header and 合计', async () => {
    const r = await run(['pools', '--year', '2027', '--as-of', '2026-11-28']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('note: nothing to export for 2027\n');
    expect(r.stdout.split('\r\n')).toHaveLength(3);
  });

  it('headers are Chinese whatever the message language, English with --lang en', async () => {
    const zh = await run(['pools', '--year', '2026', '--as-of', '2026-11-28']);
    expect(zh.stdout.slice(1)).toMatch(/^序号,县市代码,县市,统一社会信用代码,企业名称,/);
    const en = await run(['pools', '--year', '2026', '--as-of', '2026-11-28', '--lang', 'en']);
    expect(en.stdout.slice(1)).toMatch(/^no,county_code,county,credit_code,name,/);
  });

  it('has help with examples for each export', async () => {
    for (const kind of ['pools', 'rollup', 'candidates', 'roadmap']) {
      const r = await exportCli(['export', kind, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/--encoding <enc>[\s\S]*--allow-errors[\s\S]*Examples:\n\s+\$ hh-srdi export/);
    }
    expect((await exportCli(['export', '--help'])).stdout).toMatch(/pools[\s\S]*rollup[\s\S]*candidates[\s\S]*roadmap/);
  });
});
