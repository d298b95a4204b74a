/**
 * A hostile SAYMON server on 127.0.0.1 for transport tests: it echoes the credentials it received
 * in every form a server may render them (JSON, JSON inside JSON, HTML, headers, invalid JSON),
 * redirects elsewhere, drips, cuts bodies and sends endless ones. It also logs in sessions
 * (`POST /node/api/users/session` sets `sid` and `csrf`) so session secrets exist to be echoed.
 */
import { randomUUID } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { type Captured, startServer, type TestServer } from '../server.ts';

/** The credentials a request carried, decoded: what a careless server would quote back. */
export function credentialsOf(req: Captured): string[] {
  const found: string[] = [];
  const authorization = req.headers.authorization;
  if (authorization) {
    found.push(authorization);
    if (authorization.startsWith('Basic ')) {
      const decoded = Buffer.from(authorization.slice(6), 'base64').toString('utf8');
      found.push(authorization.slice(6), decoded, decoded.slice(decoded.indexOf(':') + 1));
    }
  }
  for (const [, value] of req.query) found.push(value);
  const cookie = req.headers.cookie;
  if (cookie) for (const pair of cookie.split(';')) found.push(pair.split('=').slice(1).join('=').trim());
  const csrf = req.headers['x-csrf-token'];
  if (typeof csrf === 'string') found.push(csrf);
  if (req.body) {
    try {
      const body = JSON.parse(req.body) as Record<string, unknown>;
      if (typeof body.password === 'string') found.push(body.password);
    } catch {}
  }
  return found.filter(Boolean);
}

export type Behaviour = (req: Captured, res: ServerResponse, server: HostileServer) => unknown;

export interface HostileServer extends TestServer {
  /** What every answer does next (login is always answered). */
  behave(behaviour: Behaviour): void;
  /** Sessions handed out: sid → csrf. */
  sessions: Map<string, string>;
  /** Body bytes the current behaviour wrote (to prove that the client stopped reading). */
  bytesSent: number;
}

export async function startHostileServer(): Promise<HostileServer> {
  let behaviour: Behaviour = (_, res) => res.end();
  const sessions = new Map<string, string>();
  const base = await startServer((req, res) => {
    if (req.method === 'POST' && req.path.endsWith('/node/api/users/session') && !hostile.loginIsHostile) {
      const sid = `sid-${randomUUID()}`;
      const csrf = `csrf-${randomUUID()}`;
      sessions.set(sid, csrf);
      res.writeHead(200, {
        'content-type': 'application/json',
        'set-cookie': [`sid=${sid}; Path=/; HttpOnly`, `csrf=${csrf}; Path=/`],
      });
      return res.end(JSON.stringify(sid));
    }
    return behaviour(req, res, hostile);
  });
  const hostile: HostileServer & { loginIsHostile: boolean } = Object.assign(base, {
    sessions,
    bytesSent: 0,
    loginIsHostile: false,
    behave(next: Behaviour) {
      hostile.bytesSent = 0;
      behaviour = next;
    },
  });
  return hostile;
}

/** Lets the behaviour answer the login request too (to redirect or cut it). */
export function hostileLogin(server: HostileServer, on: boolean) {
  (server as HostileServer & { loginIsHostile: boolean }).loginIsHostile = on;
}

// --- behaviours -------------------------------------------------------------------------------

const html = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Answers `status` with the received credentials quoted in the given form. */
export function echo(
  form: 'json' | 'json-in-json' | 'html' | 'invalid-json' | 'header' | 'plain' | 'across-limit',
  status = 500,
  /** For `across-limit`: the byte where the SDK stops reading; the secret straddles it. */
  limit = 1024 * 1024,
): Behaviour {
  return (req, res) => {
    const secrets = credentialsOf(req);
    const quoted = secrets.join(' | ');
    switch (form) {
      case 'json':
        res.writeHead(status, { 'content-type': 'application/json' });
        return res.end(
          JSON.stringify({ code: 'InternalError', message: `login failed for ${quoted}`, debug: { secrets } }),
        );
      case 'json-in-json':
        res.writeHead(status, { 'content-type': 'application/json' });
        return res.end(
          JSON.stringify({ code: 'Unauthorized', message: JSON.stringify({ errorCode: 3, message: quoted }) }),
        );
      case 'html':
        res.writeHead(status, { 'content-type': 'text/html' });
        return res.end(`<html><body><h1>Error</h1><p>${html(quoted)}</p><pre>${quoted}</pre></body></html>`);
      case 'invalid-json':
        // V8's parse error message quotes the start of the text
        res.writeHead(status, { 'content-type': 'application/json' });
        return res.end(`{"sid":"${secrets[0] ?? ''}", "all": "${quoted}" oops`);
      case 'header':
        res.writeHead(status, {
          'content-type': 'application/json',
          'x-debug': quoted,
          'set-cookie': secrets.map((s, i) => `echo${i}=${encodeURIComponent(s)}`),
          'retry-after': '7',
        });
        return res.end(JSON.stringify({ code: 'InternalError', message: 'see headers' }));
      case 'plain':
        res.writeHead(status, { 'content-type': 'text/plain' });
        return res.end(`error\n${quoted}\n${encodeURIComponent(quoted)}`);
      case 'across-limit': {
        // an error body longer than the SDK reads, with a secret across the point where it stops
        const secret = [...secrets].sort((a, b) => b.length - a.length).find((s) => !s.startsWith('Basic ')) ?? '';
        const pad = limit - Math.floor(secret.length / 2);
        res.writeHead(status, { 'content-type': 'text/plain' });
        return res.end(`${'x'.repeat(pad)}${secret}${'y'.repeat(1024)}`);
      }
    }
  };
}

/** A redirect to `target` (a URL, or a function of the request). */
export function redirect(status: number, target: string | ((req: Captured) => string)): Behaviour {
  return (req, res) => {
    res.writeHead(status, { location: typeof target === 'string' ? target : target(req) });
    res.end('moved');
  };
}

/** Headers at once, then one byte every `everyMs` (for `totalMs`), then a valid end. */
export function drip(status = 200, everyMs = 250, totalMs = 60_000): Behaviour {
  return (_, res, server) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.write('[');
    const started = Date.now();
    const timer = setInterval(() => {
      if (Date.now() - started > totalMs) {
        clearInterval(timer);
        res.end(']');
        return;
      }
      server.bytesSent++;
      res.write(' ');
    }, everyMs);
    res.on('close', () => clearInterval(timer));
  };
}

/** Sends `total` bytes as fast as the client reads, with or without Content-Length. */
export function endless(total: number, options: { status?: number; contentLength?: boolean; type?: string } = {}) {
  const behaviour: Behaviour = (_, res, server) => {
    const headers: Record<string, string> = { 'content-type': options.type ?? 'application/json' };
    if (options.contentLength) headers['content-length'] = String(total);
    res.writeHead(options.status ?? 200, headers);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    chunk[0] = 0x5b; // '['
    let closed = false;
    res.on('close', () => {
      closed = true;
    });
    const pump = () => {
      while (!closed && server.bytesSent < total) {
        server.bytesSent += chunk.length;
        if (!res.write(chunk)) {
          res.once('drain', pump);
          return;
        }
      }
      if (!closed) res.end();
    };
    pump();
  };
  return behaviour;
}

/** A small gzip body that decodes to `decoded` bytes of JSON-ish spaces, sent with its (small) Content-Length. */
export function gzipBomb(decoded: number): Behaviour {
  const body = gzipSync(Buffer.alloc(decoded, 0x20), { level: 9 });
  return (_, res, server) => {
    res.writeHead(200, {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      'content-length': String(body.length),
    });
    server.bytesSent += body.length;
    res.end(body);
  };
}

/** Answers `status` with `Retry-After: seconds` and SAYMON's error body. */
export function busy(status: number, seconds: string): Behaviour {
  return (_, res) => {
    res.writeHead(status, { 'content-type': 'application/json', 'retry-after': seconds });
    res.end(JSON.stringify({ code: 'ServiceUnavailable', message: 'Maintenance, come back later' }));
  };
}

/** Starts a valid answer, then resets the connection (`TypeError: terminated` in undici). */
export function cut(options: { status?: number; contentLength?: boolean } = {}): Behaviour {
  return (_, res) => {
    const full = JSON.stringify({ id: '1', name: 'router', description: 'x'.repeat(4096) });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (options.contentLength) headers['content-length'] = String(full.length);
    res.writeHead(options.status ?? 200, headers);
    res.write(full.slice(0, 2000));
    setTimeout(() => res.socket?.destroy(), 20);
  };
}

/** A proxy's login page (200, HTML) instead of JSON. */
export function loginPage(type = 'text/html; charset=utf-8'): Behaviour {
  return (req, res) => {
    res.writeHead(200, { 'content-type': type });
    res.end(
      `<!doctype html><html><head><title>Sign in</title><style>body{}</style></head><body><form>Sign in to continue ${html(credentialsOf(req).join(' '))}</form></body></html>`,
    );
  };
}
