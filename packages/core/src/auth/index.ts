import { basicAuth } from './basic.ts';
import { sessionAuth } from './session.ts';
import { tokenAuth } from './token.ts';
import type { AuthOptions, AuthStrategy } from './types.ts';

const noAuth: AuthStrategy = Object.freeze({ type: 'none', authorize() {} });

/** Turns `auth` options into a strategy; a custom strategy object is used as it is. */
export function resolveAuth(options: AuthOptions | undefined): AuthStrategy {
  if (!options) return noAuth;
  if ('authorize' in options) return options;
  switch (options.type) {
    case 'basic':
      return basicAuth(options);
    case 'token':
      return tokenAuth(options);
    case 'session':
      return sessionAuth(options);
    case 'none':
      return noAuth;
  }
}

export type * from './types.ts';
export { basicAuth, sessionAuth, tokenAuth };
