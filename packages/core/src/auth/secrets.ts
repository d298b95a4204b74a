import type { AuthContext, AuthStrategy } from './types.ts';

/**
 * What the built-in strategies keep out of sight: the secret values (for redaction) and, for
 * sessions, the controls behind `client.login()` / `client.session()`. They live in this
 * module-private WeakMap, so nothing reachable from a client (inspect with `showHidden`, JSON,
 * getters, own keys) holds them; only code in this package can look them up.
 */
interface Hidden {
  secrets: () => string[];
  session?: SessionControl;
}

/** The session operations a client exposes (`login`, reading the established sid and csrf). */
export interface SessionControl {
  /** Logs in with the configured credentials (again) and returns the new session. */
  login(context: AuthContext): Promise<EstablishedSession>;
  /** The established session, logging in first when none is open yet; `undefined` after logout. */
  current(context: AuthContext): Promise<EstablishedSession | undefined>;
}

/** A session as `auth` options: pass it to another client to reuse the session (writes included). */
export interface EstablishedSession {
  type: 'session';
  sid: string;
  /** Present where the server pairs the session with a CSRF token (needed for writes). */
  csrf?: string;
}

const hidden = new WeakMap<AuthStrategy, Hidden>();

/** Registers a strategy's hidden parts and returns the strategy. */
export function conceal<S extends AuthStrategy>(strategy: S, parts: Hidden): S {
  hidden.set(strategy, parts);
  return strategy;
}

/** The secret values a strategy holds: built-in ones from the hidden store, custom ones from `secrets()`. */
export function secretsOf(strategy: AuthStrategy): string[] {
  const own = hidden.get(strategy);
  if (own) return own.secrets();
  try {
    return strategy.secrets?.() ?? [];
  } catch {
    return [];
  }
}

/** The session controls of a built-in session strategy. */
export function sessionControlOf(strategy: AuthStrategy): SessionControl | undefined {
  return hidden.get(strategy)?.session;
}
