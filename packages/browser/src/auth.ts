import {
  type AuthStrategy,
  type BasicAuthOptions,
  SaymonValidationError,
  type SessionLoginOptions,
  type TokenAuthOptions,
} from '@saymon-sdk/core';
import { resolveAuth } from '@saymon-sdk/core/adapter';
import { type BrowserSessionSettings, browserSessionAuth } from './session.ts';

/** The session the browser already holds for the server (a page or widget served by SAYMON). */
export interface PageSessionOptions {
  type: 'session';
}

/**
 * `auth` in a browser: the node adapter's shapes, where a session lives in the browser's cookie
 * store (log in with `login` and `password`, or use the page's session). A `sid` cannot be
 * used: a page cannot set another site's cookies.
 */
export type BrowserAuthOptions =
  | BasicAuthOptions
  | TokenAuthOptions
  | SessionLoginOptions
  | PageSessionOptions
  | { type: 'none' }
  | AuthStrategy;

/** Turns `auth` options into the strategy a browser can carry out. */
export function resolveBrowserAuth(
  options: BrowserAuthOptions | undefined,
  settings: BrowserSessionSettings & { server: string },
): AuthStrategy {
  if (!options || 'authorize' in options || options.type !== 'session') return resolveAuth(options);
  if ('sid' in options) {
    throw new SaymonValidationError({
      issues: [
        {
          path: ['auth', 'sid'],
          message:
            "A page cannot send a session id: the browser's cookie store holds the session. " +
            "Log in with { type: 'session', login, password }, or use the page's session with { type: 'session' }",
        },
      ],
    });
  }
  return browserSessionAuth(options, settings);
}
