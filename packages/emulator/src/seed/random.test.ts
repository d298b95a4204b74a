import { describe, expect, it } from 'vitest';
import { createRandom, mulberry32 } from './random.ts';

describe('random', () => {
  it('mulberry32 repeats its sequence for a seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const first = Array.from({ length: 5 }, a);
    expect(Array.from({ length: 5 }, b)).toEqual(first);
    expect(first.every((n) => n >= 0 && n < 1)).toBe(true);
    const r = createRandom(7);
    for (let i = 0; i < 100; i++) expect(r.int(3, 5)).toBeGreaterThanOrEqual(3);
    expect(new Set(r.sample([1, 2, 3, 4], 4)).size).toBe(4);
  });
});
