/**
 * Answers of object reads kept, as their JSON text, until the state changes: a list of every object the
 * user sees otherwise costs, on each request, the permission walk of every object, a copy of its
 * listed fields and a 50 kB `JSON.stringify`, for the same answer each time.
 *
 * A kept answer is given again only to the same user for the same URL (path and query), while
 * - the store's `version` is the one it was built at: every handler run (but the reads below),
 *   every replacement of the state and every `store.changed()` moves it on, so any write, a reset,
 *   a rollback after a failed save, a fixture that calls `changed()` all drop it. The handlers of
 *   `KEPT_READS` change objects only when a pin is due: while none is, they run with `store.read`
 *   and leave the version (and so the other kept answers) as it is;
 * - no change is running (an unfinished one may still write);
 * - the clock has not reached the first time a manual state pin falls due (`quiet-until.ts`),
 *   the only change that reading objects makes by itself.
 * Faults, CORS and the host check wrap the API steps and run for every request, as before. Most kept
 * answers are given by the front door of kept reads (`kept-reads.ts`): it takes only requests without
 * `Origin` while no fault is set, and runs the host check and auth in the chain's order.
 * `test/answer-cache.test.ts` proves the answers byte for byte against an emulator without it.
 */
import { objectsQuietUntil } from './domain/quiet-until.ts';
import type { UserRecord } from './store/state.ts';
import type { Store } from './store/store.ts';

/** The endpoints whose answers are kept: they read objects, and change them only as `quiet-until.ts` says. */
export const KEPT_READS: ReadonlySet<string> = new Set(['objects.list', 'objects.get']);

interface Kept {
  version: number;
  /** `store.now()` from which the answer may be stale. */
  until: number;
  status: number;
  headers: Record<string, string>;
  /** The JSON text: a string goes out in one write with the headers (bytes would take a second). */
  body: string;
}

/** At most this many answers are kept at once (the oldest go first): 256 lists of 50 kB are 13 MB. */
const LIMIT = 256;

export class AnswerCache {
  private readonly kept = new Map<string, Kept>();
  /** The version the kept answers were built at (older ones are dropped when a newer one is kept). */
  private version = -1;
  /** Answers given from the cache, and answers built and kept (for tests and curious users). */
  readonly counts = { hits: 0, kept: 0 };

  constructor(private readonly store: Store) {}

  /** What an answer is kept under: the user (by id: their rights are state) and the whole URL. */
  static key(user: UserRecord, url: string): string {
    return `${user.id}\n${url}`;
  }

  /**
   * Whether a read of objects would change nothing now (no manual state pin is due): the handlers
   * of `KEPT_READS` may then run with `store.read`, and leave the other kept answers valid.
   */
  quiet(): boolean {
    return objectsQuietUntil(this.store) > this.store.now();
  }

  /** The kept answer for `key`, as a new `Response`, when it is still the answer. */
  answer(key: string): Response | undefined {
    const kept = this.kept.get(key);
    if (!kept) return undefined;
    const store = this.store;
    if (kept.version !== store.version || store.changing || store.now() >= kept.until) {
      this.kept.delete(key);
      return undefined;
    }
    this.counts.hits++;
    return new Response(kept.body, { status: kept.status, headers: { ...kept.headers } });
  }

  /**
   * Keeps `response`, just built by a finished change from the state as it is now, and gives it
   * back (as a new `Response`: the original's body is read here). Only JSON answers with status
   * 200 and no cookie are kept.
   */
  async keep(key: string, response: Response): Promise<Response> {
    const store = this.store;
    const json = response.headers.get('content-type')?.startsWith('application/json') === true;
    if (response.status !== 200 || !json || response.headers.has('set-cookie') || store.changing) return response;
    // both taken before the body is read: a change that runs meanwhile moves the version on
    const version = store.version;
    const until = objectsQuietUntil(store);
    const status = response.status;
    const headers = Object.fromEntries(response.headers);
    // the text the answer was built from (a JSON.stringify result is well-formed, so it decodes back as it was)
    const body = await response.text();
    if (store.now() < until) {
      if (version !== this.version) this.kept.clear();
      this.version = version;
      if (this.kept.size >= LIMIT) this.kept.delete(this.kept.keys().next().value as string);
      this.kept.set(key, { version, until, status, headers, body });
      this.counts.kept++;
    }
    return new Response(body, { status, headers: { ...headers } });
  }
}
