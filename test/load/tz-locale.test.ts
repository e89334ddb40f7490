/**
 * Output does not depend on the machine's time zone or locale (SPEC §4 Robust): the real binary,
 * run on the embedded data under three time zones (UTC+8, UTC−8/−7 and UTC+14, where 28 November is
 * already 29 November for part of the day) and two locales, prints byte-identical JSON. `.ci/run` also
 * runs the whole suite under TZ=America/Los_Angeles LANG=C, where the golden files pin every output.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ZONES = ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati'];
const LOCALES = ['C', 'zh_CN.UTF-8'];

async function checkJson(tz: string, lang: string): Promise<{ stdout: string; code: number }> {
  const env: NodeJS.ProcessEnv = { ...process.env, TZ: tz, LANG: lang, LC_ALL: lang, FORCE_COLOR: '0' };
  delete env.GITHUB_ACTIONS;
  delete env.HH_SRDI_LANG;
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/hh-srdi.js', 'check', '--format', 'json', '--data', 'data', '--as-of', '2026-11-28', '--lang', 'en'], { env, maxBuffer: 64 * 1024 * 1024 });
    return { stdout, code: 0 };
  } catch (e) {
    const err = e as { stdout?: string; code?: number };
    return { stdout: err.stdout ?? '', code: typeof err.code === 'number' ? err.code : -1 };
  }
}

describe('time zone and locale independence', () => {
  it('check --format json prints the same bytes in every time zone and locale', async () => {
    const runs = ZONES.flatMap((tz) => LOCALES.map((lang) => ({ tz, lang })));
    const results = await Promise.all(runs.map(({ tz, lang }) => checkJson(tz, lang)));
    const [first] = results;
    expect(JSON.parse(first.stdout)).toHaveProperty('diagnostics');
    results.forEach((r, i) => {
      expect(r.code, `${runs[i].tz} ${runs[i].lang}`).toBe(first.code);
      expect(r.stdout === first.stdout, `${runs[i].tz} ${runs[i].lang} differs from ${runs[0].tz} ${runs[0].lang}`).toBe(true);
    });
  }, 120_000);
});
