#!/usr/bin/env node
// Fallback peak-RSS probe when /usr/bin/time is missing:
//   node rss-wrapper.mjs RSS_FILE SCRIPT [ARGS…]
// runs SCRIPT in this process (as if `node SCRIPT ARGS…`) and writes "maxRSS(KiB) user(s) sys(s)"
// (the line `/usr/bin/time -f "%M %U %S"` writes) to RSS_FILE on exit.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [rssFile, script, ...rest] = process.argv.slice(2);
process.argv = [process.argv[0], resolve(script), ...rest];
process.on('exit', () => {
  const u = process.resourceUsage();
  writeFileSync(rssFile, `${u.maxRSS} ${(u.userCPUTime / 1e6).toFixed(2)} ${(u.systemCPUTime / 1e6).toFixed(2)}\n`);
});
await import(pathToFileURL(resolve(script)).href);
