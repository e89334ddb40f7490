/** SARIF 2.1.0 for GitHub code scanning and SARIF viewers (after Spectral's sarif formatter). */
import type { Diagnostic, Severity } from '../diagnostics.js';
import { detailSuffix, repoFile } from './format.js';
import type { Reporter, ReporterOptions, RuleMeta } from './types.js';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVELS: Record<Severity, SarifLevel> = { error: 'error', warn: 'warning', info: 'note' };
const SRCROOT = '%SRCROOT%';

interface ArtifactLocation {
  uri: string;
  uriBaseId: string;
  index: number;
}

interface ReportingDescriptor {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  /** Shown by code scanning next to an alert: what the rule catches and how to configure it. */
  help: { text: string; markdown: string };
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { descriptionZh: string };
}

interface Region {
  startLine: number;
  startColumn: number;
  endLine?: number;
  endColumn?: number;
}

interface SarifResult {
  ruleId: string;
  ruleIndex?: number;
  level: SarifLevel;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: ArtifactLocation; region: Region } }[];
  properties?: { path?: string; value?: string; expected?: string };
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: {
    tool: { driver: { name: string; version: string; informationUri?: string; rules: ReportingDescriptor[] } };
    artifacts: { location: { uri: string; uriBaseId: string } }[];
    results: SarifResult[];
  }[];
}

export const sarif: Reporter = (result, options) => {
  const ruleIndex = new Map<string, number>();
  options.rules.forEach((rule, i) => {
    if (!ruleIndex.has(rule.id)) ruleIndex.set(rule.id, i);
  });
  const artifactIndex = new Map<string, number>();
  for (const d of result.diagnostics) {
    if (!artifactIndex.has(repoFile(d.file))) artifactIndex.set(repoFile(d.file), artifactIndex.size);
  }
  const log: SarifLog = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: driver(options) },
        artifacts: [...artifactIndex.keys()].map((file) => ({ location: { uri: fileUri(file), uriBaseId: SRCROOT } })),
        results: result.diagnostics.map((d) =>
          toResult(d, options, ruleIndex.get(d.ruleId), artifactIndex.get(repoFile(d.file)) ?? 0),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};

function driver(options: ReporterOptions): SarifLog['runs'][number]['tool']['driver'] {
  return {
    name: 'hh-srdi',
    version: options.toolVersion,
    ...(options.informationUri === undefined ? {} : { informationUri: options.informationUri }),
    rules: options.rules.map((rule) => descriptor(rule, options)),
  };
}

function descriptor(rule: RuleMeta, options: ReporterOptions): ReportingDescriptor {
  const uri = options.helpUri?.(rule.id);
  return {
    id: rule.id,
    shortDescription: { text: rule.description.en },
    fullDescription: { text: `${rule.description.en} — ${rule.description.zh}` },
    help: help(rule, uri),
    ...(uri === undefined ? {} : { helpUri: uri }),
    defaultConfiguration: { level: LEVELS[rule.defaultSeverity] },
    properties: { descriptionZh: rule.description.zh },
  };
}

/** The rule's help: both languages, its default severity, and how to change it or silence one record. */
function help(rule: RuleMeta, uri: string | undefined): ReportingDescriptor['help'] {
  const configure = `rules: { ${rule.id}: error | warn | off }`;
  const suppress = `# hh-srdi-disable-next-line ${rule.id} -- reason`;
  const text = [
    `${rule.description.en}`,
    `${rule.description.zh}`,
    `Default severity: ${rule.defaultSeverity}. Change it in hh-srdi.config.yaml (${configure}); silence one record with "${suppress}" (YAML) or a suppress column (CSV).`,
    ...(uri === undefined ? [] : [`Documentation: ${uri}`]),
  ].join('\n');
  const markdown = [
    `**${rule.id}** — ${rule.description.en}`,
    '',
    rule.description.zh,
    '',
    `Default severity: \`${rule.defaultSeverity}\`. Change it in \`hh-srdi.config.yaml\` (\`${configure}\`); silence one record with \`${suppress}\` (YAML) or a \`suppress\` column (CSV).`,
    ...(uri === undefined ? [] : ['', `[Rule table in the README](${uri})`]),
  ].join('\n');
  return { text, markdown };
}

function toResult(d: Diagnostic, options: ReporterOptions, ruleIndex: number | undefined, index: number): SarifResult {
  const region: Region = { startLine: d.line, startColumn: d.column };
  if (d.endLine !== undefined) region.endLine = d.endLine;
  if (d.endColumn !== undefined) region.endColumn = d.endColumn;
  const out: SarifResult = {
    ruleId: d.ruleId,
    ...(ruleIndex === undefined ? {} : { ruleIndex }),
    level: LEVELS[d.severity],
    message: { text: d.message + detailSuffix(d, options.lang) },
    locations: [{ physicalLocation: { artifactLocation: { uri: fileUri(repoFile(d.file)), uriBaseId: SRCROOT, index }, region } }],
  };
  const properties = extraProperties(d);
  if (properties !== undefined) out.properties = properties;
  return out;
}

function extraProperties(d: Diagnostic): SarifResult['properties'] {
  if (d.path === undefined && d.value === undefined && d.expected === undefined) return undefined;
  const out: NonNullable<SarifResult['properties']> = {};
  if (d.path !== undefined) out.path = d.path;
  if (d.value !== undefined) out.value = d.value;
  if (d.expected !== undefined) out.expected = d.expected;
  return out;
}

/** A relative URI reference: each POSIX path segment percent-encoded (spaces, `#`, `?`, CJK). */
export function fileUri(file: string): string {
  return file
    .split('/')
    .map((segment) => (segment === '.' || segment === '..' ? segment : encodeURIComponent(segment)))
    .join('/');
}
