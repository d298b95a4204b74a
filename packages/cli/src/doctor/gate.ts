/**
 * How gentle a doctor run is: at most `inFlight` requests at once, request starts at least
 * `1000 / perSecond` ms apart, and none started after the run's deadline. Written here rather than
 * taken from p-queue because it is a dozen lines inside the one wrapper that also checks and records
 * each request (see guard.ts), and a dependency would add more than it saves.
 */
export interface GateOptions {
  /** Requests in flight at once. */
  readonly inFlight: number;
  /** Request starts per second. */
  readonly perSecond: number;
  /** Epoch ms after which no request starts. */
  readonly deadline: number;
}

/** Thrown instead of starting a request once the run's time bound is reached. */
export class DeadlineReached extends Error {
  override name = 'DeadlineReached';
  constructor() {
    super('the run reached its time bound (--max-time) before this request');
  }
}

export interface Gate {
  /** Runs `task` when a slot is free and the rate allows; rejects with `DeadlineReached` past the deadline. */
  run<T>(task: () => Promise<T>): Promise<T>;
}

/** The clock a gate reads and waits on (a test's own, or the real one). */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

const REAL_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export function createGate(options: GateOptions, clock: Clock = REAL_CLOCK): Gate {
  const { now } = clock;
  const spacing = 1000 / options.perSecond;
  let active = 0;
  let nextStart = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  const slot = async () => {
    if (active >= options.inFlight) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
  };
  return {
    async run(task) {
      await slot();
      try {
        const start = Math.max(now(), nextStart);
        nextStart = start + spacing;
        const wait = start - now();
        if (wait > 0) await clock.sleep(wait);
        if (now() > options.deadline) throw new DeadlineReached();
        return await task();
      } finally {
        release();
      }
    },
  };
}
