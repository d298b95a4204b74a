/** SAYMON's three ways to authenticate, as OpenAPI security schemes. */
import type { AnyEndpoint } from '../contract/define.ts';

export const securitySchemes = {
  basic: {
    type: 'http',
    scheme: 'basic',
    description: 'Login and password in the `Authorization` header on every request.',
  },
  apiToken: {
    type: 'apiKey',
    in: 'query',
    name: 'api-token',
    description:
      'A token from `POST /node/api/users/{id}/auth-token` (`users.createAuthToken`), sent as the `api-token` query parameter.',
  },
  authToken: {
    type: 'apiKey',
    in: 'query',
    name: 'auth-token',
    description: 'The same token under the parameter name some servers use, `auth-token`.',
  },
  session: {
    type: 'apiKey',
    in: 'cookie',
    name: 'sid',
    description:
      'The session id from `POST /node/api/users/session` (answered as a quoted JSON string and in `Set-Cookie`), sent as the `sid` cookie. Current servers also set a `csrf` cookie: requests that change data must echo it in the `x-csrf-token` header (scheme `csrf`).',
  },
  csrf: {
    type: 'apiKey',
    in: 'header',
    name: 'x-csrf-token',
    description:
      'The value of the `csrf` cookie a session login sets; needed with `sid` on POST, PUT, PATCH and DELETE (servers in legacy mode do not ask for it).',
  },
} as const;

/** Who may call an endpoint: any scheme, a session with its csrf token on writes, or nobody's credentials at all. */
export function securityFor(endpoint: AnyEndpoint): Record<string, string[]>[] {
  if (endpoint.auth === false) return [];
  const session: Record<string, string[]> = endpoint.method === 'GET' ? { session: [] } : { session: [], csrf: [] };
  return [{ basic: [] }, { apiToken: [] }, { authToken: [] }, session];
}
