import { type RequestInfo, SaymonRedirectError } from '../errors.ts';
import type { Redactor } from '../redact.ts';

/**
 * The error for a redirect answer (`redirect.ts` tells one apart): where it leads, redacted, and
 * whether that is another origin or the https form of the configured one. Loaded when a redirect
 * arrives, so a browser's first load does not carry it.
 */
export function redirectTarget(
  response: Response,
  requestUrl: URL,
  redactor: Redactor,
  requestInfo: () => RequestInfo,
): SaymonRedirectError {
  const status = response.status;
  // browsers: the answer to `redirect: 'manual'` is opaque, status 0, no headers
  const location = status === 0 ? null : response.headers.get('location');
  if (location === null) return new SaymonRedirectError({ status, request: requestInfo() });
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
