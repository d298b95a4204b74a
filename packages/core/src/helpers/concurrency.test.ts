import { describe, expect, it } from 'vitest';
import { SaymonValidationError } from '../errors.ts';
import { mapConcurrent } from './concurrency.ts';

describe('mapConcurrent', () => {
  it('keeps at most `concurrency` in flight, reports every item, progress and failures', async () => {
    let inFlight = 0;
    let peak = 0;
    const progress: number[] = [];
    const results = await mapConcurrent(
      Array.from({ length: 100 }, (_, i) => i),
      async (n) => {
        inFlight++;
        peak = Math.max(peak, inFlight);
        await new Promise((r) => setTimeout(r, n % 3));
        inFlight--;
        if (n === 42) throw new Error('item 42 failed');
        return n * 2;
      },
      { concurrency: 7, onProgress: (p) => progress.push(p.done) },
    );
    expect(peak).toBe(7);
    expect(results).toHaveLength(100);
    expect(results.filter((r) => r.status === 'rejected')).toEqual([
      { status: 'rejected', item: 42, index: 42, reason: new Error('item 42 failed') },
    ]);
    expect(results[10]).toEqual({ status: 'fulfilled', item: 10, index: 10, value: 20 });
    expect(progress).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
  });

  it('on abort, items not started settle with the reason and are never started', async () => {
    const controller = new AbortController();
    let started = 0;
    const results = await mapConcurrent(
      Array.from({ length: 50 }, (_, i) => i),
      async (n) => {
        started++;
        if (n === 9) controller.abort(new Error('stop'));
        return n;
      },
      { concurrency: 2, signal: controller.signal },
    );
    expect(started).toBeLessThanOrEqual(11);
    expect(results.filter((r) => r.status === 'rejected').length).toBe(50 - started);
    expect(results.at(-1)).toMatchObject({ status: 'rejected', reason: new Error('stop') });
    await expect(mapConcurrent([1], async (x) => x, { concurrency: 0 })).rejects.toBeInstanceOf(SaymonValidationError);
  });
});
