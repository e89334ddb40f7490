import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rulesMarkdown } from '../../src/cli/rules.js';

const readme = readFileSync('README.md', 'utf8');

describe('README stays true', () => {
  it('starts with the two set-up commands', () => {
    expect(readme.split('\n').slice(0, 6).join('\n')).toMatch(/npm ci && npx hh-srdi check[\s\S]*npm ci && npm test/);
  });

  it('contains the rule table generated from the registry (`hh-srdi rules --markdown`)', () => {
    expect(readme).toContain(rulesMarkdown().trim());
  });
});
