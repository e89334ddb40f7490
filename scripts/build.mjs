// Bundles the CLI into dist/cli.js (commander and the command definitions: all `--help` needs) and
// dist/chunks/ (what each command does, imported when it runs), so start-up does not resolve
// hundreds of modules. yaml and cli-table3 call require() at run time, hence the createRequire
// banner, which esbuild puts at the top of every output file.
// `node scripts/build.mjs --analyze` also prints what went into each output file, largest first.
import { readdir, readFile, rm } from 'node:fs/promises';
import { analyzeMetafile, build } from 'esbuild';

/**
 * yaml's parser reads `process.env.LOG_TOKENS` once per token (a debugging hook). Reading
 * process.env is a call into C++ each time: 30–40 % of YAML parse time on our data (profiled with
 * --cpu-prof). The bundle drops the two debug hooks; behaviour is otherwise unchanged.
 */
const yamlDebugHooks = {
  name: 'yaml-debug-hooks',
  setup(b) {
    b.onLoad({ filter: /[\\/]yaml[\\/]dist[\\/](parse[\\/]parser|compose[\\/]composer)\.js$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const patched = source.replace(/node_process\.env\.LOG_(TOKENS|STREAM)/g, 'false');
      return { contents: patched, loader: 'js' };
    });
  },
};

const result = await build({
  // Code splitting: dynamically imported modules (each command's action, exceljs, iconv-lite, …)
  // become chunks that a run loads only when it needs them, so `--help` compiles none of them.
  entryPoints: { cli: 'src/cli/main.ts' },
  outdir: 'dist',
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  bundle: true,
  platform: 'node',
  // exceljs (~1 MB with its zip and XML libraries) stays in node_modules and is imported only when a
  // workbook is read or written, so other commands neither parse nor load it.
  external: ['exceljs'],
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [yamlDebugHooks],
  metafile: true,
  banner: {
    js: "import { createRequire as __hhCreateRequire } from 'node:module'; const require = __hhCreateRequire(import.meta.url);",
  },
});
// Chunk names carry a content hash, so each change of the source leaves the previous build's chunks
// behind (and in the package). Remove them; only files this build did not write, so a CLI started
// from this build never loses a chunk it imports later.
for (const name of await readdir('dist/chunks')) {
  if (!(`dist/chunks/${name}` in result.metafile.outputs)) await rm(`dist/chunks/${name}`, { force: true });
}
if (process.argv.includes('--analyze')) process.stdout.write(await analyzeMetafile(result.metafile));
