// `npm run fuzz`: the property tests of the loaders and normalisers with many more runs and a fresh
// seed (printed, so a failure replays with FUZZ_SEED=… FUZZ_RUNS=… npm run fuzz). `npm test` runs the
// same properties with a fixed seed and few runs (test/fuzz/params.ts).
import { spawnSync } from 'node:child_process';
import { randomInt } from 'node:crypto';

const seed = process.env.FUZZ_SEED ?? String(randomInt(2 ** 31 - 1));
const runs = process.env.FUZZ_RUNS ?? '2000';
const files = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['test/model/', 'test/load/property.test.ts', 'test/load/yaml-fast.test.ts', 'test/load/fast-validate.test.ts', 'test/load/csv.test.ts', 'test/criteria/fast-paths.test.ts', 'test/reports/assess-text-fast-paths.test.ts', 'test/fuzz/'];
process.stdout.write(`fuzz: FUZZ_SEED=${seed} FUZZ_RUNS=${runs} (${files.join(' ')})\n`);
const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', '--testTimeout=0', ...files], {
  stdio: 'inherit',
  env: { ...process.env, FUZZ_SEED: seed, FUZZ_RUNS: runs },
});
if (r.status !== 0) process.stdout.write(`fuzz: failed — replay with FUZZ_SEED=${seed} FUZZ_RUNS=${runs} npm run fuzz\n`);
process.exit(r.status ?? 1);
