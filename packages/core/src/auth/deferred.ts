import { conceal, secretsOf, sessionControlOf } from './secrets.ts';
import type { AuthStrategy } from './types.ts';

/**
 * A strategy whose code is loaded the first time it is used (a dynamic `import()`), so that apps
 * which never use it do not carry it: `resolveAuth` maps `type: 'session'` to one, and a bundler
 * puts the session code (login, cookies, renewal) in a chunk of its own. The options are checked
 * by the caller before this is built, so bad credentials still fail at once; until the code is
 * loaded, the secrets to redact are the ones the options hold.
 */
export function deferredAuth(
  type: string,
  load: () => Promise<AuthStrategy>,
  secrets: () => string[],
  options: { session?: boolean } = {},
): AuthStrategy {
  let loaded: AuthStrategy | undefined;
  let loading: Promise<AuthStrategy> | undefined;
  const strategy = () => {
    // a failed import (a chunk the network lost) is tried again by the next call
    loading ??= load().then(
      (value) => (loaded = value),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    );
    return loading;
  };
  const control = async () => {
    const session = sessionControlOf(await strategy());
    if (!session) throw new TypeError(`the ${type} strategy has no session to log in to`);
    return session;
  };
  return conceal(
    {
      type,
      async authorize(request, context) {
        return (await strategy()).authorize(request, context);
      },
      async refresh(error, context, stamp) {
        const real = await strategy();
        return real.refresh ? real.refresh(error, context, stamp) : false;
      },
      async logout(context) {
        await (await strategy()).logout?.(context);
      },
    },
    {
      secrets: () => (loaded ? secretsOf(loaded) : secrets()),
      ...(options.session === false
        ? {}
        : {
            session: {
              login: async (context) => (await control()).login(context),
              current: async (context) => (await control()).current(context),
            },
          }),
    },
  );
}
