/** A seeded random source, so a failing run can be run again as it was (SPALT_PROOF_SEED). */
export interface Random {
  seed: number;
  next: () => number;
  below: (n: number) => number;
  pick: <T>(items: readonly T[]) => T;
}

export function seededRandom(seed = Number(process.env.SPALT_PROOF_SEED ?? Date.now() % 1_000_000_007)): Random {
  // mulberry32
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const below = (n: number) => Math.floor(next() * n);
  return {
    seed,
    next,
    below,
    pick: <T>(items: readonly T[]): T => {
      const item = items[below(items.length)];
      if (item === undefined) throw new Error('nothing to pick from');
      return item;
    },
  };
}
