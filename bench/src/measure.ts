/** Timing helpers: alternate the contestants round by round so that the machine's load hits all alike. */

export type Contestants = Record<string, () => Promise<unknown>>;

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
};

export interface Timing {
  /** Median wall-clock milliseconds of a round. */
  wall: number;
  /** Median CPU milliseconds (user + system) this process spent in a round: what the client itself costs. */
  cpu: number;
}

/**
 * Runs each contestant `count` times per round (after one warm-up round), `rounds` rounds in turn,
 * and returns each one's median wall-clock and CPU milliseconds per round.
 */
export async function alternate(contestants: Contestants, rounds: number, count: number) {
  const walls: Record<string, number[]> = {};
  const cpus: Record<string, number[]> = {};
  for (const name of Object.keys(contestants)) {
    walls[name] = [];
    cpus[name] = [];
  }
  for (let round = -1; round < rounds; round++) {
    for (const [name, run] of Object.entries(contestants)) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      for (let i = 0; i < count; i++) await run();
      const used = process.cpuUsage(cpu);
      if (round >= 0) {
        walls[name]?.push(performance.now() - start);
        cpus[name]?.push((used.user + used.system) / 1000);
      }
    }
  }
  const result: Record<string, Timing> = {};
  for (const name of Object.keys(contestants))
    result[name] = { wall: median(walls[name] ?? []), cpu: median(cpus[name] ?? []) };
  return result;
}

/** Runs `task` over `total` items with at most `concurrency` in flight (the plain pool of the peers). */
export async function pool(total: number, concurrency: number, task: (index: number) => Promise<unknown>) {
  let next = 0;
  const lane = async () => {
    while (next < total) await task(next++);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, lane));
}
