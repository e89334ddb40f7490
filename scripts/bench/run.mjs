#!/usr/bin/env node
// `npm run bench` (issue 9): times hh-srdi as whole processes on synthetic data folders, next to
// the raw parse time of the same files measured in the same run, and evaluates the issue's targets.
//
//   npm run bench                       1k/10k/100k CSV, 1k/10k YAML, start-up, large-YAML refusal
//   npm run bench -- --quick            1k and 10k only
//   npm run bench -- --sizes 1000,10000 --runs 5 --formats csv --commands check,gaps
//   npm run bench -- --json             machine-readable result on stdout (progress stays on stderr)
//   npm run bench -- --no-build         time the dist/cli.js that is already there
//   npm run bench -- --budget 540       seconds of measuring after which runs are cut to one
//   npm run bench -- --from bench.json  print a saved --json result as the table
//
// See docs/performance.md for what every number means.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AS_OF, GENERATOR_VERSION, POOL_YEAR, REPO, ensureCase } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const BIN = join(REPO, 'bin', 'hh-srdi.js');
const RAW = join(HERE, 'raw-parse.mjs');
const WRAPPER = join(HERE, 'rss-wrapper.mjs');
const TIME = '/usr/bin/time';
/** GNU time: peak RSS (KiB), user and system CPU seconds — the same line rss-wrapper.mjs writes. */
const TIME_FORMAT = '%M %U %S';

// ---------------------------------------------------------------------------------------------
// Options

function usage(code) {
  process.stderr.write(
    'usage: npm run bench -- [--json] [--quick] [--sizes 1000,10000,100000] [--runs N] [--formats csv,yaml]\n' +
      '                        [--commands check,gaps,assess,export] [--no-build] [--budget SECONDS] [--timeout SECONDS]\n' +
      '       npm run bench -- --from bench.json     (print a saved --json result as the table)\n',
  );
  process.exit(code);
}

function options(argv) {
  const o = { json: false, sizes: [1000, 10000, 100000], runs: 3, formats: ['csv', 'yaml'], commands: undefined, build: true, budgetS: 540, timeoutS: 300, large: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const v = argv[++i];
      if (v === undefined) usage(2);
      return v;
    };
    if (a === '--json') o.json = true;
    else if (a === '--quick') o.sizes = [1000, 10000];
    else if (a === '--sizes') o.sizes = value().split(',').map((s) => Number(s.trim().replace(/k$/i, '000')));
    else if (a === '--runs') o.runs = Number(value());
    else if (a === '--formats') o.formats = value().split(',').map((s) => s.trim());
    else if (a === '--commands') o.commands = value().split(',').map((s) => s.trim());
    else if (a === '--no-build') o.build = false;
    else if (a === '--budget') o.budgetS = Number(value());
    else if (a === '--timeout') o.timeoutS = Number(value());
    else if (a === '--no-large') o.large = false;
    else if (a === '--from') o.from = value();
    else if (a === '-h' || a === '--help') usage(0);
    else {
      process.stderr.write(`bench: unknown option ${a}\n`);
      usage(2);
    }
  }
  if (!o.sizes.every((n) => Number.isInteger(n) && n > 0)) usage(2);
  if (!Number.isInteger(o.runs) || o.runs < 1) usage(2);
  if (!o.formats.every((f) => f === 'csv' || f === 'yaml')) usage(2);
  o.sizes = [...new Set(o.sizes)].sort((a, b) => a - b);
  return o;
}

const opts = options(process.argv.slice(2));
const started = performance.now();
const elapsedS = () => (performance.now() - started) / 1000;
const log = (s) => process.stderr.write(`[bench ${elapsedS().toFixed(0).padStart(3)} s] ${s}\n`);
const notes = [];
const note = (s) => {
  notes.push(s);
  log(`note: ${s}`);
};

// Children: English, no colours, never the GitHub reporter.
const childEnv = { ...process.env, NO_COLOR: '1', HH_SRDI_LANG: 'en' };
for (const k of ['GITHUB_ACTIONS', 'GITHUB_STEP_SUMMARY', 'FORCE_COLOR']) delete childEnv[k];

// ---------------------------------------------------------------------------------------------
// Commands (picked up automatically once the CLI has them)

const COMMANDS = [
  { id: 'check', words: ['check'], extra: [] },
  { id: 'gaps', words: ['gaps'], extra: [] },
  { id: 'assess', words: ['assess'], extra: [] },
  { id: 'export pools', words: ['export', 'pools'], extra: ['--year', String(POOL_YEAR)] },
];

/** `hh-srdi <words> --help` exits 0 and prints this command's own usage line (not the program's). */
function available(cmd) {
  const r = spawnSync(process.execPath, [BIN, ...cmd.words, '--help'], { cwd: REPO, env: childEnv, encoding: 'utf8', timeout: 30_000 });
  if (r.status !== 0) return false;
  const used = /Usage: hh-srdi ([^[<\n]*)/.exec(r.stdout ?? '')?.[1]?.trim() ?? '';
  if (used === cmd.words.join(' ')) return true;
  // `export <kind>` with pools as an argument rather than a subcommand.
  return cmd.words.length > 1 && used === cmd.words[0] && (r.stdout ?? '').includes(cmd.words[1]);
}

// ---------------------------------------------------------------------------------------------
// Timing one process

const scratch = mkdtempSync(join(tmpdir(), 'hh-srdi-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));
let seq = 0;
/** Process groups of running children (each is one timed process and its /usr/bin/time wrapper). */
const live = new Set();
function killGroup(pid) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    /* already gone */
  }
}
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    for (const pid of live) killGroup(pid);
    process.exit(130);
  });
}

function timeWorks() {
  if (!existsSync(TIME)) return false;
  const f = join(scratch, 'probe');
  const r = spawnSync(TIME, ['-f', TIME_FORMAT, '-o', f, process.execPath, '-e', ''], { stdio: 'ignore' });
  return r.status === 0 && existsSync(f) && /^\d+ [\d.]+ [\d.]+\s*$/m.test(readFileSync(f, 'utf8'));
}
const useTime = timeWorks();

/**
 * Runs `node ARGS…` and returns wall time (spawn → exit, ms), peak RSS (MB), CPU time (user + sys, ms),
 * exit code, stderr. RSS and CPU come from GNU time (%M %U %S), or from the child's own
 * resourceUsage() via rss-wrapper.mjs.
 */
function timed(args, { cwd, timeoutMs = opts.timeoutS * 1000, stdout = false } = {}) {
  const rssFile = join(scratch, `rss-${seq++}`);
  const [cmd, argv] = useTime ? [TIME, ['-f', TIME_FORMAT, '-o', rssFile, process.execPath, ...args]] : [process.execPath, [WRAPPER, rssFile, ...args]];
  return new Promise((resolvePromise, reject) => {
    const t0 = process.hrtime.bigint();
    // detached: its own process group, so a timeout kills node and not only /usr/bin/time.
    const child = spawn(cmd, argv, { cwd, env: childEnv, detached: true, stdio: ['ignore', stdout ? 'pipe' : 'ignore', 'pipe'] });
    live.add(child.pid);
    let err = '';
    let out = '';
    child.stderr.on('data', (d) => {
      if (err.length < 65536) err += d;
    });
    child.stdout?.on('data', (d) => {
      out += d;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      killGroup(child.pid);
    }, timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      clearTimeout(timer);
      live.delete(child.pid);
      let rssMB = null;
      let cpuMs = null;
      try {
        const line = readFileSync(rssFile, 'utf8').trim().split('\n').filter((l) => /^\d+ [\d.]+ [\d.]+$/.test(l.trim())).pop();
        if (line) {
          const [kb, user, sys] = line.trim().split(' ').map(Number);
          rssMB = kb / 1024;
          cpuMs = (user + sys) * 1000;
        }
        rmSync(rssFile, { force: true });
      } catch {
        /* killed before writing */
      }
      resolvePromise({ ms, rssMB, cpuMs, code, signal, timedOut, stderr: err, stdout: out });
    });
  });
}

const firstLine = (s) => s.split('\n').map((l) => l.trim()).find((l) => l && !l.startsWith('Command exited') && !l.startsWith('Command terminated')) ?? '';

// ---------------------------------------------------------------------------------------------
// Scheduling: every measurement is an item (a case × raw or a command). Phase A runs each item
// once, most target-relevant first, so the targets get a value even when the 10-minute limit cuts
// the bench short; phase B adds the repeats round by round, case by case (raw first), so a noisy
// moment hits the raw baseline and the commands alike.

const budgetMs = opts.budgetS * 1000;
const hardDeadlineMs = budgetMs + 50_000;
const items = [];

function addItem(group, id, args, cwd, { ok = okCli, runs = opts.runs, priority = 100, stdout = false } = {}) {
  const it = { group, id, args, cwd, ok, stdout, priority, order: items.length, runs, planned: runs, samples: [], rss: [], cpu: [], outputs: [], status: 'ok', error: undefined };
  items.push(it);
  return it;
}

async function runOnce(it) {
  const label = `${it.group} ${it.id}`;
  // Hard stop: nothing runs past budget + 50 s, so the whole bench ends in time.
  const remaining = hardDeadlineMs - (performance.now() - started);
  if (remaining < 1000) {
    if (it.samples.length === 0) {
      it.status = 'skipped';
      it.error = `not run: the bench time limit (${opts.budgetS + 50} s) was reached`;
      log(`${label}: SKIPPED (time limit)`);
    } else it.planned = it.samples.length;
    return;
  }
  const timeoutMs = Math.min(opts.timeoutS * 1000, remaining);
  const r = await timed(it.args, { cwd: it.cwd, stdout: it.stdout, timeoutMs });
  if (r.timedOut) {
    if (it.samples.length > 0) {
      it.planned = it.samples.length;
      return;
    }
    it.status = 'timeout';
    it.error = timeoutMs < opts.timeoutS * 1000 ? `killed at the bench time limit after ${fmtMs(r.ms)}` : `killed after ${opts.timeoutS} s`;
    log(`${label}: TIMEOUT (${it.error})`);
    return;
  }
  if (!it.ok(r.code)) {
    it.status = 'error';
    it.error = `exit ${r.code ?? r.signal}: ${firstLine(r.stderr)}`;
    log(`${label}: ERROR ${it.error}`);
    return;
  }
  it.samples.push(r.ms);
  if (r.rssMB !== null) it.rss.push(r.rssMB);
  if (r.cpuMs !== null) it.cpu.push(r.cpuMs);
  if (it.stdout) it.outputs.push(r.stdout);
  log(`${label} run ${it.samples.length}/${it.planned}: ${fmtMs(r.ms)}${r.rssMB !== null ? `, ${Math.round(r.rssMB)} MB` : ''}`);
  if (it.samples.length === 1 && it.runs > 1) {
    const cap = r.ms > 30_000 ? 1 : r.ms > 10_000 ? 2 : it.runs;
    if (cap < it.planned) {
      it.planned = cap;
      note(`${label}: ${cap} run(s) instead of ${it.runs} (one run takes ${fmtMs(r.ms)})`);
    }
  }
}

async function runAll() {
  log(`phase A: one run of each of ${items.length} measurements, target-relevant first`);
  for (const it of [...items].sort((a, b) => a.priority - b.priority || a.order - b.order)) await runOnce(it);
  const groups = [...new Set(items.map((it) => it.group))];
  const rounds = Math.max(...items.map((it) => it.planned));
  if (rounds > 1) log('phase B: repeats');
  for (let round = 1; round < rounds; round++) {
    for (const g of groups) {
      for (const it of items) {
        if (it.group !== g || it.status !== 'ok' || it.samples.length >= it.planned || it.samples.length === 0) continue;
        if (performance.now() - started + Math.min(...it.samples) > budgetMs) {
          it.planned = it.samples.length;
          note(`${it.group} ${it.id}: ${it.planned} run(s) — the --budget of ${opts.budgetS} s is used up`);
          continue;
        }
        await runOnce(it);
      }
    }
  }
}

const itemOf = (group, id) => items.find((it) => it.group === group && it.id === id);

const min = (xs) => (xs.length ? Math.min(...xs) : null);
const max = (xs) => (xs.length ? Math.max(...xs) : null);
const fmtMs = (ms) => (ms === null || ms === undefined ? 'n/a' : ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`);
const round = (x, d = 0) => (x === null || x === undefined ? null : Math.round(x * 10 ** d) / 10 ** d);

function enterpriseCount(dir) {
  let n = 0;
  const folder = join(dir, 'enterprises');
  if (existsSync(folder)) n += readdirSync(folder).filter((f) => /\.(ya?ml|csv)$/i.test(f)).length;
  for (const f of ['enterprises.csv', 'enterprises.yaml', 'enterprises.yml']) {
    const p = join(dir, f);
    if (!existsSync(p)) continue;
    const text = readFileSync(p, 'utf8');
    n += f.endsWith('.csv') ? Math.max(0, text.split('\n').filter((l) => l.trim()).length - 1) : (text.match(/^- /gm) ?? []).length;
  }
  return n;
}

const okCli = (code) => code === 0 || code === 1; // 1 = findings; 2 = could not do the job
const cliArgs = (cmd, dataDir) => [BIN, ...cmd.words, '--data', dataDir, '--as-of', AS_OF, ...cmd.extra];

// ---------------------------------------------------------------------------------------------
// Main

const result = {
  machine: { node: process.version, platform: `${process.platform}-${process.arch}`, cpus: cpus().length, cpu: cpus()[0]?.model ?? '', memoryGB: round(totalmem() / 2 ** 30, 1), loadAtStart: round(loadavg()[0], 2) },
  generator: GENERATOR_VERSION,
  asOf: AS_OF,
  runs: opts.runs,
  rss: useTime ? `/usr/bin/time -f '${TIME_FORMAT}'` : 'process.resourceUsage() (rss-wrapper.mjs)',
  baseline: {},
  cases: [],
  raw: [],
  targets: [],
  notes,
};

if (opts.from) {
  const text = readFileSync(opts.from, 'utf8');
  const saved = JSON.parse(text.slice(text.indexOf('{'))); // tolerate npm's "> hh-srdi@… bench" banner
  process.stdout.write(opts.json ? `${JSON.stringify(saved, null, 2)}\n` : humanReport(saved));
  process.exit(0);
}

if (opts.build) {
  log('npm run build …');
  const b = spawnSync('npm', ['run', 'build', '--silent'], { cwd: REPO, stdio: ['ignore', 2, 2], env: process.env });
  if (b.status !== 0) {
    log('npm run build failed — fix the build, or time the existing bundle with --no-build');
    process.exit(2);
  }
}
if (!existsSync(join(REPO, 'dist', 'cli.js'))) {
  log('dist/cli.js is missing (npm run build)');
  process.exit(2);
}

const wanted = opts.commands ? COMMANDS.filter((c) => opts.commands.some((w) => c.id === w || c.words[0] === w)) : COMMANDS;
const commands = wanted.map((c) => ({ ...c, available: available(c) }));
const present = commands.filter((c) => c.available);
log(`commands: ${commands.map((c) => `${c.id}${c.available ? '' : ' (n/a)'}`).join(', ')}; peak RSS via ${result.rss}`);

function pushCase(name, enterprises, format, cmd, s, raw) {
  const ms = s ? min(s.samples) : null;
  const rawMs = raw ? min(raw.samples) : null;
  const cpu = s ? min(s.cpu) : null;
  const rawCpu = raw ? min(raw.cpu) : null;
  result.cases.push({
    name,
    enterprises,
    format,
    command: cmd.id,
    ms: round(ms),
    rssMB: s ? round(max(s.rss)) : null,
    rawParseMs: round(rawMs),
    ratio: ms !== null && rawMs ? round(ms / rawMs, 2) : null,
    cpuMs: round(cpu),
    cpuRatio: cpu !== null && rawCpu ? round(cpu / rawCpu, 2) : null,
    runs: s ? s.samples.length : 0,
    status: !cmd.available || !s ? 'n/a' : s.status,
    ...(s?.error ? { error: s.error } : {}),
  });
}

// Start-up, then the synthetic cases (generated up front), smallest first. Phase A priorities:
// 1 start-up targets, 2 csv-10k (scaling), 3 yaml-10k raw + check, 4 csv-100k, 100 the rest.
const embedded = join(REPO, 'data');
const hasEmbedded = existsSync(embedded);
addItem('startup', 'node -e ""', ['-e', ''], REPO, { ok: (c) => c === 0, runs: Math.max(opts.runs, 5), priority: 1 });
addItem('startup', '--help', [BIN, '--help'], REPO, { ok: (c) => c === 0, runs: Math.max(opts.runs, 5), priority: 1 });
if (hasEmbedded) {
  addItem('embedded', 'raw', [RAW, 'data'], REPO, { ok: (c) => c === 0, stdout: true });
  for (const c of present) addItem('embedded', c.id, cliArgs(c, 'data'), REPO, { runs: c.id === 'check' ? Math.max(opts.runs, 5) : opts.runs, priority: c.id === 'check' ? 1 : 100 });
} else note('no embedded data/ folder: "check on the embedded data" is n/a');

const cases = [];
for (const n of opts.sizes) for (const f of opts.formats) if (!(f === 'yaml' && n > 10_000)) cases.push({ layout: f, n });
if (opts.formats.includes('yaml') && opts.sizes.some((n) => n > 10_000)) note('YAML cases stop at 10k enterprises (a 100k-file folder is not a supported scale)');
for (const c of cases) {
  const { name, dir } = await ensureCase({ layout: c.layout, n: c.n }, log);
  c.name = name;
  const cwd = dirname(dir);
  const priority = (id) => (name === 'csv-10000' ? 2 : name === 'yaml-10000' && (id === 'raw' || id === 'check') ? 3 : name === 'csv-100000' ? 4 : 100);
  addItem(name, 'raw', [RAW, 'data'], cwd, { ok: (code) => code === 0, stdout: true, priority: priority('raw') });
  for (const cmd of present) addItem(name, cmd.id, cliArgs(cmd, 'data'), cwd, { priority: priority(cmd.id) });
}

await runAll();

function rawSummary(name) {
  const raw = itemOf(name, 'raw');
  if (!raw) return undefined;
  const parsed = raw.outputs.map((s) => {
    try {
      return JSON.parse(s);
    } catch {
      return {};
    }
  });
  result.raw.push({
    name,
    processMs: round(min(raw.samples)),
    cpuMs: round(min(raw.cpu)),
    parseMs: round(min(parsed.map((p) => p.parseMs).filter((x) => typeof x === 'number'))),
    rssMB: round(max(raw.rss)),
    files: parsed[0]?.files ?? null,
    runs: raw.samples.length,
    ...(raw.error ? { error: raw.error } : {}),
  });
  return raw;
}

{
  const node = itemOf('startup', 'node -e ""');
  result.baseline = { nodeMs: round(min(node.samples)), nodeRssMB: round(max(node.rss)) };
  pushCase('startup', null, null, { id: '--help', available: true }, itemOf('startup', '--help'), null);
  const raw = hasEmbedded ? rawSummary('embedded') : undefined;
  const n = hasEmbedded ? enterpriseCount(embedded) : null;
  for (const c of commands) pushCase('embedded', n, 'embedded', c, hasEmbedded && c.available ? itemOf('embedded', c.id) : null, raw);
}
for (const c of cases) {
  const raw = rawSummary(c.name);
  for (const cmd of commands) pushCase(c.name, c.n, c.layout, cmd, cmd.available ? itemOf(c.name, cmd.id) : null, raw);
}

// A single YAML file over the 20 MB default limit must be refused, located, without parsing it.
let large = null;
if (opts.large && present.some((c) => c.id === 'check')) {
  const { name, dir } = await ensureCase({ layout: 'yaml', bytes: 21 * 2 ** 20 }, log);
  log(`${name}: check (1 run)`);
  const r = await timed([BIN, 'check', '--data', 'data', '--as-of', AS_OF, '--format', 'json'], { cwd: dirname(dir), stdout: true, timeoutMs: Math.max(5_000, Math.min(120_000, hardDeadlineMs - (performance.now() - started))) });
  let diag;
  try {
    diag = JSON.parse(r.stdout).diagnostics?.find((d) => /enterprises\.ya?ml$/.test(d.file) && d.ruleId === 'syntax' && d.line >= 1);
  } catch {
    /* not JSON */
  }
  large = { ms: r.ms, rssMB: r.rssMB, refused: Boolean(diag) && /csv/i.test(diag?.message ?? ''), located: diag ? `${diag.file}:${diag.line}:${diag.column}` : null, timedOut: r.timedOut };
  log(`${name}: ${fmtMs(r.ms)}, ${Math.round(r.rssMB ?? 0)} MB, ${large.refused ? `refused at ${large.located}` : 'NOT refused'}`);
  result.cases.push({ name, enterprises: null, format: 'yaml', command: 'check', ms: round(r.ms), rssMB: round(r.rssMB), rawParseMs: null, ratio: null, cpuMs: round(r.cpuMs), cpuRatio: null, runs: 1, status: r.timedOut ? 'timeout' : okCli(r.code) ? 'ok' : 'error' });
}

// ---------------------------------------------------------------------------------------------
// Targets (issue 9)

const caseOf = (name, command) => result.cases.find((c) => c.name === name && c.command === command);

function target(id, description, value, limit, unit, measuredText) {
  const status = value === null || value === undefined ? 'n/a' : value <= limit ? 'PASS' : 'MISS';
  result.targets.push({ id, description, value: value ?? null, limit, unit, status, measured: measuredText ?? (value === null || value === undefined ? 'n/a' : `${value}${unit === '×' ? '×' : ` ${unit}`}`) });
}
const rawRuns = (name) => result.raw.find((x) => x.name === name)?.runs;
// A minimum over a single run is weak evidence on a noisy machine: say so next to the value.
const single = (...counts) => (counts.some((n) => n === 1) ? ', single run' : '');
const ratioText = (c) => (c && c.ratio !== null ? `${c.ratio}× (${fmtMs(c.ms)} / raw ${fmtMs(c.rawParseMs)}${single(c.runs, rawRuns(c.name))})` : undefined);

for (const cmd of COMMANDS) {
  const c = caseOf('csv-100000', cmd.id);
  target(`csv-100k-${cmd.id.replace(' ', '-')}-ratio`, `CSV 100k: ${cmd.id} ≤ 1.5 × raw parse`, c?.ratio, 1.5, '×', ratioText(c));
  if (cmd.id === 'check') target('csv-100k-check-rss', 'CSV 100k: check peak RSS ≤ 400 MB', c?.rssMB, 400, 'MB', c?.rssMB == null ? undefined : `${c.rssMB} MB (raw parse ${result.raw.find((x) => x.name === 'csv-100000')?.rssMB} MB)`);
}
{
  const c = caseOf('yaml-10000', 'check');
  target('yaml-10k-check-ratio', 'YAML 10k files: check ≤ 1.2 × single-threaded raw parse', c?.ratio, 1.2, '×', ratioText(c));
}
for (const cmd of COMMANDS) {
  const a = caseOf('csv-10000', cmd.id);
  const b = caseOf('csv-100000', cmd.id);
  const v = a?.ms && b?.ms ? round(b.ms / a.ms, 2) : null;
  target(`csv-scaling-${cmd.id.replace(' ', '-')}`, `CSV scaling: ${cmd.id} 100k / 10k ≤ 11`, v, 11, '×', v === null ? undefined : `${v}× (${fmtMs(b.ms)} / ${fmtMs(a.ms)}${single(a.runs, b.runs)})`);
}
{
  const c = caseOf('startup', '--help');
  target('startup-help', 'start-up: hh-srdi --help ≤ 150 ms', c?.ms, 150, 'ms', c ? `${c.ms} ms (node -e "" ${result.baseline.nodeMs} ms)` : undefined);
  const e = caseOf('embedded', 'check');
  target('startup-check-embedded', 'start-up: check on the embedded data ≤ 400 ms', e?.ms, 400, 'ms');
}
if (large) {
  result.targets.push({
    id: 'yaml-too-large',
    description: 'a single YAML file > 20 MB is refused (located, suggests CSV)',
    value: large.refused ? 1 : 0,
    limit: 1,
    unit: 'bool',
    status: large.refused ? 'PASS' : 'MISS',
    measured: large.refused ? `refused at ${large.located} in ${fmtMs(large.ms)}, ${Math.round(large.rssMB ?? 0)} MB` : `not refused (${large.timedOut ? 'timed out' : fmtMs(large.ms)}, ${Math.round(large.rssMB ?? 0)} MB)`,
  });
} else {
  result.targets.push({ id: 'yaml-too-large', description: 'a single YAML file > 20 MB is refused (located, suggests CSV)', value: null, limit: 1, unit: 'bool', status: 'n/a', measured: 'n/a' });
}
result.totalSeconds = round(elapsedS(), 1);
result.machine.loadAtEnd = round(loadavg()[0], 2);
if (Math.max(result.machine.loadAtStart, result.machine.loadAtEnd) > result.machine.cpus * 0.75) {
  note(`the machine was busy (1-min load average ${result.machine.loadAtStart} at start, ${result.machine.loadAtEnd} at end, ${result.machine.cpus} CPUs): absolute times are inflated — compare ratios`);
}
log(`done in ${result.totalSeconds} s`);

// ---------------------------------------------------------------------------------------------
// Output

if (opts.json) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  process.stdout.write(humanReport(result));
}

function table(head, rows, alignRight) {
  const all = [head, ...rows].map((r) => r.map((x) => (x === null || x === undefined ? '' : String(x))));
  const wide = /[\u1100-\u115f\u2e80-\u303e\u3041-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
  const width = (s) => [...s].reduce((w, ch) => w + (wide.test(ch) ? 2 : 1), 0);
  const widths = head.map((_, i) => Math.max(...all.map((r) => width(r[i]))));
  const pad = (s, i) => (alignRight[i] ? ' '.repeat(widths[i] - width(s)) + s : s + ' '.repeat(widths[i] - width(s)));
  const line = (r) => `| ${r.map(pad).join(' | ')} |`;
  const sep = `|${widths.map((w, i) => (alignRight[i] ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(all[0]), sep, ...all.slice(1).map(line)].join('\n') + '\n';
}

function humanReport(r) {
  const out = [];
  out.push(`hh-srdi bench — ${r.machine.cpus} × ${r.machine.cpu.trim()}, ${r.machine.memoryGB} GB, node ${r.machine.node}; --as-of ${r.asOf}; min of ${r.runs} run(s); peak RSS via ${r.rss}`);
  out.push(`node -e "" alone: ${r.baseline.nodeMs} ms, ${r.baseline.nodeRssMB} MB; load average ${r.machine.loadAtStart} → ${r.machine.loadAtEnd}\n`);
  out.push(
    table(
      ['case', 'enterprises', 'command', 'runs', 'time', 'peak RSS MB', 'raw parse', 'ratio', 'CPU', 'CPU ratio'],
      r.cases.map((c) => [
        c.name,
        c.enterprises ?? '',
        c.command,
        c.status === 'ok' ? c.runs : '',
        c.status === 'ok' ? fmtMs(c.ms) : c.status,
        c.status === 'ok' ? c.rssMB : '',
        c.rawParseMs === null ? '' : fmtMs(c.rawParseMs),
        c.ratio == null ? '' : `${c.ratio.toFixed(2)}×`,
        c.status === 'ok' && c.cpuMs != null ? fmtMs(c.cpuMs) : '',
        c.cpuRatio == null ? '' : `${c.cpuRatio.toFixed(2)}×`,
      ]),
      [false, true, false, true, true, true, true, true, true, true],
    ),
  );
  out.push('CPU = user + system time of the process (less sensitive to a busy machine than wall time; targets use wall time)\n');
  out.push('\nraw parse (csv-parse / parseDocument + LineCounter, single-threaded): whole process vs in-process parse\n');
  out.push(
    table(
      ['case', 'files', 'runs', 'process', 'CPU', 'parse only', 'peak RSS MB'],
      r.raw.map((x) => [x.name, x.files ?? '', x.runs ?? '', fmtMs(x.processMs), x.cpuMs == null ? '' : fmtMs(x.cpuMs), x.parseMs == null ? '' : fmtMs(x.parseMs), x.rssMB]),
      [false, true, true, true, true, true, true],
    ),
  );
  out.push('\ntargets (issue 9)\n');
  out.push(table(['target', 'measured', 'limit', 'status'], r.targets.map((t) => [t.description, t.measured, `${t.unit === 'bool' ? 'yes' : `${t.limit}${t.unit === '×' ? '×' : ` ${t.unit}`}`}`, t.status]), [false, false, true, false]));
  const errors = r.cases.filter((c) => c.error);
  if (errors.length) out.push(`\nerrors:\n${errors.map((c) => `  ${c.name} ${c.command}: ${c.error}`).join('\n')}\n`);
  if (r.notes.length) out.push(`\nnotes:\n${r.notes.map((n) => `  - ${n}`).join('\n')}\n`);
  out.push(`\ntotal ${r.totalSeconds} s\n`);
  return out.join('\n');
}
