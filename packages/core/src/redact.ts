/**
 * Secrets never leave the SDK in anything it prints: error messages, error JSON, hook payloads
 * meant for logs, URLs. This file is the one place that knows what a secret looks like.
 */

export const REDACTED = '[REDACTED]';

/** Query parameters whose values are credentials. */
const SECRET_PARAMS = new Set(['api-token', 'auth-token', 'password', 'sid', 'csrf', 'token']);
/** Headers whose values are credentials. */
const SECRET_HEADERS = new Set([
  'authorization',
  'cookie',
  'set-cookie',
  'x-csrf-token',
  'proxy-authorization',
  'x-session-id',
]);

/** A URL with credential query values (and any user:password) replaced by `[REDACTED]`. */
export function redactUrl(url: string | URL): string {
  let parsed: URL;
  try {
    parsed = new URL(String(url));
  } catch {
    return String(url).replace(/([?&](?:api-token|auth-token|password|sid|csrf|token)=)[^&#]*/gi, `$1${REDACTED}`);
  }
  if (parsed.username || parsed.password) {
    parsed.username = REDACTED;
    parsed.password = '';
  }
  const entries = [...parsed.searchParams.entries()];
  if (entries.some(([key]) => SECRET_PARAMS.has(key.toLowerCase()))) {
    const params = new URLSearchParams();
    for (const [key, value] of entries) params.append(key, SECRET_PARAMS.has(key.toLowerCase()) ? REDACTED : value);
    parsed.search = params.toString().replaceAll(encodeURIComponent(REDACTED), REDACTED);
  }
  return parsed.toString();
}

/** Headers as a plain object, with credential values replaced. */
export function redactHeaders(headers: Headers | Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  const entries = headers instanceof Headers ? [...headers.entries()] : Object.entries(headers);
  for (const [key, value] of entries) out[key] = SECRET_HEADERS.has(key.toLowerCase()) ? REDACTED : value;
  return out;
}

/** Removes every known secret value from a piece of text (a server message, a body snippet). */
export function redactText(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && secret.length >= 3) out = out.split(secret).join(REDACTED);
  }
  return out.replace(/((?:api-token|auth-token|sid|csrf)=)[^&\s;"']+/gi, `$1${REDACTED}`);
}
