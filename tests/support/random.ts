/**
 * A seeded pseudo-random generator (mulberry32), so a fuzz run that finds something can be
 * replayed: the seed is printed, and `FUZZ_SEED=<seed>` repeats the same inputs.
 */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** The seed of this run: FUZZ_SEED if set, else a fresh one. */
export function fuzzSeed(): number {
  const given = Number(process.env.FUZZ_SEED)
  return Number.isSafeInteger(given) && given > 0 ? given : Math.floor(Math.random() * 2 ** 31) + 1
}
