/**
 * The front door of kept reads (`answerCache`): a `GET` whose answer is kept is given back before
 * Hono's chain of middlewares runs. In a CPU profile of a kept `GET /objects/:id` under load, that
 * chain (host check, body limit, faults, route, then auth and the kept answer in a sub-app, each an
 * async step with its own closure and promise) cost about as much as everything else the emulator
 * does for the request; bare Hono answers the same body in 21–22 µs of CPU, the emulator took 35–39.
 *
 * The door takes only requests whose way through the chain it knows: a `GET` without `Origin` (no
 * CORS), whose `Host` is allowed, while no fault is set, to an endpoint of `KEPT_READS`. For those
 * it runs what the chain would, in the same order: the host check, the route, then the
 * authentication (whose refusals it answers as the app's `onError` does) and the kept answer. Any
 * other request, and a read whose answer is not kept, goes on through the chain unchanged; the user
 * the door authenticated is handed over (`identified`), so the chain does not authenticate again.
 * `test/kept-reads.test.ts` proves its answers against the chain's.
 */
import { AnswerCache, KEPT_READS } from './answer-cache.ts';
import { authenticate } from './auth.ts';
import { overSocket } from './cross-site.ts';
import type { FaultSet } from './faults.ts';
import type { EmulatorSettings } from './handler.ts';
import { folded, type RequestUrl, requestUrl } from './request-url.ts';
import type { Router } from './route-memo.ts';
import type { UserRecord } from './store/state.ts';
import type { Store } from './store/store.ts';

export interface KeptReadsDoor {
  /** The kept answer, or an auth refusal, for a request the door takes; `undefined`: on through the chain. */
  answer(request: Request, env: unknown): Response | undefined;
  /** The user the door authenticated `request` as, before it sent it on (once: the entry is taken). */
  identified(request: Request): UserRecord | undefined;
}

export interface KeptReadsParts {
  answers: AnswerCache;
  store: Store;
  settings: EmulatorSettings;
  faults: FaultSet;
  router: Router;
  hostAllowed: (hostHeader: string) => boolean;
  /** The app's answer to an error (`onError`). */
  answerError: (error: Error) => Response;
}

export function keptReadsDoor(parts: KeptReadsParts): KeptReadsDoor {
  const { answers, store, settings, faults, router, hostAllowed, answerError } = parts;
  const handedOver = new WeakMap<Request, UserRecord>();
  return {
    answer(request, env) {
      if (request.method !== 'GET' || faults.size > 0) return undefined;
      let url: RequestUrl;
      try {
        const headers = request.headers;
        // the chain's cross-site step: a refused Host is answered there, an Origin takes the CORS way
        const host = headers.get('host');
        if (host !== null && overSocket(env) && !hostAllowed(host)) return undefined;
        if (headers.get('origin') !== null) return undefined;
        // the route step: document files are served by another handler
        url = requestUrl(request.url);
        const pathname = folded(url);
        if (pathname.startsWith('/node-resources/docs/')) return undefined;
        const endpoint = router.match('GET', pathname)?.endpoint;
        if (!endpoint || endpoint.auth === false || !KEPT_READS.has(endpoint.id)) return undefined;
      } catch {
        return undefined; // whatever fails here fails again in the chain, which answers it
      }
      // the identify step
      let user: UserRecord;
      try {
        user = authenticate(request, url, store, settings);
      } catch (error) {
        return answerError(error as Error);
      }
      const kept = answers.answer(AnswerCache.key(user, request.url));
      if (kept) return kept;
      handedOver.set(request, user);
      return undefined;
    },
    identified(request) {
      const user = handedOver.get(request);
      if (user) handedOver.delete(request);
      return user;
    },
  };
}
