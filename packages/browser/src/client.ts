import {
  type CoreOptions,
  createClient as createCoreClient,
  createCore as createPlainCore,
  type SaymonClient,
  type SaymonCore,
} from '@saymon-sdk/core';
import { normalizeBaseUrl } from '@saymon-sdk/core/adapter';
import { type BrowserAuthOptions, resolveBrowserAuth } from './auth.ts';
import { explainCrossOriginFailures } from './cross-origin.ts';
import type { BrowserSessionSettings } from './session.ts';

export interface BrowserClientOptions extends Omit<CoreOptions, 'auth' | 'url'> {
  /**
   * The SAYMON server: `https://saymon.example.com`, or a path on the page's origin (`/`, or
   * `/saymon` behind a proxy), resolved against the page.
   */
  url: string | URL;
  /** Basic, token, session (login, or the page's session), none, or a custom strategy. */
  auth?: BrowserAuthOptions;
  /**
   * What the browser attaches itself (cookies): `include` for session auth (default there),
   * `same-origin` otherwise (token and Basic carry their own credentials).
   */
  credentials?: RequestCredentials;
  /** Session auth: how writes carry the csrf token (see `BrowserSessionSettings`). */
  csrf?: BrowserSessionSettings['csrf'];
}

function serverRoot(url: string | URL): string {
  const location = (globalThis as { location?: { href: string } }).location;
  const text = String(url).trim();
  return normalizeBaseUrl(location && text.startsWith('/') ? new URL(text, location.href) : url);
}

function coreOptions(options: BrowserClientOptions): CoreOptions {
  const { auth, credentials, csrf, ...rest } = options;
  const url = serverRoot(options.url);
  const session = auth !== undefined && !('authorize' in auth) && auth.type === 'session';
  const mode = credentials ?? (session ? 'include' : 'same-origin');
  const base = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  return {
    ...rest,
    url,
    auth: resolveBrowserAuth(auth, { server: url, csrf }),
    fetch: explainCrossOriginFailures((input, init) => base(input, { ...init, credentials: mode })),
  };
}

/**
 * Creates the core without the endpoint registry: pair it with `call` and the endpoint
 * definitions imported from `@saymon-sdk/browser/endpoints`, and a bundler keeps only those.
 */
export function createCore(options: BrowserClientOptions): SaymonCore {
  return createPlainCore(coreOptions(options));
}

/** Creates a SAYMON client for browsers: every endpoint as a method (`client.objects.get({ id })`). */
export function createClient(options: BrowserClientOptions): SaymonClient {
  const client = createCoreClient(coreOptions(options));
  return Object.assign(client, {
    withAuth: (auth: BrowserAuthOptions) => createClient({ ...options, auth }),
  }) as SaymonClient;
}
