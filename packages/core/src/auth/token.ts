import { conceal } from './secrets.ts';
import type { AuthStrategy, TokenAuthOptions } from './types.ts';
import { checkToken } from './validate.ts';

/** API token: sent as the query parameter `api-token` (or the configured name) on every request. */
export function tokenAuth({ token, param = 'api-token' }: Omit<TokenAuthOptions, 'type'>): AuthStrategy {
  checkToken(token, param);
  return conceal(
    {
      type: 'token',
      authorize(request) {
        request.url.searchParams.set(param, token);
      },
      // not a secret itself: the name of the parameter that holds one, so URLs are redacted by name
      secretParams: () => [param],
    },
    { secrets: () => [token, encodeURIComponent(token)] },
  );
}
