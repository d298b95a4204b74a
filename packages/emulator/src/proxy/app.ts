/**
 * `saymon-emulator --proxy <real url>`: a validating proxy in front of a real SAYMON server. Each
 * `/node/api/*` request is matched in the registry, checked, forwarded, and its answer checked
 * (`violations.ts`); every violation is logged as one line and summed up in the answer's
 * `X-Saymon-Emulator-Violations` header. Only reads pass unless `writes` is set (the registry's
 * effect marks decide, as for `saymon doctor`). It has the emulator's cross-site checks (Host,
 * Origin, with no loopback origin allowed unless named) plus the playground proxy's
 * `Sec-Fetch-Site` rule, keeps the real session server side (`held-sessions.ts`) and records
 * through core's redaction (`recorder.ts`).
 */
import { type AnyEndpoint, endpoints } from '@saymon-sdk/core';
import { createRedactor, createRouter, type Redactor } from '@saymon-sdk/core/adapter';
import { RECORDED_BODY_LIMIT } from '@saymon-sdk/core/recording';
import { Hono, type MiddlewareHandler } from 'hono';
import { type CrossSiteOptions, crossSite } from '../cross-site.ts';
import { HttpError } from '../errors.ts';
import { DEFAULT_BODY_LIMIT, limitBodies, payloadTooLarge } from '../request-body.ts';
import { HeldSessions } from './held-sessions.ts';
import type { Recorder } from './recorder.ts';
import { answerViolations, requestViolations } from './violations.ts';

/** The header that sums up an exchange's violations: `<count>; <first message>`. */
export const VIOLATIONS_HEADER = 'X-Saymon-Emulator-Violations';
/** On every answer the proxy gives itself (a refusal, a failure to reach the server): why. */
export const PROXY_HEADER = 'X-Saymon-Emulator-Proxy';

export interface ProxyOptions extends Omit<CrossSiteOptions, 'loopbackOrigins'> {
  /** The real server's base URL, as `proxyTarget` gave it. */
  target: string;
  /** Forward calls the registry marks write or destructive too (default: reads only). */
  writes?: boolean;
  recorder?: Recorder;
  /** Largest request body in bytes (default 16 MiB). */
  bodyLimit?: number;
  /** Time to the real server's complete answer, in ms (default 60 s). */
  timeoutMs?: number;
  /** Where violation lines go (default `console.error`). */
  log?: (line: string) => void;
}

const router = createRouter(endpoints as readonly AnyEndpoint[]);
/** Beside reads, the calls a client needs to use session auth through the proxy. */
const AUTH_CALLS = new Set(['sessions.create', 'sessions.delete']);
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'host',
  'content-length',
]);
const TEXTUAL = /json|text|javascript|xml|html/i;

const proxyAnswer = (status: number, code: string, message: string, kind: string) =>
  new Response(JSON.stringify({ code, message }), {
    status,
    headers: { 'content-type': 'application/json', [PROXY_HEADER]: kind },
  });

/** Header values are one line of printable ASCII, kept short. */
const headerText = (text: string) => text.replace(/[^\x20-\x7e]/g, '?').slice(0, 300);

/** The credentials a request carries, in the forms a redactor must know them by. */
function requestSecrets(headers: Headers, url: URL): string[] {
  const out: string[] = [];
  const auth = headers.get('authorization');
  if (auth) {
    out.push(auth);
    const [scheme, value = ''] = auth.split(/\s+/, 2);
    out.push(value);
    // the password, as the SDK's Basic auth names it; the login is no secret (and would blot out every word it is part of)
    if (/^basic$/i.test(scheme ?? '')) {
      const decoded = Buffer.from(value, 'base64').toString();
      out.push(decoded.slice(decoded.indexOf(':') + 1));
    }
  }
  for (const name of ['x-csrf-token', 'x-session-id']) out.push(headers.get(name) ?? '');
  for (const part of (headers.get('cookie') ?? '').split(';')) out.push(part.slice(part.indexOf('=') + 1).trim());
  for (const name of ['api-token', 'auth-token']) out.push(...url.searchParams.getAll(name));
  return out.filter((s) => s.length > 0);
}

/**
 * The path to forward: a session check names the session in its path, and a stand-in the proxy
 * handed out is checked as the real session it stands for.
 */
function forwardedPath(
  id: string | undefined,
  path: string,
  params: Readonly<Record<string, string>> | undefined,
  sessions: HeldSessions,
): string {
  const real = id === 'sessions.verify' && params?.id !== undefined ? sessions.realSid(params.id) : undefined;
  return real === undefined ? path : path.replace(/[^/]+$/, encodeURIComponent(real));
}

/** A browser request that is not a CORS request of an allowed origin (an image, a link, a form) goes no further. */
const sameOriginOrNamed: MiddlewareHandler = async (c, next) => {
  const site = c.req.header('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && c.req.header('origin') === undefined) {
    return proxyAnswer(
      403,
      'Forbidden',
      `The proxy answers programs and allowed origins only: this request comes from elsewhere (Sec-Fetch-Site: ${headerText(site)}).`,
      'refused',
    );
  }
  await next();
};

export function createProxyApp(options: ProxyOptions): { app: Hono; fetch: (request: Request) => Promise<Response> } {
  const base = options.target.replace(/\/+$/, '');
  const sessions = new HeldSessions();
  const log = options.log ?? ((line: string) => console.error(line));
  const limit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const app = new Hono();
  // the cross-site checks' refusals, labelled as the proxy's; anything else is the proxy's failure
  app.onError((error) => {
    if (error instanceof HttpError) return proxyAnswer(error.status, error.code, error.message, 'refused');
    // the name only: a message may quote what the request carried
    log(`saymon-emulator proxy: failed (${error.name})`);
    return proxyAnswer(500, 'ProxyError', "The emulator's proxy failed.", 'error');
  });
  app.use('*', crossSite({ ...options, loopbackOrigins: false }));
  app.use('*', sameOriginOrNamed);
  app.use(
    '*',
    limitBodies(limit, () => {
      const error = payloadTooLarge(limit);
      return proxyAnswer(error.status, error.code, error.message, 'refused');
    }),
  );

  app.all('*', async (c) => {
    const request = c.req.raw;
    const url = new URL(request.url);
    const path = url.pathname.replace(/\/{2,}/g, '/');
    if (!path.startsWith('/node/api/'))
      return proxyAnswer(404, 'NotProxied', 'The proxy forwards /node/api/* only.', 'refused');
    // HEAD is the GET of the same endpoint without its body: a read like it
    const head = request.method === 'HEAD';
    const match = router.match(head ? 'GET' : request.method, path);
    const endpoint = match?.endpoint;
    const reads = endpoint
      ? endpoint.effect === 'read' || AUTH_CALLS.has(endpoint.id)
      : request.method === 'GET' || head;
    if (!reads && !options.writes) {
      const what = endpoint
        ? `${endpoint.id} (the registry marks it ${endpoint.effect})`
        : `${request.method} of a path the registry does not know`;
      return proxyAnswer(
        403,
        'ProxyReadOnly',
        `The proxy forwards reads only: refused ${what}. Start it with --proxy-writes to forward writes.`,
        'read-only',
      );
    }
    const bytes = request.method === 'GET' || head ? undefined : await request.arrayBuffer();
    const textual = bytes !== undefined && !/multipart|octet-stream/i.test(request.headers.get('content-type') ?? '');
    const requestText = bytes && textual ? new TextDecoder().decode(bytes) : undefined;
    const violations = endpoint
      ? requestViolations(endpoint, match.params, url.searchParams, textual ? requestText : undefined)
      : [`request: ${request.method} ${path} is not in the registry`];

    const headers = new Headers();
    request.headers.forEach((value, name) => {
      if (!HOP_BY_HOP.has(name) && name !== 'accept-encoding') headers.set(name, value);
    });
    const secrets = requestSecrets(request.headers, url);
    sessions.swapIn(headers);
    const started = performance.now();
    let answer: Response;
    let answerBytes: ArrayBuffer;
    try {
      answer = await fetch(`${base}${forwardedPath(endpoint?.id, path, match?.params, sessions)}${url.search}`, {
        method: request.method,
        headers,
        ...(bytes && bytes.byteLength > 0 ? { body: bytes } : {}),
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs ?? 60_000),
      });
      answerBytes = await answer.arrayBuffer();
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code ?? (error as Error).name;
      return proxyAnswer(
        502,
        'ProxyError',
        `The emulator's proxy could not reach the real server (${headerText(cause)}).`,
        'unreachable',
      );
    }
    const durationMs = Math.round(performance.now() - started);
    const contentType = answer.headers.get('content-type') ?? '';
    const keptText =
      (TEXTUAL.test(contentType) || !contentType) && answerBytes.byteLength <= RECORDED_BODY_LIMIT
        ? new TextDecoder().decode(answerBytes)
        : undefined;
    const redactor: Redactor = createRedactor({ secrets: () => [...secrets, ...sessions.secrets()] });

    // the real session stays here even when the server echoes it (in an answer, a header)
    const real = sessions.realValues();
    const hideReal = createRedactor({ secrets: () => real });
    const echoes = (text: string) => real.some((value) => text.includes(value));
    let body: BodyInit | null = keptText !== undefined && echoes(keptText) ? hideReal.text(keptText) : answerBytes;
    const out = new Headers();
    answer.headers.forEach((value, name) => {
      if (!HOP_BY_HOP.has(name) && name !== 'set-cookie' && name !== 'content-encoding')
        out.set(name, echoes(value) ? hideReal.text(value) : value);
    });
    if (endpoint?.id === 'sessions.create' && answer.ok) {
      const standIns = sessions.hold(answer.headers.getSetCookie(), keptText ?? '');
      if (!standIns) return proxyAnswer(502, 'ProxyError', 'The login answer held no session.', 'error');
      body = JSON.stringify(standIns.sid);
      out.set('content-type', 'application/json');
      out.append('set-cookie', `sid=${standIns.sid}; Path=/; HttpOnly; SameSite=Lax`);
      if (standIns.csrf) out.append('set-cookie', `csrf=${standIns.csrf}; Path=/; SameSite=Lax`);
    }
    if (endpoint?.id === 'sessions.delete') sessions.release(request.headers);

    // a HEAD answer has no body to check or record
    if (endpoint && !head)
      violations.push(...answerViolations(endpoint, url.searchParams.has('fields'), answer.status, keptText));
    if (violations.length > 0) {
      const shown = redactor
        .url(new URL(`${path}${url.search}`, 'http://proxy.invalid'))
        .replace(/^http:\/\/proxy\.invalid/, '');
      for (const violation of violations)
        log(`saymon-emulator proxy: ${endpoint?.id ?? '?'} ${request.method} ${shown}: ${redactor.text(violation)}`);
      out.set(VIOLATIONS_HEADER, headerText(`${violations.length}; ${redactor.text(violations[0] as string)}`));
    }
    if (endpoint && !head && options.recorder) {
      await options.recorder.record(
        {
          endpoint,
          method: request.method,
          path: `${path}${url.search}`,
          requestBody: requestText,
          status: answer.status,
          contentType,
          body: keptText,
          bodyBytes: answerBytes.byteLength,
          durationMs,
        },
        redactor,
      );
    }
    const empty = [101, 204, 205, 304].includes(answer.status) || head;
    return new Response(empty ? null : body, { status: answer.status, statusText: answer.statusText, headers: out });
  });
  return { app, fetch: (request) => Promise.resolve(app.fetch(request)) };
}
