/**
 * fast-check parameters shared by every property test of the loaders and normalisers. `npm test`
 * runs them with a fixed seed and few runs, so it stays fast and never flakes; `npm run fuzz`
 * (scripts/fuzz.mjs) runs the same properties with FUZZ_RUNS runs each and a fresh FUZZ_SEED, which
 * it prints so that a failure can be replayed: `FUZZ_SEED=<seed> FUZZ_RUNS=<n> npm run fuzz`.
 * Importing this module also sets the seed for `fc.assert` calls that pass no parameters.
 */
import fc from 'fast-check';

export const FUZZ_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : 20_251_128;
const FUZZ_RUNS = process.env.FUZZ_RUNS ? Number(process.env.FUZZ_RUNS) : undefined;

/** `n` runs in `npm test`; under `npm run fuzz` FUZZ_RUNS (never fewer than `n`). */
export function runs(n: number): { seed: number; numRuns: number } {
  return { seed: FUZZ_SEED, numRuns: Math.max(n, FUZZ_RUNS ?? 0) };
}

/** A time limit for a property's test: generous under `npm run fuzz`, where runs are many. */
export const PROPERTY_TIMEOUT = FUZZ_RUNS === undefined ? 60_000 : 0;

// fast-check's default is 100 runs.
fc.configureGlobal({ seed: FUZZ_SEED, ...(FUZZ_RUNS === undefined ? {} : { numRuns: Math.max(100, FUZZ_RUNS) }) });
