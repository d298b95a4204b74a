/**
 * What keeps web pages the user happens to visit away from the emulator: CORS answers only
 * allowed origins (loopback ones on any port by default), a request whose `Origin` is not
 * allowed is refused, the `Host` header must name the emulator (against DNS rebinding), and the
 * `/__emulator/*` control routes take JSON only, so a cross-site form or `text/plain` post cannot
 * reach them without a preflight, which is refused.
 */
import type { MiddlewareHandler } from 'hono';
import { cors } from 'hono/cors';
import { HttpError } from './errors.ts';

/** Origins allowed by default: web pages served from loopback on any port (a playground dev server). */
export const DEFAULT_ALLOWED_ORIGINS: readonly string[] = [
  'http://localhost:*',
  'http://127.0.0.1:*',
  'http://[::1]:*',
];

/** Host names allowed by default (any port). */
export const DEFAULT_ALLOWED_HOSTS: readonly string[] = ['localhost', '127.0.0.1', '[::1]'];

export interface CrossSiteOptions {
  /** Origins allowed besides the loopback ones: `https://app.example:8443`, `http://devbox:*` (any port) or `*`. */
  allowedOrigins?: readonly string[];
  /** Host names (without port) the `Host` header may carry besides the loopback ones, or `*` for any. */
  allowedHosts?: readonly string[];
  /**
   * Whether pages served from loopback on any port are allowed without being named (default true).
   * The validating proxy turns it off: what it reaches is a real server, so only named origins may.
   */
  loopbackOrigins?: boolean;
}

/** `host[:port]` → host (IPv6 literals keep their brackets), lower case. */
function hostName(hostHeader: string): string {
  const host = hostHeader.trim().toLowerCase();
  if (host.startsWith('[')) return host.slice(0, host.indexOf(']') + 1);
  const colon = host.lastIndexOf(':');
  return colon >= 0 ? host.slice(0, colon) : host;
}

function originMatcher(patterns: readonly string[]): (origin: string) => boolean {
  const exact = new Set<string>();
  const anyPort = new Set<string>();
  let any = false;
  for (const raw of patterns) {
    const pattern = raw.trim().toLowerCase().replace(/\/+$/, '');
    if (pattern === '*') any = true;
    else if (pattern.endsWith(':*')) anyPort.add(pattern.slice(0, -2));
    else exact.add(pattern);
  }
  return (origin) => {
    const value = origin.toLowerCase();
    if (any || exact.has(value)) return value !== 'null' || exact.has('null');
    const colon = value.lastIndexOf(':');
    const withoutPort = colon > value.indexOf('://') + 2 && !value.endsWith(']') ? value.slice(0, colon) : value;
    return anyPort.has(withoutPort);
  };
}

/** Routes any origin may read, without credentials. */
const PUBLIC_READS = new Set(['/__emulator/openapi.json']);
const PUBLIC_PREFLIGHT = { 'Access-Control-Allow-Origin': '*', 'Access-Control-Allow-Methods': 'GET' };

const refused = (message: string) => new HttpError(403, 'Forbidden', message);

/** Whether a request came over a socket (the in-process `fetch` has none, and no Host to check); `env` is Hono's. */
export const overSocket = (env: unknown) => Boolean((env as { incoming?: unknown } | undefined)?.incoming);

/** Which `Host` headers name the emulator: the loopback names and `allowedHosts`, any port. */
export function hostRule(options: CrossSiteOptions): (hostHeader: string) => boolean {
  const hosts = new Set([...DEFAULT_ALLOWED_HOSTS, ...(options.allowedHosts ?? [])].map((h) => h.toLowerCase()));
  const any = hosts.has('*');
  return (hostHeader) => any || hosts.has(hostName(hostHeader));
}

/**
 * The middleware: Host check (socket requests), Origin check (every request that carries one),
 * CORS headers with credentials for allowed origins only, and the control routes' JSON rule.
 * Refusals are thrown as `HttpError`s (the app's `onError` answers them).
 */
export function crossSite(options: CrossSiteOptions): MiddlewareHandler {
  const hostAllowed = hostRule(options);
  const defaults = options.loopbackOrigins === false ? [] : DEFAULT_ALLOWED_ORIGINS;
  const originAllowed = originMatcher([...defaults, ...(options.allowedOrigins ?? [])]);
  const withCors = cors({
    origin: (origin) => origin,
    credentials: true,
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'],
    allowHeaders: ['Authorization', 'Content-Type', 'x-csrf-token', 'X-Session-Id', 'Accept'],
    exposeHeaders: ['Content-Length', 'Retry-After'],
    maxAge: 600,
  });
  return async (c, next) => {
    const host = c.req.header('host');
    if (overSocket(c.env) && host !== undefined && !hostAllowed(host)) {
      throw refused(
        `Host "${hostName(host)}" is not allowed (allow it with the allowedHosts option or --allowed-host).`,
      );
    }
    const origin = c.req.header('origin');
    if (origin !== undefined) {
      // same origin (a page served under the Host the request names) is always allowed
      const sameOrigin =
        host !== undefined &&
        /^https?:\/\//i.test(origin) &&
        origin.replace(/^https?:\/\//i, '').toLowerCase() === host.toLowerCase();
      // the OpenAPI document is public: any page may read it, without credentials
      if (!sameOrigin && !originAllowed(origin) && PUBLIC_READS.has(new URL(c.req.url).pathname)) {
        if (c.req.method === 'GET') {
          await next();
          c.res.headers.set('Access-Control-Allow-Origin', '*');
          return;
        }
        if (c.req.method === 'OPTIONS') return new Response(null, { status: 204, headers: PUBLIC_PREFLIGHT });
      }
      if (!sameOrigin && !originAllowed(origin)) {
        throw refused(
          `Origin "${origin}" is not allowed (allow it with the allowedOrigins option or --allowed-origin).`,
        );
      }
    }
    if (c.req.method === 'POST' && new URL(c.req.url).pathname.startsWith('/__emulator/')) {
      const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
      if (type !== 'application/json')
        throw new HttpError(415, 'UnsupportedMediaType', 'Control requests must send Content-Type: application/json.');
    }
    if (origin === undefined) return next();
    return withCors(c, next);
  };
}
