import {
  type AuthStrategy,
  type BasicAuthOptions,
  basicAuth,
  SaymonValidationError,
  type SessionLoginOptions,
  type TokenAuthOptions,
  tokenAuth,
} from '@saymon-sdk/core';
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

const none: AuthStrategy = { type: 'none', authorize() {}, secrets: () => [] };

/** Turns `auth` options into the strategy a browser can carry out. */
export function resolveBrowserAuth(
  options: BrowserAuthOptions | undefined,
  settings: BrowserSessionSettings & { server: string },
): AuthStrategy {
  if (!options) return none;
  if ('authorize' in options) return options;
  switch (options.type) {
    case 'basic':
      return basicAuth(options);
    case 'token':
      return tokenAuth(options);
    case 'session':
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
    case 'none':
      return none;
  }
}
