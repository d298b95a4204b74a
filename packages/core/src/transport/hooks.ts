import type { Hooks, OneOrMany } from './options.ts';

/** Every hook option as an array: `undefined`, one function and an array all work. */
export type HookLists = { [K in keyof Hooks]-?: NonNullable<Hooks[K]> extends OneOrMany<infer F> ? F[] : never };

const list = <F>(value: OneOrMany<F> | undefined): F[] =>
  value === undefined ? [] : Array.isArray(value) ? [...value] : [value as F];

/** Whether a client's hooks need ky's (`ky-hooks.ts`; `onError` and `beforeError` run outside ky). */
export const watchesRequests = (hooks: HookLists) =>
  hooks.beforeRequest.length + hooks.beforeRetry.length + hooks.afterResponse.length > 0;

export function hookLists(hooks: Hooks | undefined): HookLists {
  return {
    beforeRequest: list(hooks?.beforeRequest),
    afterResponse: list(hooks?.afterResponse),
    beforeRetry: list(hooks?.beforeRetry),
    onError: list(hooks?.onError),
    beforeError: list(hooks?.beforeError),
  };
}

/** Hooks of a derived client: the base's run first, then the added ones. */
export function mergeHooks(base: Hooks | undefined, added: Hooks | undefined): Hooks {
  const a = hookLists(base);
  const b = hookLists(added);
  return {
    beforeRequest: [...a.beforeRequest, ...b.beforeRequest],
    afterResponse: [...a.afterResponse, ...b.afterResponse],
    beforeRetry: [...a.beforeRetry, ...b.beforeRetry],
    onError: [...a.onError, ...b.onError],
    beforeError: [...a.beforeError, ...b.beforeError],
  };
}
