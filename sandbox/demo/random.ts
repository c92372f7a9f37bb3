import seedrandom from 'seedrandom';

/**
 * A seeded PRNG (seedrandom's Alea) so the demo is byte-for-byte
 * reproducible from a seed. `fork(label)` gives an independent stream, so a
 * change in one part of the generator does not ripple into the others.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max] (inclusive). */
  int(min: number, max: number): number;
  /** Uniform real in [min, max). */
  between(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  weighted<T>(pairs: readonly (readonly [T, number])[]): T;
  /** `n` lowercase hex digits. */
  hex(n: number): string;
  /** An independent stream derived from this one's seed and `label`. */
  fork(label: string | number): Rng;
}

export function createRng(seed: string | number): Rng {
  const seedText = String(seed);
  const next = seedrandom.alea(seedText);
  const rng: Rng = {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    between: (min, max) => min + next() * (max - min),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    weighted: <T>(pairs: readonly (readonly [T, number])[]): T => {
      let total = 0;
      for (const [, w] of pairs) total += w;
      let r = next() * total;
      for (const [value, w] of pairs) {
        r -= w;
        if (r < 0) return value;
      }
      const last = pairs[pairs.length - 1];
      if (!last) throw new Error('weighted pick from empty list');
      return last[0];
    },
    hex: (n) => {
      let out = '';
      for (let i = 0; i < n; i++) out += Math.floor(next() * 16).toString(16);
      return out;
    },
    fork: (label) => createRng(`${seedText}/${label}`),
  };
  return rng;
}
