#!/usr/bin/env node
/**
 * `hh-srdi check --format json` → a GitLab Code Quality report (artifacts:reports:codequality), and
 * the findings as lines in the job log (stderr). Plain Node ≥ 20, no dependencies.
 *
 *   node gitlab-codequality.mjs hh-srdi-check.json > gl-code-quality-report.json
 *   npx hh-srdi check --format json | node gitlab-codequality.mjs > gl-code-quality-report.json
 *
 * The fingerprint is the rule, the file and the message — not the line — so GitLab does not show a
 * finding as fixed and new again when lines above it move (the same matching as `hh-srdi diff`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const SEVERITY = { error: 'major', warn: 'minor', info: 'info' };

const report = JSON.parse(readFileSync(process.argv[2] ?? 0, 'utf8'));
if (report?.version !== 1 || !Array.isArray(report.diagnostics)) {
  process.stderr.write('gitlab-codequality: expected the output of `hh-srdi check --format json`\n');
  process.exit(2);
}

const seen = new Map();
const issues = report.diagnostics.map((d) => {
  const key = `${d.ruleId}\0${d.file}\0${d.message}`;
  const n = seen.get(key) ?? 0;
  seen.set(key, n + 1);
  const details = [d.value === undefined ? '' : `value: ${d.value}`, d.expected === undefined ? '' : `expected: ${d.expected}`].filter(Boolean).join('; ');
  return {
    type: 'issue',
    check_name: d.ruleId,
    description: details ? `${d.message} (${details})` : d.message,
    categories: ['Bug Risk'],
    severity: SEVERITY[d.severity] ?? 'info',
    fingerprint: createHash('sha256').update(`${key}\0${n}`).digest('hex'),
    location: { path: d.file, lines: { begin: d.line } },
  };
});

for (const d of report.diagnostics) process.stderr.write(`${d.file}:${d.line}:${d.column}  ${d.severity}  ${d.message}  ${d.ruleId}\n`);
const { errors, warnings, files } = report.summary;
process.stderr.write(`hh-srdi: ${errors} errors, ${warnings} warnings in ${files} files\n`);
process.stdout.write(`${JSON.stringify(issues, null, 2)}\n`);
