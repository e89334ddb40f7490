import { execFileSync, spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { FIXTURE } from './run.js';

// The bundle (dist/) is rebuilt by the vitest global setup; these run the real binary and read its bytes.
function run(tz: string, args: string[]): Buffer {
  return execFileSync(process.execPath, ['bin/hh-srdi.js', 'export', ...args, '--data', FIXTURE], {
    env: { ...process.env, TZ: tz, LANG: 'C', LC_ALL: 'C', HH_SRDI_LANG: 'en' },
  });
}

describe('exports do not depend on the time zone', () => {
  it.each([
    ['pools', '--year', '2026', '--as-of', '2026-11-28'],
    ['rollup', '--year', '2026', '--as-of', '2026-11-28', '--encoding', 'gb18030'],
    ['candidates', '--year', '2027', '--as-of', '2026-11-28'],
    ['roadmap', '--as-of', '2026-01-01', '--lang', 'en'],
  ])('export %s … is the same bytes in Los Angeles and Shanghai', (...args) => {
    const la = run('America/Los_Angeles', args);
    expect(la.length).toBeGreaterThan(100);
    expect(run('Asia/Shanghai', args).equals(la)).toBe(true);
    expect(run('Pacific/Kiritimati', args).equals(la)).toBe(true);
  });

  it('writes the bytes themselves to a pipe (GB18030 is not re-encoded as UTF-8)', () => {
    const gb = run('UTC', ['pools', '--year', '2026', '--as-of', '2026-11-28', '--encoding', 'gb18030']);
    expect(gb.subarray(0, 4).toString('latin1')).toBe('\xd0\xf2\xba\xc5'); // 序号 in GB18030
  });

  it('stops quietly when the reader goes away (`… | head`)', async () => {
    // The embedded data's roadmap is far larger than a pipe buffer.
    const child = spawn(process.execPath, ['bin/hh-srdi.js', 'export', 'roadmap', '--as-of', '2026-11-28', '--allow-errors'], { env: { ...process.env, TZ: 'UTC' } });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((done) => child.on('close', done));
    expect(stderr).not.toMatch(/EPIPE|\n\s+at /);
    expect(code).toBe(0);
  });
});
