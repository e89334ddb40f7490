import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// The bundle (dist/) is rebuilt by the vitest global setup; these run the real binary.
function run(tz: string, args: string[]): string {
  return execFileSync(process.execPath, ['bin/hh-srdi.js', 'gaps', '--data', 'test/fixtures/gaps', ...args], {
    env: { ...process.env, TZ: tz, FORCE_COLOR: '0', HH_SRDI_LANG: 'en', LANG: 'C' },
    encoding: 'utf8',
  });
}

describe('gaps output does not depend on the time zone', () => {
  it.each([['table'], ['csv'], ['json'], ['markdown']])('--format %s is identical in Los Angeles and Shanghai', (format) => {
    for (const args of [
      ['--as-of', '2026-03-31', '--format', format],
      ['--quarter', '2027Q4', '--format', format, '--lang', 'zh'],
    ]) {
      const la = run('America/Los_Angeles', args);
      expect(la.length).toBeGreaterThan(0);
      expect(run('Asia/Shanghai', args)).toBe(la);
    }
  });

  it('the default as-of date is today in Asia/Shanghai, whatever the machine’s zone', () => {
    const asOf = (tz: string) => (JSON.parse(run(tz, ['--format', 'json'])) as { asOf: string }).asOf;
    const [la, sh, utc] = [asOf('America/Los_Angeles'), asOf('Asia/Shanghai'), asOf('UTC')];
    expect(la).toBe(sh);
    expect(utc).toBe(sh);
  });
});
