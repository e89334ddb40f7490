/** Tool metadata shared by commands: version and rule documentation links (light: `--version` reads it). */
export const VERSION = '0.1.0';
/** The README's rule table. The repository has no public home yet: set HH_SRDI_HELP_URL to where yours is. */
export const README_RULES_URL = 'https://github.com/honghe-srdi/hh-srdi/blob/main/README.md#rules';

/**
 * Rule documentation links (SARIF `helpUri`): `HH_SRDI_HELP_URL` when set, else the README's rule
 * table. A `{rule}` in the URL is replaced by the rule id (a docs site with a page per rule).
 */
export function helpLinks(env: Readonly<Record<string, string | undefined>>): { helpUri: (ruleId: string) => string; informationUri?: string } {
  const base = env.HH_SRDI_HELP_URL?.trim() || README_RULES_URL;
  const helpUri = (ruleId: string): string => base.replaceAll('{rule}', encodeURIComponent(ruleId));
  const home = base.includes('{rule}') ? undefined : base.replace(/#.*$/, '');
  return { helpUri, ...(home === undefined ? {} : { informationUri: home }) };
}
