/**
 * Issue 9 (start-up): `--help` and `<command> --help` load only commander and the command
 * definitions (<command>-command.ts); what a command does (<command>.ts: the data layer, rules,
 * reporters, zod, yaml…) is imported when it runs. Timing is left to the bench (a time limit here
 * would be flaky on a shared machine); these tests keep the structure that makes it fast.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULESET_IDS as rulesetIds } from '../../src/criteria/index.js';
import { ASSESS_FORMATS as assessFormats } from '../../src/reports/assess-format.js';
import { DEFAULT_THRESHOLD_PCT } from '../../src/reports/diff.js';
import { DIFF_FORMATS as diffFormats } from '../../src/reporters/diff-formats.js';
import { GAPS_FORMATS as gapsFormats } from '../../src/reporters/gaps-formats.js';
import { reporterNames } from '../../src/reporters/index.js';
import { ASSESS_FORMATS, CHECK_FORMATS, DIFF_FORMATS, DIFF_THRESHOLD_PCT, GAPS_FORMATS, RULESET_IDS } from '../../src/cli/options.js';
import { cli } from './harness.js';

const ENTRY = 'src/cli/main.ts';
/** The one module outside src/cli that start-up needs: main.ts hands commands the node file system. */
const LIGHT_OUTSIDE_CLI = ['src/load/vfs.ts'];

/**
 * Static imports of a module, as the bundle keeps them: `import type` and `export type` are
 * erased; `import { type A }` is not (verbatimModuleSyntax keeps it as `import {} from`).
 * `await import(…)` is not at the start of a line, so it is not matched.
 */
function staticImports(text: string): string[] {
  const found: string[] = [];
  const re = /^(?:import|export)\s+(type\s+)?(?:[^;'"]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
  for (const m of text.matchAll(re)) if (m[1] === undefined) found.push(m[2]);
  return found;
}

/** `./x.js` → `src/cli/x.ts`; packages and node builtins are returned as named. */
function resolveImport(from: string, spec: string): string {
  if (!spec.startsWith('.')) return spec;
  return relative(process.cwd(), resolve(dirname(from), spec)).replace(/\.js$/, '.ts');
}

/** Every module that loading `entry` loads, following static imports. */
function staticGraph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    if (!file.startsWith('src/')) return;
    for (const spec of staticImports(readFileSync(file, 'utf8'))) visit(resolveImport(file, spec));
  };
  visit(entry);
  return seen;
}

const isBuiltin = (spec: string): boolean => spec.startsWith('node:') || builtinModules.includes(spec);

describe('start-up loads only the command definitions', () => {
  const graph = staticGraph(ENTRY);

  it('reaches no package but commander, and no source outside src/cli but the file system', () => {
    const packages = [...graph].filter((m) => !m.startsWith('src/') && !isBuiltin(m));
    expect(packages).toEqual(['commander']);
    const outside = [...graph].filter((m) => m.startsWith('src/') && !m.startsWith('src/cli/'));
    expect(outside).toEqual(LIGHT_OUTSIDE_CLI);
  });

  it('reaches no command implementation: each definition imports its command only when it runs', () => {
    const definitions = [...graph].filter((m) => m.endsWith('-command.ts'));
    expect(definitions).toHaveLength(9);
    for (const definition of definitions) {
      const lazy = [...readFileSync(definition, 'utf8').matchAll(/await import\('(\.\/[^']+)'\)/g)].map((m) => resolveImport(definition, m[1]));
      expect(lazy, definition).toEqual([definition.replace('-command.ts', '.ts')]);
      for (const target of lazy) {
        expect(existsSync(target), target).toBe(true);
        expect(graph.has(target), `${target} is imported statically`).toBe(false);
      }
    }
  });

  it('finds what it should: the walk sees through multi-line imports and skips type-only ones', () => {
    expect(staticImports("import {\n  a,\n  b,\n} from './a.js';\nimport type { T } from 'zod';\nimport { type U } from './u.js';\nexport { c } from './c.js';\nconst x = await import('./d.js');\n"))
      .toEqual(['./a.js', './u.js', './c.js']);
    expect(graph.has('src/cli/program.ts') && graph.has('src/cli/check-command.ts')).toBe(true);
  });

  it('the bundle agrees: dist/cli.js and the chunks it imports hold only commander and the definitions', () => {
    // test/global-setup.ts has just built dist/ from this source.
    const files = new Set<string>();
    const visit = (file: string): void => {
      if (files.has(file)) return;
      files.add(file);
      for (const spec of staticImports(readFileSync(file, 'utf8'))) if (spec.startsWith('.')) visit(join(dirname(file), spec));
    };
    visit('dist/cli.js');
    // esbuild heads each bundled module with a `// path` comment.
    const modules = [...files].flatMap((f) => [...readFileSync(f, 'utf8').matchAll(/^\/\/ ((?:node_modules|src)\/\S+)$/gm)].map((m) => m[1]));
    const heavy = modules.filter((m) => !m.startsWith('node_modules/commander/') && !m.startsWith('src/cli/') && !LIGHT_OUTSIDE_CLI.includes(m));
    expect(heavy).toEqual([]);
    expect(modules.filter((m) => m.startsWith('src/cli/') && !/(-command|program|main|io|meta|detect|options)\.ts$/.test(m))).toEqual([]);
  });

  it('every output file defines require (yaml and cli-table3 call it at run time, from whichever chunk holds them)', () => {
    const outputs = ['dist/cli.js', ...readdirSync('dist/chunks').map((f) => `dist/chunks/${f}`)];
    const missing = outputs.filter((f) => !readFileSync(f, 'utf8').startsWith('import { createRequire as __hhCreateRequire }'));
    expect(missing).toEqual([]);
  });
});

describe('the definitions’ choice lists', () => {
  it('equal the lists of the modules that implement them', () => {
    expect(CHECK_FORMATS).toEqual(reporterNames);
    expect(GAPS_FORMATS).toEqual(gapsFormats);
    expect(ASSESS_FORMATS).toEqual(assessFormats);
    expect(DIFF_FORMATS).toEqual(diffFormats);
    expect(RULESET_IDS).toEqual(rulesetIds);
    expect(DIFF_THRESHOLD_PCT).toBe(DEFAULT_THRESHOLD_PCT);
  });
});

/** Every help text, as commander prints it: the definitions and their help must not change when code moves. */
const HELP_ARGS = [
  ['--help'],
  ...['check', 'schema', 'gaps', 'assess', 'rules', 'init', 'export', 'diff', 'report'].map((c) => [c, '--help']),
  ...['pools', 'rollup', 'candidates', 'roadmap'].map((k) => ['export', k, '--help']),
  ['--version'],
];

describe('help', () => {
  it('prints every help text unchanged', async () => {
    const parts: string[] = [];
    for (const args of HELP_ARGS) {
      const r = await cli(args);
      parts.push(`$ hh-srdi ${args.join(' ')}  [exit ${r.code}]\n${r.stdout}${r.stderr}`);
    }
    await expect(parts.join('\n')).toMatchFileSnapshot('__golden__/help.txt');
  });
});
