#!/usr/bin/env node
// Times the fast YAML subset parser (src/load/yaml-fast.ts) against the yaml-library path of
// `loadYaml` and against bare `parseDocument` + `LineCounter`, in process, over every YAML file of a
// folder (read into memory first, so no I/O is timed), and counts the files that take the fast path.
// src/load/yaml.ts is bundled with esbuild the way scripts/build.mjs bundles the CLI (yaml's
// LOG_TOKENS debug hooks dropped), so the library path is timed as the CLI runs it.
//
//   node scripts/bench/yaml-fast.mjs [DIR] [--rounds N]   (DIR: .bench/yaml-10000/data/enterprises or data/enterprises)
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const dir = args.find((a, i) => !a.startsWith('--') && !(roundsAt >= 0 && i === roundsAt + 1)) ?? ['.bench/yaml-10000/data/enterprises', 'data/enterprises'].find((d) => existsSync(d));

const walk = (d) => readdirSync(d).flatMap((n) => (statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : /\.ya?ml$/.test(n) ? [join(d, n)] : []));
const files = walk(dir).map((f) => [f, readFileSync(f, 'utf8')]);

const out = mkdtempSync(join(tmpdir(), 'yaml-fast-bench-'));
const entry = join(out, 'entry.ts');
await build({
  stdin: {
    contents: "export { loadYaml } from './src/load/yaml.ts'; export { fastTree } from './src/load/yaml-fast.ts'; export { LineCounter, parseDocument } from 'yaml';",
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  outfile: entry.replace(/\.ts$/, '.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  plugins: [
    {
      name: 'yaml-debug-hooks',
      setup(b) {
        b.onLoad({ filter: /[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ }, (a) => ({
          contents: readFileSync(a.path, 'utf8').replace(/node_process\.env\.LOG_(TOKENS|STREAM)/g, 'false'),
          loader: 'js',
        }));
      },
    },
  ],
});
const { fastTree, loadYaml, LineCounter, parseDocument } = await import(pathToFileURL(entry.replace(/\.ts$/, '.mjs')).href);
rmSync(out, { recursive: true, force: true });

const runners = {
  // Each asks for one location per file too: a check asks for a few.
  fastTree: (file, text) => fastTree(file, text)?.at('credit_code'),
  loadYaml: (file, text) => loadYaml(file, text).tree?.at('credit_code'),
  libraryPath: (file, text) => loadYaml(file, text, { fast: false }).tree?.at('credit_code'),
  bareParseDocument: (_file, text) => parseDocument(text, { lineCounter: new LineCounter() }),
};
/** Best of `rounds` wall-clock timings over all files, in ms, the contenders interleaved (after a warm-up round). */
const best = Object.fromEntries(Object.keys(runners).map((k) => [k, Infinity]));
for (let r = 0; r <= rounds; r++) {
  for (const [name, fn] of Object.entries(runners)) {
    const t0 = performance.now();
    for (const [file, text] of files) fn(file, text);
    if (r > 0) best[name] = Math.min(best[name], performance.now() - t0);
  }
}
const fast = files.filter(([file, text]) => fastTree(file, text) !== undefined).length;
const fastMs = best.fastTree;
const defaultMs = best.loadYaml;
const libraryMs = best.libraryPath;
const rawMs = best.bareParseDocument;
const round = (n) => Math.round(n * 10) / 10;
process.stdout.write(
  `${JSON.stringify(
    {
      dir,
      files: files.length,
      fastPath: `${fast}/${files.length} (${round((100 * fast) / files.length)} %)`,
      fastTreeMs: round(fastMs),
      loadYamlMs: round(defaultMs),
      libraryPathMs: round(libraryMs),
      bareParseDocumentMs: round(rawMs),
      speedUpOverLibraryPath: round(libraryMs / fastMs),
      speedUpOverBareParseDocument: round(rawMs / fastMs),
    },
    null,
    2,
  )}\n`,
);
