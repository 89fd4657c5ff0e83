// Run counts and seeds for every property. A failure prints fast-check's seed, path and
// counterexample; FC_SEED=<seed> FC_PATH=<path> npx vitest run test/property replays it, and
// FC_RUNS=5000 hunts longer.
import type fc from "fast-check";

/** Parameters for fc.assert: a fixed number of runs (bounded CI time), the seed from FC_SEED if set. */
export function runs(numRuns: number, fixedSeed?: number): fc.Parameters<unknown> {
  const seed = process.env.FC_SEED === undefined ? fixedSeed : Number(process.env.FC_SEED);
  const path = process.env.FC_PATH;
  return {
    numRuns: Number(process.env.FC_RUNS) || numRuns,
    ...(seed === undefined ? {} : { seed }),
    ...(path ? { path } : {}),
  };
}
