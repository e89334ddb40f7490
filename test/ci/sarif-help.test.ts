/** SARIF for code scanning: every rule has help text and a help link, configurable with HH_SRDI_HELP_URL. */
import { describe, expect, it } from 'vitest';
import type { SarifLog } from '../../src/reporters/sarif.js';
import { RULES } from '../../src/rules/index.js';
import { cli } from '../cli/harness.js';

const cwd = 'test/fixtures/check-golden';

async function sarif(env: Record<string, string> = {}): Promise<SarifLog> {
  const r = await cli(['check', '--format', 'sarif', '--as-of', '2026-11-28'], { cwd, env });
  return JSON.parse(r.stdout) as SarifLog;
}

describe('SARIF rule metadata', () => {
  it('every rule: help text and markdown in both languages, the README rule table as helpUri by default', async () => {
    const driver = (await sarif()).runs[0]?.tool.driver;
    expect(driver?.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(driver?.informationUri).toBe('https://github.com/honghe-srdi/hh-srdi/blob/main/README.md');
    for (const rule of driver?.rules ?? []) {
      const meta = RULES.find((r) => r.id === rule.id);
      expect(rule.helpUri).toBe('https://github.com/honghe-srdi/hh-srdi/blob/main/README.md#rules');
      expect(rule.help.text).toContain(meta?.description.en);
      expect(rule.help.text).toContain(meta?.description.zh);
      expect(rule.help.text).toContain(`Default severity: ${meta?.defaultSeverity}.`);
      expect(rule.help.markdown).toContain(`**${rule.id}**`);
    }
  });

  it('HH_SRDI_HELP_URL moves the links; {rule} becomes the rule id', async () => {
    const own = (await sarif({ HH_SRDI_HELP_URL: 'https://git.example.gov.cn/hh/data/-/blob/main/README.md#rules' })).runs[0]?.tool.driver;
    expect(own?.rules[0]?.helpUri).toBe('https://git.example.gov.cn/hh/data/-/blob/main/README.md#rules');
    expect(own?.informationUri).toBe('https://git.example.gov.cn/hh/data/-/blob/main/README.md');
    const perRule = (await sarif({ HH_SRDI_HELP_URL: 'https://docs.example.org/rules/{rule}.html' })).runs[0]?.tool.driver;
    expect(perRule?.rules.find((r) => r.id === 'credit-code')?.helpUri).toBe('https://docs.example.org/rules/credit-code.html');
    expect(perRule?.rules.find((r) => r.id === 'credit-code')?.help.text).toContain('Documentation: https://docs.example.org/rules/credit-code.html');
    expect(perRule?.informationUri).toBeUndefined();
  });
});
