import { deferredAuth } from './deferred.ts';
import type { SessionStart } from './session-strategy.ts';
import type { AuthStrategy, SessionLoginOptions, SessionReuseOptions } from './types.ts';
import { checkCookieValue, checkLogin } from './validate.ts';

/**
 * Session auth: logs in with `POST /node/api/users/session` (or reuses a `sid`), sends the session
 * cookie and csrf header, and logs in again once when the session expires (see
 * `session-strategy.ts`). The options are checked here, at once; the strategy's code is loaded on
 * the first call, so apps with token or Basic auth do not bundle it.
 */
export function sessionAuth(
  options: Omit<SessionLoginOptions, 'type'> | Omit<SessionReuseOptions, 'type'>,
): AuthStrategy {
  let start: SessionStart;
  if ('password' in options) {
    checkLogin(options.login, options.password);
    start = { login: options.login, password: options.password };
  } else {
    start = { sid: checkCookieValue(options.sid, 'sid') };
    if (options.csrf !== undefined) start.csrf = checkCookieValue(options.csrf, 'csrf');
  }
  const secrets = 'password' in start ? [start.password] : [start.sid, start.csrf ?? ''].filter(Boolean);
  return deferredAuth(
    'session',
    () => import('./session-strategy.ts').then((module) => module.sessionStrategy(start)),
    () => secrets,
  );
}
