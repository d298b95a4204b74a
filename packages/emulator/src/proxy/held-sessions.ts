/**
 * The real server's sessions, kept by the proxy: a login through it is answered with stand-ins
 * (random values that open nothing anywhere else) for the `sid` and `csrf` the server set, and the
 * proxy swaps them back on the way out. Clients, their logs and the recordings only ever see the
 * stand-ins; the real session never leaves the proxy's memory.
 */
import { randomBytes } from 'node:crypto';

interface Held {
  readonly sid: string;
  readonly csrf?: string;
  readonly csrfStandIn?: string;
}

const standIn = () => `proxy-${randomBytes(18).toString('base64url')}`;

/** `name=value` of each `Set-Cookie` line (attributes left out). */
function setCookieValues(lines: readonly string[]): Record<string, string> {
  const pairs = lines.map((line) => /^\s*([^=;\s]+)\s*=\s*([^;]*)/.exec(line)).filter((m) => m !== null);
  return Object.fromEntries(pairs.map((m) => [m[1], (m[2] ?? '').trim()]));
}

/** The cookies of a `Cookie` header, in order. */
function cookiePairs(header: string): [string, string][] {
  return header
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const at = part.indexOf('=');
      return at < 0 ? [part, ''] : [part.slice(0, at).trim(), part.slice(at + 1).trim()];
    });
}

const COOKIE_VALUE = /^[\x21-\x7e]+$/;

export class HeldSessions {
  readonly #byStandIn = new Map<string, Held>();

  /**
   * A login's answer: the real `sid` (cookie, or the body older servers fill with it) and `csrf`
   * kept, the stand-ins to answer with returned; `undefined` when the answer held no usable session.
   */
  hold(setCookie: readonly string[], body: string): { sid: string; csrf?: string } | undefined {
    const cookies = setCookieValues(setCookie);
    let sid = cookies.sid;
    if (!sid) {
      try {
        const value = JSON.parse(body) as unknown;
        if (typeof value === 'string') sid = value;
      } catch {
        sid = body.trim();
      }
    }
    if (!sid || !COOKIE_VALUE.test(sid) || /[;,]/.test(sid)) return undefined;
    const csrf = cookies.csrf && COOKIE_VALUE.test(cookies.csrf) ? cookies.csrf : undefined;
    const sidStandIn = standIn();
    const csrfStandIn = csrf ? standIn() : undefined;
    this.#byStandIn.set(sidStandIn, { sid, ...(csrf ? { csrf, csrfStandIn } : {}) });
    return { sid: sidStandIn, ...(csrfStandIn ? { csrf: csrfStandIn } : {}) };
  }

  /** The held session a request names by its stand-in (the `sid` cookie, or `X-Session-Id`). */
  #of(headers: Headers): { standIn: string; held: Held } | undefined {
    const sid =
      cookiePairs(headers.get('cookie') ?? '').find(([name]) => name === 'sid')?.[1] ??
      headers.get('x-session-id') ??
      undefined;
    const held = sid ? this.#byStandIn.get(sid) : undefined;
    return sid && held ? { standIn: sid, held } : undefined;
  }

  /** Puts the real session in place of the stand-ins in outgoing headers (changed in place). */
  swapIn(headers: Headers): void {
    const found = this.#of(headers);
    if (!found) return;
    const { held, standIn } = found;
    if (headers.get('x-session-id') === standIn) headers.set('x-session-id', held.sid);
    const cookie = headers.get('cookie');
    if (cookie !== null) {
      const cookies = cookiePairs(cookie).map(([name, value]): [string, string] => {
        if (name === 'sid' && value === standIn) return [name, held.sid];
        if (name === 'csrf' && held.csrf && value === held.csrfStandIn) return [name, held.csrf];
        return [name, value];
      });
      headers.set('cookie', cookies.map(([name, value]) => `${name}=${value}`).join('; '));
    }
    if (held.csrf && headers.get('x-csrf-token') === held.csrfStandIn) headers.set('x-csrf-token', held.csrf);
  }

  /** The real `sid` a stand-in stands for, if the proxy handed it out. */
  realSid(standIn: string): string | undefined {
    return this.#byStandIn.get(standIn)?.sid;
  }

  /** Forgets the session a logout named. */
  release(headers: Headers): void {
    const found = this.#of(headers);
    if (found) this.#byStandIn.delete(found.standIn);
  }

  /** The real values held: what no answer the proxy passes on may show (a server may echo its cookies). */
  realValues(): string[] {
    return [...this.#byStandIn.values()].flatMap((held) =>
      [held.sid, held.csrf].filter((v): v is string => v !== undefined),
    );
  }

  /** Every value held (real and stand-in): what a recording and a log line must never show. */
  secrets(): string[] {
    return [...this.#byStandIn].flatMap(([standIn, held]) =>
      [standIn, held.sid, held.csrf, held.csrfStandIn].filter((v): v is string => v !== undefined),
    );
  }
}
