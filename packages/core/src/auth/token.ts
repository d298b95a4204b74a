import type { AuthStrategy, TokenAuthOptions } from './types.ts';

/** API token: sent as the query parameter `api-token` (or the configured name) on every request. */
export function tokenAuth({ token, param = 'api-token' }: Omit<TokenAuthOptions, 'type'>): AuthStrategy {
  return {
    type: 'token',
    authorize(request) {
      request.url.searchParams.set(param, token);
    },
    secrets: () => [token],
    secretParams: () => [param],
  };
}
