/**
 * A small seeded pseudo-random generator (mulberry32) for the demo seed: the same seed always
 * gives the same sequence, so every emulator run starts from the same data.
 */

/** The demo seed's fixed seed. */
export const DEMO_SEED = 20261129;

/** mulberry32: a fast 32-bit generator; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Random {
  /** A number in [0, 1). */
  next(): number;
  /** A number in [min, max). */
  float(min: number, max: number): number;
  /** An integer in [min, max] (both included). */
  int(min: number, max: number): number;
  /** True with probability `p`. */
  chance(p: number): boolean;
  /** One element of a non-empty list. */
  pick<T>(list: readonly T[]): T;
  /** `count` distinct elements of a list, in random order. */
  sample<T>(list: readonly T[], count: number): T[];
  /** Roughly normal noise around 0 with the given spread (sum of uniforms). */
  noise(spread: number): number;
  /** `length` characters from `alphabet`. */
  chars(length: number, alphabet?: string): string;
}

export function createRandom(seed: number = DEMO_SEED): Random {
  const next = mulberry32(seed);
  const random: Random = {
    next,
    float: (min, max) => min + next() * (max - min),
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (p) => next() < p,
    pick: (list) => list[Math.floor(next() * list.length)] as (typeof list)[number],
    sample: (list, count) => {
      const pool = [...list];
      const out: (typeof pool)[number][] = [];
      while (out.length < count && pool.length > 0) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      return out;
    },
    noise: (spread) => ((next() + next() + next() - 1.5) / 1.5) * spread,
    chars: (length, alphabet = '0123456789ABCDEFGHJKLMNPRSTUVWXYZ') => {
      let out = '';
      for (let i = 0; i < length; i++) out += alphabet[Math.floor(next() * alphabet.length)];
      return out;
    },
  };
  return random;
}
