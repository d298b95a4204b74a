/**
 * The one door of a doctor run: every request the SDK sends goes through this `fetch`, which
 * refuses any call the registry does not mark as a read (the login and logout that session auth
 * needs excepted), paces it through the gate and hands each answer's raw text to the run.
 */
import type { AnyEndpoint } from '@saymon-sdk/core';
import type { RawExchange } from '@saymon-sdk/core/recording';
import type { Gate } from './gate.ts';

export type { RawExchange } from '@saymon-sdk/core/recording';

/** Thrown for a request the doctor must not send: nothing was sent. */
export class ReadOnlyRefusal extends Error {
  override name = 'ReadOnlyRefusal';
  constructor(what: string) {
    super(`saymon doctor sends only reads: refused ${what}`);
  }
}

export interface GuardOptions {
  readonly fetch: typeof globalThis.fetch;
  readonly gate: Gate;
  readonly match: (method: string, path: string) => AnyEndpoint | undefined;
  /** The calls beside reads that the configured auth needs (session login and logout). */
  readonly authCalls: ReadonlySet<string>;
  readonly onExchange: (exchange: RawExchange) => void;
  /** Largest answer kept as text for the report and the recording, in bytes. */
  readonly maxBodyBytes: number;
}

/** The part of a URL's path SAYMON routes on (`/node/api/…`, `/node-resources/…`), after any base prefix. */
export function routedPath(url: URL): string {
  const at = url.pathname.search(/\/node(?:-resources)?\//);
  return at >= 0 ? url.pathname.slice(at) : url.pathname;
}

const TEXTUAL = /json|text|javascript|xml|html/i;

export function guardedFetch(options: GuardOptions): typeof globalThis.fetch {
  return async (input, init) => {
    const request = new Request(input, init);
    const url = new URL(request.url);
    const path = routedPath(url);
    const endpoint = options.match(request.method, path);
    if (!endpoint) throw new ReadOnlyRefusal(`${request.method} of a path the registry does not know`);
    if (endpoint.effect !== 'read' && !options.authCalls.has(endpoint.id))
      throw new ReadOnlyRefusal(`${endpoint.id} (the registry marks it ${endpoint.effect})`);
    const requestBody = request.body ? await request.clone().text() : undefined;
    return options.gate.run(async () => {
      const started = performance.now();
      const response = await options.fetch(request);
      const contentType = response.headers.get('content-type') ?? '';
      const bytes = TEXTUAL.test(contentType) || !contentType ? await response.clone().arrayBuffer() : undefined;
      const size = bytes?.byteLength ?? Number(response.headers.get('content-length') ?? 0);
      options.onExchange({
        endpoint,
        method: request.method,
        path: `${path}${url.search}`,
        requestBody,
        status: response.status,
        contentType,
        body: bytes && size <= options.maxBodyBytes ? new TextDecoder().decode(bytes) : undefined,
        bodyBytes: size,
        durationMs: Math.round(performance.now() - started),
      });
      return response;
    });
  };
}
