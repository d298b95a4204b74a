import { describe, expect, it } from 'vitest';
import { createGate, DeadlineReached } from './gate.ts';

describe('createGate', () => {
  it('keeps at most inFlight tasks running at once', async () => {
    const gate = createGate({ inFlight: 2, perSecond: 1000, deadline: Date.now() + 10_000 });
    let running = 0;
    let most = 0;
    const task = async () => {
      running++;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running--;
    };
    await Promise.all(Array.from({ length: 8 }, () => gate.run(task)));
    expect(most).toBe(2);
  });

  it('spaces request starts 1000 / perSecond ms apart', async () => {
    let clock = 1000;
    const starts: number[] = [];
    const fake = {
      now: () => clock,
      sleep: async (ms: number) => {
        clock += ms;
      },
    };
    const gate = createGate({ inFlight: 4, perSecond: 10, deadline: Number.POSITIVE_INFINITY }, fake);
    for (let i = 0; i < 3; i++) await gate.run(async () => starts.push(clock));
    expect(starts).toEqual([1000, 1100, 1200]);
  });

  it('starts nothing past the deadline: the task is not run', async () => {
    const gate = createGate({ inFlight: 1, perSecond: 100, deadline: Date.now() - 1 });
    let ran = false;
    await expect(
      gate.run(async () => {
        ran = true;
      }),
    ).rejects.toBeInstanceOf(DeadlineReached);
    expect(ran).toBe(false);
  });
});
