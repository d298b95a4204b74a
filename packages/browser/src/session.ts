import type { AuthStrategy } from '@saymon-sdk/core';
import { deferredAuth, secretsOf, sessionAuth } from '@saymon-sdk/core/adapter';
import type { StrategySettings } from './session-strategy.ts';

export type { BrowserSessionSettings } from './session-strategy.ts';

/**
 * Session auth on the browser's cookie store. With `login` and `password` it is core's session
 * strategy (one shared login, a new one once when the session expires) minus what a page cannot
 * do: the browser keeps the `sid` and `csrf` cookies (`Cookie` is not a header a page may set).
 * Without them it uses the session the browser already has (a page or widget served by SAYMON).
 * The credentials are checked at once; the code (`session-strategy.ts`) loads on the first call,
 * so token and Basic apps do not bundle it.
 */
export function browserSessionAuth(
  options: { type?: 'session'; login?: string; password?: string },
  settings: StrategySettings,
): AuthStrategy {
  const login =
    options.login !== undefined ? sessionAuth({ login: options.login, password: options.password ?? '' }) : undefined;
  return deferredAuth(
    'session',
    () => import('./session-strategy.ts').then((module) => module.browserSessionStrategy(login, settings)),
    () => (login ? secretsOf(login) : []),
    { session: false },
  );
}
