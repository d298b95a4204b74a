import { SaymonValidationError } from '../errors.ts';
import { received } from '../validation/words.ts';

/*
 * Credentials are checked before anything is sent: a value that cannot travel where it goes (a
 * cookie, a header, a query parameter) is refused with a typed error that names the field and the
 * rule, never the value.
 */

/** RFC 6265 cookie-octet: no control characters, spaces, `"`, `,`, `;` or `\`. */
const COOKIE_VALUE = /^[\x21\x23-\x2b\x2d-\x3a\x3c-\x5b\x5d-\x7e]+$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this rejects
const CONTROL = /[\x00-\x1f\x7f]/;
/** RFC 7230 token: what a query parameter name may be without surprises. */
const PARAM_NAME = /^[A-Za-z0-9!#$&'*+.^_`|~-]+$/;

function refuse(field: string, rule: string, message?: string): never {
  throw new SaymonValidationError({
    issues: [{ path: ['auth', field], message: rule, code: 'invalid_credential' }],
    ...(message ? { message } : {}),
  });
}

function text(value: unknown, field: string): string {
  if (typeof value !== 'string') refuse(field, `expected text, received ${received(value)}`);
  if (value === '') refuse(field, 'is empty');
  return value;
}

/** A session id or CSRF token: sent back as a cookie (and, for csrf, the `x-csrf-token` header). */
export function checkCookieValue(value: unknown, field: 'sid' | 'csrf'): string {
  const checked = text(value, field);
  if (!COOKIE_VALUE.test(checked))
    refuse(field, 'is not a valid cookie value: it may not hold spaces, control characters, ", ;, , or \\');
  return checked;
}

export function checkBasic(login: unknown, password: unknown): void {
  const name = text(login, 'login');
  if (name.includes(':')) refuse('login', 'may not hold ":" (HTTP Basic separates login and password with it)');
  if (CONTROL.test(name)) refuse('login', 'may not hold control characters');
  if (typeof password !== 'string') refuse('password', `expected text, received ${received(password)}`);
}

export function checkLogin(login: unknown, password: unknown): void {
  const name = text(login, 'login');
  if (CONTROL.test(name)) refuse('login', 'may not hold control characters');
  if (typeof password !== 'string') refuse('password', `expected text, received ${received(password)}`);
}

export function checkToken(token: unknown, param: unknown): void {
  const value = text(token, 'token');
  if (CONTROL.test(value) || /\s/.test(value)) refuse('token', 'may not hold spaces or control characters');
  if (param !== undefined && (typeof param !== 'string' || !PARAM_NAME.test(param)))
    refuse('param', 'must be a query parameter name such as api-token or auth-token');
}

/** An HTTP header name (RFC 7230 token). */
const HEADER_NAME = /^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/;
// biome-ignore lint/suspicious/noControlCharactersInRegex: what a header value may not hold
const HEADER_BREAK = /[\r\n\x00]/;

/**
 * Headers given in options: a name that is not a token or a value with CR, LF or NUL is refused
 * (the runtime's own error would print the value, which may be a credential).
 */
export function checkHeaders(headers: Record<string, string> | undefined, where: string): void {
  if (!headers) return;
  for (const [name, value] of Object.entries(headers)) {
    const issue = (message: string) =>
      new SaymonValidationError({ issues: [{ path: [where, name], message, code: 'invalid_header' }] });
    if (!HEADER_NAME.test(name)) throw issue('is not a valid header name');
    if (typeof value !== 'string') throw issue(`expected text, received ${received(value)}`);
    if (HEADER_BREAK.test(value)) throw issue('may not hold CR, LF or NUL');
  }
}
