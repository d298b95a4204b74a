import { SaymonValidationError } from '../errors.ts';

/** The outcome of one item of `mapConcurrent`, like `Promise.allSettled` plus the item and its index. */
export type Settled<T, R> =
  | { status: 'fulfilled'; item: T; index: number; value: R }
  | { status: 'rejected'; item: T; index: number; reason: unknown };

export interface Progress {
  /** Items finished so far, failed ones included. */
  done: number;
  failed: number;
  total: number;
}

export interface ConcurrencyOptions {
  /** How many items are in flight at once (default 8). */
  concurrency?: number;
  /** Stops starting new items; items not started settle as rejected with the abort reason. */
  signal?: AbortSignal;
  /** Called after each item settles. */
  onProgress?: (progress: Progress) => void;
}

/** Checks a concurrency bound: a whole number from 1. */
export function checkConcurrency(value: unknown, name = 'concurrency'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1)
    throw new SaymonValidationError({ issues: [{ path: [name], message: 'expected an integer of at least 1' }] });
  return value;
}

/**
 * Runs `worker` over every item with at most `concurrency` calls in flight and resolves, in input
 * order, to one result per item: a failure is reported for its item and never loses the others.
 * `client.objects.setStat` for 1,000 objects, 20 at a time:
 *
 * ```ts
 * const results = await mapConcurrent(ids, (id, { signal }) => client.objects.setStat({ id, body }, { signal }), { concurrency: 20 });
 * const failed = results.filter((r) => r.status === 'rejected');
 * ```
 */
export async function mapConcurrent<T, R>(
  items: Iterable<T>,
  worker: (item: T, context: { index: number; signal: AbortSignal | undefined }) => Promise<R> | R,
  options: ConcurrencyOptions = {},
): Promise<Settled<T, R>[]> {
  const list = [...items];
  const limit = checkConcurrency(options.concurrency ?? 8);
  const { signal, onProgress } = options;
  const results = new Array<Settled<T, R>>(list.length);
  let next = 0;
  let done = 0;
  let failed = 0;

  const settle = (result: Settled<T, R>) => {
    results[result.index] = result;
    done++;
    if (result.status === 'rejected') failed++;
    onProgress?.({ done, failed, total: list.length });
  };

  async function lane(): Promise<void> {
    while (next < list.length) {
      const index = next++;
      const item = list[index] as T;
      if (signal?.aborted) {
        settle({ status: 'rejected', item, index, reason: signal.reason });
        continue;
      }
      try {
        settle({ status: 'fulfilled', item, index, value: await worker(item, { index, signal }) });
      } catch (reason) {
        settle({ status: 'rejected', item, index, reason });
      }
    }
  }

  await Promise.all(Array.from({ length: Math.min(limit, list.length) }, lane));
  return results;
}
