import { type RequestInfo, SaymonRedirectError } from '../errors.ts';
import type { Redactor } from '../redact.ts';

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/**
 * Requests go out with `redirect: 'manual'`, and no redirect is followed: the same-origin ones
 * are refused too, so no credential, csrf header or login body is ever re-sent anywhere the
 * caller did not configure, and browsers (which hide the target) behave like Node. Returns the
 * error to throw for a redirect answer, `undefined` for any other answer.
 */
export function redirectError(
  response: Response,
  requestUrl: URL,
  redactor: Redactor,
  requestInfo: () => RequestInfo,
): SaymonRedirectError | undefined {
  const status = response.status;
  // browsers: the answer to `redirect: 'manual'` is opaque, status 0, no headers
  if (status === 0 && response.type === 'opaqueredirect')
    return new SaymonRedirectError({ status: 0, request: requestInfo() });
  if (!REDIRECT_STATUSES.has(status)) return undefined;
  const location = response.headers.get('location');
  if (location === null) return undefined;
  const request = requestInfo();
  let target: URL | undefined;
  try {
    target = new URL(location, requestUrl);
  } catch {}
  if (!target) {
    return new SaymonRedirectError({ status, location: redactor.text(location), request });
  }
  const shown = redactor.url(target);
  const upgrade =
    requestUrl.protocol === 'http:' && target.protocol === 'https:' && target.hostname === requestUrl.hostname;
  return new SaymonRedirectError({
    status,
    location: shown,
    crossOrigin: target.origin !== requestUrl.origin,
    hint: upgrade ? `; use that URL: createClient({ url: '${target.origin}' })` : undefined,
    request,
  });
}
