/**
 * Golden files: every export in every encoding, stored as the exact bytes (BOM, CRLF, GB18030).
 * A missing golden is written on the first run (not under CI); UPDATE_GOLDEN=1 rewrites them all.
 */
import iconv from 'iconv-lite';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE, exportCli } from './run.js';

const GOLDEN = join(import.meta.dirname, '__golden__');
const ENCODINGS = ['utf8-bom', 'utf8', 'gb18030'] as const;
const EXPORTS: [string, string[]][] = [
  ['pools', ['--year', '2026']],
  ['rollup', ['--year', '2026']],
  ['candidates', ['--year', '2027']],
  ['roadmap', []],
];

function decode(bytes: Buffer, encoding: string): string {
  return encoding === 'gb18030' ? iconv.decode(bytes, 'gb18030') : bytes.toString('utf8');
}

function expectGolden(name: string, bytes: Buffer, encoding: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || (!existsSync(path) && !process.env.CI)) writeFileSync(path, bytes);
  const golden = readFileSync(path);
  // Text first for a readable diff, then the bytes themselves.
  expect(decode(bytes, encoding)).toBe(decode(golden, encoding));
  expect(bytes.equals(golden)).toBe(true);
}

const args = (kind: string, extra: string[], more: string[]): string[] => ['export', kind, ...extra, '--data', FIXTURE, '--as-of', '2026-11-28', ...more];

describe('export golden files', () => {
  it.each(EXPORTS.flatMap(([kind, extra]) => ENCODINGS.map((enc) => [kind, extra, enc] as const)))(
    'export %s %j --encoding %s matches its golden bytes',
    async (kind, extra, enc) => {
      const r = await exportCli(args(kind, extra, ['--encoding', enc]));
      expect(r.stderr).toBe('');
      expect(r.code).toBe(0);
      expectGolden(`${kind}.zh.${enc}.csv`, r.bytes, enc);
    },
  );

  it.each(EXPORTS)('export %s %j --lang en matches its golden bytes', async (kind, extra) => {
    const r = await exportCli(args(kind, extra, ['--lang', 'en']));
    expect(r.code).toBe(0);
    expectGolden(`${kind}.en.utf8-bom.csv`, r.bytes, 'utf8-bom');
  });

  it.each(EXPORTS)('export %s: the default is UTF-8 with a BOM, GB18030 decodes to the same text, UTF-8 has no BOM', async (kind, extra) => {
    const bom = (await exportCli(args(kind, extra, []))).bytes;
    expect([...bom.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bom.subarray(3).toString('utf8');
    const plain = (await exportCli(args(kind, extra, ['--encoding', 'utf8']))).bytes;
    expect(plain[0]).not.toBe(0xef);
    expect(plain.toString('utf8')).toBe(text);
    const gb = (await exportCli(args(kind, extra, ['--encoding', 'gb18030']))).bytes;
    expect(gb.equals(plain)).toBe(false);
    expect(iconv.decode(gb, 'gb18030')).toBe(text);
    expect(text).toMatch(/\r\n$/);
    expect(text.split('\r\n')[0]).toMatch(/^(序号|县市代码),/);
  });

  it('is byte-for-byte the same on a second run', async () => {
    for (const [kind, extra] of EXPORTS) {
      const a = await exportCli(args(kind, extra, ['--encoding', 'gb18030']));
      const b = await exportCli(args(kind, extra, ['--encoding', 'gb18030']));
      expect(a.bytes.equals(b.bytes)).toBe(true);
    }
  });
});
