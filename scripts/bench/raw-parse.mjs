#!/usr/bin/env node
// The "raw parse" baseline of the bench: read every data file of a folder and parse it with the
// bare library, nothing else — csv-parse (default options) for .csv, `parseDocument` with a
// `LineCounter` (what a located loader needs at the least) for .yaml. Single-threaded.
//
//   node scripts/bench/raw-parse.mjs DIR     → prints { parseMs, files, records, maxRssMB } as JSON
//
// The bench times this whole process (start-up, import, read, parse) exactly like a CLI command,
// so the ratio command / raw compares like with like; parseMs is the in-process part only.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { LineCounter, parseDocument } from 'yaml';

const root = process.argv[2];
if (!root) {
  process.stderr.write('usage: raw-parse.mjs DIR\n');
  process.exit(2);
}

function walk(dir, out) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else if (/\.(ya?ml|csv)$/i.test(entry.name)) out.push(full);
  }
  return out;
}

const t0 = performance.now();
const files = walk(root, []);
let records = 0;
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  if (/\.csv$/i.test(file)) {
    records += parse(text).length;
  } else {
    const lineCounter = new LineCounter();
    const doc = parseDocument(text, { lineCounter });
    records += doc.contents ? 1 : 0;
  }
}
const parseMs = performance.now() - t0;
const maxRssMB = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ parseMs: Math.round(parseMs), files: files.length, records, maxRssMB: Math.round(maxRssMB) })}\n`);
