/**
 * The dev server's side of the playground: `/__playground/config.json` says which targets exist,
 * `/__local/*` reaches the emulator server started beside it, `/__real/*` a real SAYMON server.
 * Both are proxied on the page's own origin, so cookies (the session's `sid` and `csrf`) and CORS
 * are not the user's problem. Nothing here logs a header, a body or a query string.
 */
import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { SaymonValidationError } from '@saymon-sdk/core';
import { normalizeBaseUrl } from '@saymon-sdk/core/adapter';

export interface ProxyState {
  /** The emulator server (`http://127.0.0.1:8080`), when one was started. */
  local?: string;
  /** The real server's origin and base path, set from the page (or SAYMON_URL). */
  real?: string;
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
  'origin',
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

function forward(req: IncomingMessage, res: ServerResponse, base: string, rest: string) {
  const target = new URL(`${base}${rest}`);
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  }
  headers.host = target.host;
  const send = target.protocol === 'https:' ? httpsRequest : httpRequest;
  const outgoing = send(target, { method: req.method, headers }, (answer) => {
    const out: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(answer.headers)) {
      if (value === undefined || HOP_BY_HOP.has(name)) continue;
      out[name] = name === 'set-cookie' ? (value as string[]).map((c) => rewriteSetCookie(c, false)) : value;
    }
    res.writeHead(answer.statusCode ?? 502, answer.statusMessage, out);
    answer.pipe(res);
  });
  outgoing.on('error', (error: NodeJS.ErrnoException) => {
    if (res.headersSent) return res.destroy();
    res.writeHead(502, { 'content-type': 'application/json' });
    res.end(
      JSON.stringify({
        code: 'ProxyError',
        message: `The playground proxy could not reach the server (${error.code ?? 'error'}).`,
      }),
    );
  });
  req.pipe(outgoing);
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
          state.real = checkServerUrl(String((body as { url?: unknown }).url ?? ''));
          json(res, 200, { server: state.real });
        })
        .catch((error: Error) => json(res, 400, { error: `That server URL cannot be used: ${error.message}.` }));
      return;
    }
    for (const [prefix, base] of [
      ['/__local', state.local],
      ['/__real', state.real],
    ] as const) {
      if (url === prefix || url.startsWith(`${prefix}/`)) {
        if (!base) return json(res, 503, { code: 'NoTarget', message: `No server is set for ${prefix}.` });
        return forward(req, res, base, url.slice(prefix.length) || '/');
      }
    }
    next();
  };
}
