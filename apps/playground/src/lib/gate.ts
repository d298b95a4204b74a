/**
 * The one gate every request of the playground passes: the SDK clients' `fetch` (calls, the token
 * flow, logins and logouts, document downloads) and the page's requests to its own dev server. A
 * request is matched to its registry endpoint by method and path, and on a real target with the
 * read-only switch on, one the registry marks as changing data (or one no endpoint describes, other
 * than a read) is refused before anything is sent. `test/hostile/gate.test.ts` checks that no
 * other code of the app can reach the network.
 */
import { createRouter } from '@saymon-sdk/core/adapter';
import { USE_SESSION } from '../../server/real-session.ts';
import { allEndpoints, isMutating } from './registry.ts';

const router = createRouter(allEndpoints);
const READS = new Set(['GET', 'HEAD']);

export interface GateSettings {
  kind: 'tab' | 'local' | 'real';
  /** The target's URL (`http://127.0.0.1:5173/__real`): nothing outside it is sent. */
  url: string;
  readOnly(): boolean;
  /** Session auth against a real target: the proxy adds the session it keeps. */
  proxySession(): boolean;
}

/** A request the gate did not let through (nothing was sent). */
export class ReadOnlyRefusal extends Error {
  override name = 'ReadOnlyRefusal';
}

/** The gate's refusal behind an error the SDK raised (its `cause`), if that is what it is. */
export function refusalIn(error: unknown): Error | undefined {
  for (let e = error; e instanceof Error; e = e.cause) if (e.name === 'ReadOnlyRefusal') return e;
  return undefined;
}

/** Why the gate refuses a request, or `undefined` when it may be sent. */
export function refusal(method: string, url: string, settings: GateSettings): string | undefined {
  const base = new URL(settings.url);
  const target = new URL(url, base);
  const prefix = base.pathname.replace(/\/+$/, '');
  if (target.origin !== base.origin || !(target.pathname === prefix || target.pathname.startsWith(`${prefix}/`)))
    return `the playground sends to the chosen target only, not to ${target.origin}${target.pathname}`;
  if (settings.kind !== 'real' || !settings.readOnly()) return undefined;
  const path = target.pathname.slice(prefix.length) || '/';
  const endpoint = router.match(method, path)?.endpoint;
  const verb = method.toUpperCase();
  if (endpoint ? !isMutating(endpoint) : READS.has(verb)) return undefined;
  return `Read-only: ${verb} ${endpoint?.path ?? path} would change data on the real server. Turn the read-only switch off to send it.`;
}

/** The `fetch` an SDK client of the playground is given: the gate in front of `send`. */
export function gatedFetch(settings: GateSettings, send: typeof globalThis.fetch): typeof globalThis.fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const reason = refusal(request.method, request.url, settings);
    if (reason) throw new ReadOnlyRefusal(reason);
    if (settings.kind === 'real' && settings.proxySession()) request.headers.set(USE_SESSION, '1');
    return send(request);
  };
}

/** The network, for the gate's own use (the page's `fetch`, looked up when called). */
export const network: typeof globalThis.fetch = (input, init) => globalThis.fetch(input, init);

/** A request to the playground's own dev server (`/__playground/…`): nothing else goes this way. */
export function devServer(path: `/__playground/${string}`, init?: RequestInit): Promise<Response> {
  if (!/^\/__playground\/[\w.-]+$/.test(path)) return Promise.reject(new Error(`not a dev server path: ${path}`));
  return network(path, init);
}
