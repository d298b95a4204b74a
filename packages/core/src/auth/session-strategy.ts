import { type SaymonApiError, SaymonResponseValidationError, SaymonSessionError } from '../errors.ts';
import { unquote } from '../transport/unquote.ts';
import { readSetCookies } from './cookies.ts';
import { conceal, type EstablishedSession } from './secrets.ts';
import type { AuthContext, AuthStrategy } from './types.ts';
import { checkCookieValue } from './validate.ts';

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

const cookieHeader = (session: Session) =>
  [`sid=${session.sid}`, ...(session.csrf ? [`csrf=${session.csrf}`] : [])].join('; ');

/** How a session strategy starts: credentials to log in with, or a session to reuse (both checked). */
export type SessionStart = { login: string; password: string } | { sid: string; csrf?: string };

/**
 * The session strategy behind `sessionAuth` (see there), loaded when first used: logs in with
 * `POST /node/api/users/session`, then sends `Cookie: sid=...` (and, where the server set one, the
 * `csrf` cookie plus the `x-csrf-token` header). When the server says the session expired, it logs
 * in again once, shared by every call that failed meanwhile. After `logout()` nothing logs in
 * behind the caller's back: calls fail with `SaymonSessionError` until `client.login()`.
 */
export function sessionStrategy(begin: SessionStart): AuthStrategy {
  const credentials = 'password' in begin ? { login: begin.login, password: begin.password } : undefined;
  let known: Session | undefined;
  if (!('password' in begin)) {
    known = { sid: begin.sid, generation: 0 };
    if (begin.csrf !== undefined) known.csrf = begin.csrf;
  }
  let generation = 0;
  let current: Promise<Session> | undefined = known ? Promise.resolve(known) : undefined;
  let loggedOut = false;

  async function login(context: AuthContext): Promise<Session> {
    if (!credentials)
      throw new SaymonSessionError({
        reason: 'no-credentials',
        message: 'This client reuses a session id and has no login and password to log in with',
      });
    const response = await context.send('POST', SESSION_PATH, { json: credentials });
    const cookies = readSetCookies(response.headers);
    const body = unquote(await response.text());
    const sid = cookies.sid || body;
    const csrf = cookies.csrf;
    const invalid = (field: string) =>
      new SaymonResponseValidationError({
        endpointId: 'sessions.create',
        status: response.status,
        issues: [{ path: [field], message: 'the server sent a session value that cannot be sent back as a cookie' }],
      });
    try {
      checkCookieValue(sid, 'sid');
    } catch {
      throw invalid('sid');
    }
    if (csrf) {
      try {
        checkCookieValue(csrf, 'csrf');
      } catch {
        throw invalid('csrf');
      }
    }
    const session: Session = { sid, generation: ++generation };
    if (csrf) session.csrf = csrf;
    known = session;
    return session;
  }

  function start(context: AuthContext): Promise<Session> {
    const attempt = login(context);
    current = attempt;
    // a failed login is not cached: the next call tries again
    attempt.catch(() => {
      if (current === attempt) current = undefined;
    });
    return attempt;
  }

  function ensure(context: AuthContext): Promise<Session> {
    if (loggedOut)
      return Promise.reject(
        new SaymonSessionError({
          reason: 'logged-out',
          message: 'The session was ended with logout(); call client.login() to open a new one',
        }),
      );
    return current ?? start(context);
  }

  const reusable = (session: Session): EstablishedSession => ({
    type: 'session',
    sid: session.sid,
    ...(session.csrf ? { csrf: session.csrf } : {}),
  });

  const strategy: AuthStrategy = {
    type: 'session',
    async authorize(request, context) {
      const session = await ensure(context);
      request.headers.set('Cookie', cookieHeader(session));
      if (session.csrf) request.headers.set('x-csrf-token', session.csrf);
      return session.generation;
    },
    async refresh(error, context, stamp) {
      if (!credentials || loggedOut || !isSessionGone(error)) return false;
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
      loggedOut = true;
      if (!session) return;
      const headers: Record<string, string> = { Cookie: cookieHeader(session) };
      if (session.csrf) headers['x-csrf-token'] = session.csrf;
      await context.send('DELETE', SESSION_PATH, { headers });
    },
  };
  return conceal(strategy, {
    secrets: () => [credentials?.password ?? '', known?.sid ?? '', known?.csrf ?? ''].filter(Boolean),
    session: {
      async login(context) {
        loggedOut = false;
        return reusable(await start(context));
      },
      async current(context) {
        if (loggedOut) return undefined;
        return reusable(await ensure(context));
      },
    },
  });
}
