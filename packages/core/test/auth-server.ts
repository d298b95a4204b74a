/**
 * A local server that enforces SAYMON's three auth schemes the way real servers do, for auth
 * tests: Basic, session cookie (`sid`, plus `csrf` checked against `x-csrf-token`), and API tokens
 * in the `api-token` / `auth-token` query parameter.
 */
import { randomUUID } from 'node:crypto';
import { json, startServer, type TestServer } from './server.ts';

const USERS = [{ id: '5716a3296c2356651eab0814', login: 'admin', password: 's3cr3t-pässword' }];
const unauthorized = (message: string) => ({
  code: 'Unauthorized',
  message: JSON.stringify({ errorCode: 3, message }),
});

export interface AuthServer extends TestServer {
  sessions: Map<string, { userId: string; csrf: string }>;
  tokens: Map<string, string>;
  logins: number;
  expireAllSessions(): void;
}

export async function startAuthServer(options: { csrf?: boolean } = {}): Promise<AuthServer> {
  const sessions = new Map<string, { userId: string; csrf: string }>();
  const tokens = new Map<string, string>();
  const state = { logins: 0 };
  const server = await startServer(async (req, res) => {
    const cookies = Object.fromEntries(
      (req.headers.cookie ?? '')
        .split(';')
        .map((c) => c.trim().split('='))
        .filter((p) => p.length === 2),
    );
    if (req.method === 'POST' && req.path === '/node/api/users/session') {
      const { login, password } = JSON.parse(req.body || '{}');
      const user = USERS.find((u) => u.login === login && u.password === password);
      if (!user)
        return json(res, 401, {
          code: 'InvalidCredentials',
          message: JSON.stringify({ errorCode: 3, message: 'Invalid login or password.' }),
        });
      state.logins++;
      const sid = randomUUID();
      const csrf = randomUUID();
      sessions.set(sid, { userId: user.id, csrf });
      const setCookie = [`sid=${sid}; Path=/; HttpOnly`];
      if (options.csrf !== false) setCookie.push(`csrf=${csrf}; Path=/`);
      return json(res, 200, sid, { 'set-cookie': setCookie });
    }
    // who is calling?
    let userId: string | undefined;
    const token = req.query.get('api-token') ?? req.query.get('auth-token');
    if (req.headers.authorization?.startsWith('Basic ')) {
      const [login, password] = Buffer.from(req.headers.authorization.slice(6), 'base64').toString('utf8').split(':');
      const user = USERS.find((u) => u.login === login && u.password === password);
      if (!user)
        return json(res, 401, {
          code: 'InvalidCredentials',
          message: JSON.stringify({ errorCode: 3, message: 'Invalid login or password.' }),
        });
      userId = user.id;
    } else if (token !== null) {
      userId = [...tokens.entries()].find(([, t]) => t === token)?.[0];
      if (!userId) return json(res, 401, unauthorized('Invalid API token.'));
    } else if (cookies.sid) {
      const session = sessions.get(cookies.sid);
      if (!session) return json(res, 401, unauthorized('Session expired.'));
      if (options.csrf !== false && req.method !== 'GET' && req.headers['x-csrf-token'] !== session.csrf) {
        return json(res, 403, { code: 'Forbidden', message: 'CSRF token mismatch' });
      }
      userId = session.userId;
    } else {
      return json(res, 401, unauthorized('Not logged in.'));
    }
    const user = USERS.find((u) => u.id === userId);
    if (req.method === 'DELETE' && req.path === '/node/api/users/session') {
      sessions.delete(cookies.sid ?? '');
      return res.end();
    }
    if (req.method === 'GET' && req.path === '/node/api/users/current') {
      return json(res, 200, { id: user?.id, login: user?.login, authenticationToken: tokens.get(userId) ?? null });
    }
    const tokenRoute = req.path.match(/^\/node\/api\/users\/([^/]+)\/auth-token$/);
    if (tokenRoute && req.method === 'POST') {
      const value = randomUUID();
      tokens.set(decodeURIComponent(tokenRoute[1] ?? ''), value);
      return json(res, 200, value);
    }
    if (tokenRoute && req.method === 'DELETE') {
      tokens.delete(decodeURIComponent(tokenRoute[1] ?? ''));
      return res.end();
    }
    if (req.path === '/node/api/objects/1') return json(res, 200, { id: '1', name: 'Root' });
    if (req.method === 'PATCH' && req.path.startsWith('/node/api/objects/'))
      return json(res, 200, { id: '1', name: 'Renamed' });
    return json(res, 404, { code: 'ResourceNotFound', message: `${req.path} does not exist` });
  });
  const extended = Object.assign(server, { sessions, tokens, expireAllSessions: () => sessions.clear() });
  return Object.defineProperty(extended, 'logins', { get: () => state.logins }) as AuthServer;
}

export const ADMIN = USERS[0] as (typeof USERS)[number];
