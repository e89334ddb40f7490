#!/usr/bin/env node
// Summarise a V8 .cpuprofile (from `node --cpu-prof`): the functions with the most self time, and
// the most inclusive time (self + callees), each with its share of the sampled total.
//
//   node --cpu-prof --cpu-prof-dir=/tmp/prof dist/cli.js check --data .bench/csv-10000/data --as-of 2026-11-28 >/dev/null
//   node scripts/bench/profile.mjs /tmp/prof/*.cpuprofile [--top 25]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const topIdx = args.indexOf('--top');
const top = topIdx >= 0 ? Number(args[topIdx + 1]) : 25;
const files = args.filter((a, i) => !a.startsWith('--') && i !== topIdx + 1);
if (files.length === 0) {
  process.stderr.write('usage: profile.mjs FILE.cpuprofile [--top N]\n');
  process.exit(2);
}

for (const file of files) {
  const prof = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(prof.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Sample durations: timeDeltas[i] is the time before sample i.
  const selfUs = new Map();
  const deltas = prof.timeDeltas ?? [];
  prof.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? deltas[i] ?? 0)));
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0);

  const where = (cf) => {
    let url = cf.url || '';
    try {
      if (url.startsWith('file://')) url = relative(process.cwd(), fileURLToPath(url));
    } catch {
      /* keep url */
    }
    url = url.replace(/^.*node_modules\//, 'node_modules/');
    return url ? `${url}:${cf.lineNumber + 1}` : '(native)';
  };
  const keyOf = (n) => `${n.callFrame.functionName || '(anonymous)'}  ${where(n.callFrame)}`;

  const self = new Map();
  const incl = new Map();
  for (const [id, us] of selfUs) {
    const n = byId.get(id);
    self.set(keyOf(n), (self.get(keyOf(n)) ?? 0) + us);
    // Inclusive: count each function once per sample stack (recursion-safe).
    const seen = new Set();
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
      const k = keyOf(byId.get(cur));
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
  }
  const show = (title, map) => {
    process.stdout.write(`\n${title}\n`);
    const rows = [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
    for (const [k, us] of rows) process.stdout.write(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / total).toFixed(1).padStart(5)}%  ${k}\n`);
  };
  process.stdout.write(`${file}: ${(total / 1000).toFixed(0)} ms sampled\n`);
  show(`top ${top} by self time`, self);
  show(`top ${top} by inclusive time`, new Map([...incl].filter(([k]) => !/^\((root|program|idle)\)/.test(k))));
}
