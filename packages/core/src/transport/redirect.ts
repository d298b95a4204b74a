import { type RequestInfo, SaymonRedirectError } from '../errors.ts';
import type { Redactor } from '../redact.ts';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Requests go out with `redirect: 'manual'`, and no redirect is followed: the same-origin ones
 * are refused too, so no credential, csrf header or login body is ever re-sent anywhere the
 * caller did not configure, and browsers (which hide the target) behave like Node. Whether an
 * answer is such a redirect: in browsers an opaque one (status 0, no headers), elsewhere a
 * redirect status with a `Location`.
 */
export function isRedirect(response: Response): boolean {
  if (response.status === 0) return response.type === 'opaqueredirect';
  return REDIRECT_STATUSES.has(response.status) && response.headers.has('location');
}

/**
 * The error to throw for a redirect answer, its target described by `redirect-target.ts` (loaded
 * now: the server is reachable). Should that load fail, the error has the status and request.
 */
export function redirectError(
  response: Response,
  requestUrl: URL,
  redactor: Redactor,
  requestInfo: () => RequestInfo,
): Promise<SaymonRedirectError> {
  return import('./redirect-target.ts').then(
    ({ redirectTarget }) => redirectTarget(response, requestUrl, redactor, requestInfo),
    () => new SaymonRedirectError({ status: response.status, request: requestInfo() }),
  );
}
