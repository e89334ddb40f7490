/**
 * The hostile-input corpus (test/fixtures/hostile/, SPEC §4 Robust): every case sits in a data folder
 * next to a valid file, gives located findings in bounded time, and the valid file is still loaded
 * and checked. The big cases are generated here rather than committed.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { check } from '../../src/check.js';
import { loadFolder } from '../../src/load/folder.js';
import { nodeVfs } from '../../src/load/vfs.js';

const FIXTURES = 'test/fixtures/hostile';
/** Per case, load + check; the slowest (the 10 MB cell) takes about 2 s on a 2-core machine. */
const TIME_LIMIT_MS = 5000;
const CODE = '91530000216563275J';

type Finding = [ruleId: string, code: string, file: string, line: number, column: number];

interface Case {
  /** A committed case under cases/, or generated files. */
  fixture?: string;
  generate?: () => Record<string, string | Uint8Array>;
  /** The findings about the hostile file(s): rule, code and location. */
  expected: Finding[];
}

const tenMegabyteCell = (): string => {
  const chunk = '红河\u200b"x",\n\r\t'.repeat(10).replace(/"/g, '""');
  return `credit_code,name,county\n${CODE},乙（示例）,"${chunk.repeat(Math.ceil(10_000_000 / chunk.length))}"\n`;
};

const CASES: Record<string, Case> = {
  'alias bomb': { fixture: 'alias-bomb', expected: [['syntax', 'syntax.aliases', 'enterprises/bomb.yaml', 4, 8]] },
  'deeply nested YAML (flow, 100 000 levels)': {
    generate: () => ({ 'enterprises/deep.yaml': `credit_code: ${CODE}\nname: 乙\ncounty: 开远\nx: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n` }),
    expected: [['syntax', 'syntax.too-deep', 'enterprises/deep.yaml', 4, 68]],
  },
  'deeply nested YAML (block, 2 000 levels)': {
    generate: () => ({ 'enterprises/deep.yaml': Array.from({ length: 2000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n') }),
    expected: [['syntax', 'syntax.too-deep', 'enterprises/deep.yaml', 66, 66]],
  },
  '__proto__ / constructor keys': {
    fixture: 'proto-keys',
    expected: [
      ['unknown-field', 'unknown-field', 'enterprises/proto.yaml', 4, 1],
      ['unknown-field', 'unknown-field', 'enterprises/proto.yaml', 5, 1],
      ['unknown-field', 'unknown-field', 'enterprises/proto.yaml', 7, 52],
      ['unknown-field', 'unknown-field', 'recognitions.csv', 1, 32],
      ['unknown-field', 'unknown-field', 'recognitions.csv', 1, 42],
      ['unknown-field', 'unknown-field', 'recognitions.csv', 1, 54],
    ],
  },
  'binary file with a .csv name': { fixture: 'binary-csv', expected: [['syntax', 'syntax.binary', 'recognitions.csv', 1, 1]] },
  '10 MB single cell': {
    generate: () => ({ 'enterprises.csv': tenMegabyteCell() }),
    expected: [
      ['schema', 'schema.required', 'enterprises.csv', 2, 26], // the county, now unknown
      ['syntax', 'syntax.value-too-large', 'enterprises.csv', 2, 26],
    ],
  },
  '100 000-column header': {
    generate: () => ({ 'indicators/2024.csv': `${['credit_code', ...Array.from({ length: 100_000 }, (_, i) => `c${i}`)].join(',')}\n${CODE}\n` }),
    expected: [
      ...Array.from({ length: 20 }, (_, i): Finding => ['unknown-field', 'unknown-field', 'indicators/2024.csv', 1, 13 + i * 3 + Math.max(0, i - 10)]),
      ['unknown-field', 'unknown-field.more', 'indicators/2024.csv', 1, 83],
    ],
  },
  'CRLF, LF and lone CR line endings': {
    fixture: 'crlf-mixed',
    expected: [
      ['schema', 'schema.invalid', 'recognitions.csv', 3, 31],
      ['schema', 'schema.invalid', 'recognitions.csv', 7, 25],
    ],
  },
  'UTF-16 without a BOM': { fixture: 'utf16', expected: [['unknown-county', 'unknown-county', 'enterprises.csv', 2, 28]] },
  'empty file': { fixture: 'empty', expected: [['syntax', 'syntax.empty', 'recognitions.csv', 1, 1]] },
  'only a UTF-8 BOM': { fixture: 'bom-only', expected: [['syntax', 'syntax.empty', 'pools/2026.csv', 1, 1]] },
  'only a UTF-16 BOM': { fixture: 'utf16-bom-only', expected: [['syntax', 'syntax.empty', 'recognitions.csv', 1, 1]] },
  'a quote that never closes': { fixture: 'unclosed-quote', expected: [['syntax', 'syntax.csv-quote', 'recognitions.csv', 3, 1]] },
};

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** valid/ plus the case, in a fresh temporary folder. */
function folderWith(c: Case): string {
  const dir = mkdtempSync(join(tmpdir(), 'hh-hostile-'));
  dirs.push(dir);
  cpSync(join(FIXTURES, 'valid'), dir, { recursive: true });
  for (const [path, content] of Object.entries(filesOf(c))) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

describe('hostile input: located findings, bounded time, and the rest still checked', () => {
  it.each(Object.entries(CASES))('%s', async (_name, c) => {
    const root = folderWith(c);
    // CPU time, not wall time: other processes on a busy CI machine must not fail the bound.
    const started = process.cpuUsage();
    const wall = performance.now();
    const load = await loadFolder({ vfs: nodeVfs(), root, displayRoot: '' });
    const { diagnostics } = check(load, { asOf: '2026-11-28', lang: 'en' });
    const cpu = cpuMs(started);
    expect(cpu, `${Math.round(cpu)} ms CPU, ${Math.round(performance.now() - wall)} ms wall`).toBeLessThan(TIME_LIMIT_MS);

    const hostile = diagnostics.filter((d) => d.file !== 'enterprises/valid.yaml' && ['syntax', 'schema', 'unknown-field', 'duplicate-key', 'unknown-county'].includes(d.ruleId));
    expect(hostile.map((d): Finding => [d.ruleId, d.code, d.file, d.line, d.column])).toEqual(c.expected);
    for (const d of diagnostics) {
      expect(d.message.length).toBeLessThanOrEqual(1100);
      expect((d.value ?? '').length).toBeLessThanOrEqual(250);
    }
    // The valid file next to it is loaded and checked.
    expect(load.data.enterprises.map((e) => e.creditCode)).toContain('91530000216586610A');
    expect(diagnostics.filter((d) => d.file === 'enterprises/valid.yaml').map((d) => [d.ruleId, d.line, d.column])).toContainEqual(['credit-code', 3, 14]);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('the records around a bad line of a mixed-line-ending file are read, at their own lines', async () => {
    const load = await loadFolder({ vfs: nodeVfs(), root: folderWith(CASES['CRLF, LF and lone CR line endings']), displayRoot: '' });
    expect(load.data.recognitions.filter((r) => r.origin.loc.file === 'recognitions.csv').map((r) => [r.origin.loc.line, r.tier, r.recognizedOn])).toEqual([
      [2, 'innovative', '2024-01-01'],
      [4, 'srdi', '2025-01-01'],
    ]);
  });

  it('the 10 MB cell is reported with its value clipped', async () => {
    const load = await loadFolder({ vfs: nodeVfs(), root: folderWith(CASES['10 MB single cell']), displayRoot: '' });
    const [d] = check(load, { asOf: '2026-11-28', lang: 'en' }).diagnostics.filter((x) => x.code === 'syntax.value-too-large');
    expect(d.message).toMatch(/^a value of \d{7,8} characters exceeds the 100000-character limit and was not read$/);
    expect(d.value).toMatch(/^红河\u200b"x",\n[^]{180,200}… \(\d{7,8} chars\)$/);
  });

  it('the whole corpus in one folder: the real binary, a 256 MB heap, exit 1, every file reported', async () => {
    const root = mkdtempSync(join(tmpdir(), 'hh-hostile-all-'));
    dirs.push(root);
    cpSync(join(FIXTURES, 'valid'), root, { recursive: true });
    Object.values(CASES).forEach((c, i) => {
      for (const [path, content] of Object.entries(filesOf(c))) {
        // recognitions.csv → recognitions/3.csv, enterprises/deep.yaml → enterprises/3-deep.yaml: same kind, no clash.
        const target = path.includes('/') ? path.replace('/', `/${i}-`) : path.replace(/^(.*)(\.[a-z]+)$/, `$1/${i}$2`);
        mkdirSync(dirname(join(root, target)), { recursive: true });
        writeFileSync(join(root, target), content);
      }
    });
    const started = performance.now();
    const { stdout, code } = await run(['--max-old-space-size=256', 'bin/hh-srdi.js', 'check', '--data', root, '--format', 'json', '--as-of', '2026-11-28', '--lang', 'en']);
    const elapsed = performance.now() - started;
    expect(code).toBe(1);
    expect(elapsed, `${Math.round(elapsed)} ms`).toBeLessThan(4 * TIME_LIMIT_MS);
    const report = JSON.parse(stdout) as { diagnostics: { ruleId: string; file: string; line: number }[] };
    const inFile = (suffix: string) => report.diagnostics.filter((d) => d.file.endsWith(suffix)).map((d) => d.ruleId);
    expect(inFile('enterprises/valid.yaml')).toContain('credit-code');
    const reported = new Set(report.diagnostics.filter((d) => d.file !== '' && !d.file.endsWith('valid.yaml')).map((d) => d.file.replace(/^.*\/(\d+)[-.][^/]*$/, '$1').replace(/^.*\/(\d+)\/?.*$/, '$1')));
    expect(reported.size).toBeGreaterThanOrEqual(Object.keys(CASES).length - 1); // the proto-keys YAML and CSV share a case
  }, 60_000);
});

/** The files of a case: committed ones read from disk, generated ones made. */
function filesOf(c: Case): Record<string, string | Uint8Array> {
  const files: Record<string, string | Uint8Array> = { ...c.generate?.() };
  if (c.fixture) {
    const base = join(FIXTURES, 'cases', c.fixture);
    for (const path of readdirSync(base, { recursive: true, encoding: 'utf8' })) {
      const full = join(base, path);
      if (statSync(full).isFile()) files[path.split(sep).join('/')] = readFileSync(full);
    }
  }
  return files;
}

function cpuMs(since: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1000;
}

async function run(args: string[]): Promise<{ stdout: string; code: number }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, args, { maxBuffer: 64 * 1024 * 1024, env: { ...process.env, FORCE_COLOR: '0' } });
    return { stdout, code: 0 };
  } catch (e) {
    const err = e as { stdout?: string; code?: number };
    return { stdout: err.stdout ?? '', code: typeof err.code === 'number' ? err.code : -1 };
  }
}
