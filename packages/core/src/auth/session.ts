import type { SaymonApiError } from '../errors.ts';
import { readSetCookies, unquote } from './cookies.ts';
import type { AuthContext, AuthStrategy, SessionLoginOptions, SessionReuseOptions } from './types.ts';

const SESSION_PATH = '/node/api/users/session';

interface Session {
  sid: string;
  csrf?: string;
  /** Counts logins; handed out as the auth stamp so no secret travels with errors. */
  generation: number;
}

/** The 401 messages that mean "this session is no longer valid". */
function isSessionGone(error: SaymonApiError): boolean {
  return error.status === 401 && /session expired|not logged in/i.test(error.serverMessage ?? '');
}

/**
 * Session auth: logs in with `POST /node/api/users/session`, then sends `Cookie: sid=...` (and,
 * where the server set one, the `csrf` cookie plus the `x-csrf-token` header). When the server
 * says the session expired, it logs in again once, shared by every call that failed meanwhile.
 */
export function sessionAuth(
  options: Omit<SessionLoginOptions, 'type'> | Omit<SessionReuseOptions, 'type'>,
): AuthStrategy {
  const credentials = 'password' in options ? { login: options.login, password: options.password } : undefined;
  let generation = 0;
  let known: Session | undefined = 'sid' in options ? { sid: options.sid, csrf: options.csrf, generation } : undefined;
  let current: Promise<Session> | undefined = known ? Promise.resolve(known) : undefined;

  async function login(context: AuthContext): Promise<Session> {
    if (!credentials) throw new Error('unreachable: no credentials to log in with');
    const response = await context.send('POST', SESSION_PATH, { json: credentials });
    const cookies = readSetCookies(response.headers);
    const body = unquote(await response.text());
    const session: Session = { sid: cookies.sid || body, generation: ++generation };
    if (cookies.csrf) session.csrf = cookies.csrf;
    known = session;
    return session;
  }

  function ensure(context: AuthContext): Promise<Session> {
    if (!current) {
      const attempt = login(context);
      current = attempt;
      // a failed login is not cached: the next call tries again
      attempt.catch(() => {
        if (current === attempt) current = undefined;
      });
    }
    return current;
  }

  return {
    type: 'session',
    async authorize(request, context) {
      const session = await ensure(context);
      const cookie = [`sid=${session.sid}`, ...(session.csrf ? [`csrf=${session.csrf}`] : [])].join('; ');
      request.headers.set('Cookie', cookie);
      if (session.csrf) request.headers.set('x-csrf-token', session.csrf);
      return session.generation;
    },
    async refresh(error, context, stamp) {
      if (!credentials || !isSessionGone(error)) return false;
      const pending = current;
      const active = pending ? await pending.catch(() => undefined) : undefined;
      // only the first caller that saw this session fail starts a new login; the others wait for it
      if (current === pending && (!active || active.generation === stamp)) current = undefined;
      await ensure(context);
      return true;
    },
    async logout(context) {
      const session = current ? await current.catch(() => undefined) : undefined;
      current = undefined;
      if (!session) return;
      const headers: Record<string, string> = {
        Cookie: [`sid=${session.sid}`, ...(session.csrf ? [`csrf=${session.csrf}`] : [])].join('; '),
      };
      if (session.csrf) headers['x-csrf-token'] = session.csrf;
      await context.send('DELETE', SESSION_PATH, { headers });
    },
    secrets: () => [credentials?.password ?? '', known?.sid ?? '', known?.csrf ?? ''].filter(Boolean),
  };
}
