/**
 * The dev server's side of the playground: `/__playground/config.json` says which targets exist,
 * `/__local/*` reaches the emulator server started beside it, `/__real/*` a real SAYMON server.
 * Both are proxied on the page's own origin, so CORS is not the user's problem; every route
 * answers the playground's own page only (`same-playground.ts`), and the real server's session is
 * kept here, never in the browser (`real-session.ts`). Nothing here logs a header, a body or a
 * query string.
 */
import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { SaymonValidationError } from '@saymon-sdk/core';
import { normalizeBaseUrl } from '@saymon-sdk/core/adapter';
import { PROXY_FAILURE_HEADER } from '../src/lib/proxy-failure.ts';
import {
  type HeldSession,
  SESSION_PATH,
  SESSION_STAND_IN,
  sessionFromLogin,
  USE_SESSION,
  withHeldSession,
} from './real-session.ts';
import { notFromPlayground } from './same-playground.ts';

export interface ProxyState {
  /** The emulator server (`http://127.0.0.1:8080`), when one was started. */
  local?: string;
  /** The real server's origin and base path, set from the page (or SAYMON_URL). */
  real?: string;
  /** The real server's session, logged in through the proxy (cleared when `real` changes). */
  session?: HeldSession;
}

type Next = (error?: unknown) => void;
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-connection',
  'transfer-encoding',
  'upgrade',
  'te',
  'trailer',
  'host',
  'referer',
]);

/**
 * A server URL the proxy may forward to: http(s), no credentials in it, no query or fragment. Read
 * as the SDK reads it (`normalizeBaseUrl`): no scheme means https, loopback hosts http.
 */
export function checkServerUrl(text: string): string {
  try {
    return normalizeBaseUrl(text);
  } catch (error) {
    const issue = error instanceof SaymonValidationError ? error.issues[0] : undefined;
    if (issue?.code === 'credentials_in_url') throw new Error('put credentials in the Auth panel, not in the URL');
    throw new Error(issue?.message.startsWith('Unsupported protocol') ? 'only http and https servers' : 'not a URL');
  }
}

/** Cookies the real server sets, made to fit the page's origin: no Domain; Secure only over https. */
export function rewriteSetCookie(cookie: string, pageIsHttps: boolean): string {
  return cookie
    .split(';')
    .map((part) => part.trim())
    .filter((part) => !/^domain=/i.test(part) && (pageIsHttps || !/^secure$/i.test(part)))
    .map((part) => (!pageIsHttps && /^samesite=none$/i.test(part) ? 'SameSite=Lax' : part))
    .join('; ');
}

/** Copies the headers a proxy may pass on (`Origin` included, as the browser sent it). */
function passable(headers: IncomingMessage['headers']): OutgoingHttpHeaders {
  const out: OutgoingHttpHeaders = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) out[name] = value;
  }
  return out;
}

type Route = { kind: 'local' } | { kind: 'real'; state: ProxyState };

function forward(req: IncomingMessage, res: ServerResponse, base: string, rest: string, route: Route) {
  const target = new URL(`${base}${rest}`);
  const apiPath = target.pathname.slice(new URL(base).pathname.replace(/\/+$/, '').length);
  const login = route.kind === 'real' && req.method === 'POST' && apiPath === SESSION_PATH;
  const logout = route.kind === 'real' && req.method === 'DELETE' && apiPath === SESSION_PATH;
  const usesSession = route.kind === 'real' && req.headers[USE_SESSION] !== undefined;
  const headers =
    route.kind === 'real' ? withHeldSession(passable(req.headers), route.state.session) : passable(req.headers);
  headers.host = target.host;
  // the login answer is read here (its session kept): ask for it uncompressed
  if (login) headers['accept-encoding'] = 'identity';
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const outgoing = send(target, { method: req.method, headers }, (answer) => {
    const out: OutgoingHttpHeaders = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined || HOP_BY_HOP.has(name)) continue;
      // the local emulator's cookies live in the browser; a real server's never reach it
      if (name === 'set-cookie' && route.kind === 'real') continue;
      out[name] = name === 'set-cookie' ? (value as string[]).map((c) => rewriteSetCookie(c, false)) : value;
    }
    const status = answer.statusCode ?? 502;
    if (route.kind === 'real') {
      const cookies = answer.headers['set-cookie'] ?? [];
      if (logout) delete route.state.session;
      else if (usesSession && cookies.some((c) => /^\s*sid=\s*(;|$)/.test(c))) delete route.state.session;
    }
    if (login && status >= 200 && status < 300) {
      return void readText(answer).then(
        (text) => {
          const session = sessionFromLogin(answer.headers['set-cookie'] ?? [], text);
          if (route.kind === 'real') route.state.session = session;
          const body = JSON.stringify(SESSION_STAND_IN);
          delete out['content-length'];
          delete out['content-encoding'];
          res.writeHead(session ? status : 502, answer.statusMessage, {
            ...out,
            ...(session ? {} : { [PROXY_FAILURE_HEADER]: 'error' }),
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
          });
          res.end(
            session ? body : JSON.stringify({ code: 'ProxyError', message: 'The login answer held no session.' }),
          );
        },
        () => res.destroy(),
      );
    }
    res.writeHead(status, answer.statusMessage, out);
    answer.pipe(res);
  });
  outgoing.on('error', (error: NodeJS.ErrnoException) => {
    if (res.headersSent) return res.destroy();
    res.writeHead(502, { 'content-type': 'application/json', [PROXY_FAILURE_HEADER]: 'error' });
    res.end(
      JSON.stringify({
        code: 'ProxyError',
        message: `The playground proxy could not reach the server (${error.code ?? 'error'}).`,
      }),
    );
  });
  req.pipe(outgoing);
}

async function readText(stream: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of stream) {
    text += chunk;
    if (text.length > 65536) throw new Error('too large');
  }
  return text;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) {
    text += chunk;
    if (text.length > 4096) throw new Error('too large');
  }
  return JSON.parse(text);
}

function json(res: ServerResponse, status: number, value: unknown) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(value));
}

/** A connect middleware (Vite's `server.middlewares`). */
export function playgroundMiddleware(state: ProxyState) {
  return (req: IncomingMessage, res: ServerResponse, next: Next) => {
    const url = req.url ?? '/';
    const route = ['/__playground', '/__local', '/__real'].some((p) => url === p || url.startsWith(`${p}/`));
    if (!route) return next();
    const refused = notFromPlayground(req);
    if (refused) {
      req.resume();
      return json(res, 403, {
        code: 'NotThePlayground',
        message: `The playground's dev server answers the playground's own page only: ${refused}.`,
      });
    }
    if (url === '/__playground/config.json') {
      return json(res, 200, {
        ...(state.local ? { local: { server: state.local } } : {}),
        real: { server: state.real },
      });
    }
    if (url === '/__playground/real' && req.method === 'POST') {
      // JSON only: a cross-site form or text/plain post (no preflight) cannot repoint the proxy
      if (!String(req.headers['content-type']).startsWith('application/json')) {
        return json(res, 415, { error: 'send application/json' });
      }
      readJson(req)
        .then((body) => {
          const real = checkServerUrl(String((body as { url?: unknown }).url ?? ''));
          // another server: the session kept for the previous one ends here
          if (real !== state.real) delete state.session;
          state.real = real;
          json(res, 200, { server: state.real });
        })
        .catch((error: Error) => json(res, 400, { error: `That server URL cannot be used: ${error.message}.` }));
      return;
    }
    for (const [prefix, base, route] of [
      ['/__local', state.local, { kind: 'local' }],
      ['/__real', state.real, { kind: 'real', state }],
    ] as const) {
      if (url === prefix || url.startsWith(`${prefix}/`)) {
        if (!base) return json(res, 503, { code: 'NoTarget', message: `No server is set for ${prefix}.` });
        return forward(req, res, base, url.slice(prefix.length) || '/', route);
      }
    }
    next();
  };
}
