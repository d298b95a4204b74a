/**
 * What the example apps share: the inventory an app keeps in SAYMON, and the app's own error for
 * SAYMON's refusals (the mapping is what the MSW tests check, for each HTTP client).
 */

/** Where SAYMON is and who the app calls it as. */
export interface SaymonConfig {
  baseUrl: string;
  login: string;
  password: string;
}

export interface SaymonObject {
  id: string;
  name: string;
}

/** The app's calls, the same with either HTTP client. */
export interface Inventory {
  create(name: string): Promise<SaymonObject>;
  get(id: string): Promise<SaymonObject>;
  list(): Promise<SaymonObject[]>;
}

export type FailureKind = 'unauthorized' | 'forbidden' | 'not-found' | 'bad-request' | 'failed';

/** A refused or failed call as the app reports it: a kind it can act on, SAYMON's code and message. */
export class InventoryError extends Error {
  override name = 'InventoryError';
  constructor(
    readonly kind: FailureKind,
    readonly status: number,
    readonly code: string | undefined,
    message: string,
  ) {
    super(message);
  }
}

const KINDS: Record<number, FailureKind> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
};

/** SAYMON's error answer (`{ code, message }`) as an `InventoryError`. */
export function failure(status: number, body: unknown): InventoryError {
  const { code, message } = (typeof body === 'object' && body !== null ? body : {}) as {
    code?: unknown;
    message?: unknown;
  };
  return new InventoryError(
    KINDS[status] ?? 'failed',
    status,
    typeof code === 'string' ? code : undefined,
    typeof message === 'string' ? message : `SAYMON answered ${status}`,
  );
}

export const basicAuth = ({ login, password }: SaymonConfig) => `Basic ${btoa(`${login}:${password}`)}`;

/**
 * The session's cookies from a login answer's `Set-Cookie` lines (Node), or, where a browser keeps
 * them from the script, the `csrf` one from `document.cookie` (the browser sends `sid` itself).
 */
export function sessionCookies(setCookie: readonly string[]): { sid?: string; csrf?: string } {
  const lines = setCookie.length > 0 ? setCookie : (globalThis.document?.cookie.split(';') ?? []);
  const found: { sid?: string; csrf?: string } = {};
  for (const line of lines) {
    const [pair = ''] = line.split(';');
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq).trim();
    if (name === 'sid' || name === 'csrf') found[name] = pair.slice(eq + 1).trim();
  }
  return found;
}
