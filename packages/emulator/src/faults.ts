import type { MiddlewareHandler } from 'hono';

/**
 * Faults for reliability tests of clients, matched by method and path and applied before the
 * request is handled. Set at start (`faults` option) or at runtime with
 * `POST /__emulator/faults`; off by default.
 */
export type FaultKind = 'latency' | 'error' | 'reset' | 'truncate' | 'html502';

export interface Fault {
  kind: FaultKind;
  /** HTTP method to match (any when omitted). */
  method?: string;
  /** Path to match: exact, or a prefix ending in `*` (any when omitted). */
  path?: string;
  /** Added delay in ms (`latency`; also delays the other kinds). */
  delayMs?: number;
  /** Status for `error` (default 503). */
  status?: number;
  /** Share of matching requests affected, 0..1 (default 1). */
  rate?: number;
  /** Apply to this many matching requests, then stop (default: unlimited). */
  times?: number;
}

export interface ActiveFault extends Fault {
  id: number;
  /** How many requests this fault has hit. */
  hits: number;
}

const KINDS = new Set<FaultKind>(['latency', 'error', 'reset', 'truncate', 'html502']);
const FIELDS = new Set(['kind', 'method', 'path', 'delayMs', 'status', 'rate', 'times']);
/** The longest delay a fault may add: 10 minutes. */
const MAX_DELAY_MS = 600_000;

/**
 * Checks a fault definition field by field, so that a wrong one is refused when it is set
 * instead of breaking every request it matches. Throws a message naming the field.
 */
export function checkFault(fault: unknown): asserts fault is Fault {
  if (typeof fault !== 'object' || fault === null || Array.isArray(fault))
    throw new Error('a fault must be an object like { "kind": "error", "status": 503 }');
  const f = fault as Record<string, unknown>;
  const unknown = Object.keys(f).filter((key) => !FIELDS.has(key));
  if (unknown.length > 0) throw new Error(`unknown field "${unknown[0]}" (use ${[...FIELDS].join(', ')})`);
  if (!KINDS.has(f.kind as FaultKind))
    throw new Error(`Unknown fault kind "${String(f.kind)}" (use ${[...KINDS].join(', ')})`);
  if (f.method !== undefined && (typeof f.method !== 'string' || !/^[A-Za-z]+$/.test(f.method)))
    throw new Error('method must be an HTTP method name such as "GET"');
  if (f.path !== undefined && (typeof f.path !== 'string' || !f.path.startsWith('/')))
    throw new Error('path must be a string starting with "/" (a trailing "*" matches a prefix)');
  if (f.delayMs !== undefined && !(typeof f.delayMs === 'number' && f.delayMs >= 0 && f.delayMs <= MAX_DELAY_MS))
    throw new Error(`delayMs must be a number of milliseconds from 0 to ${MAX_DELAY_MS}`);
  if (
    f.status !== undefined &&
    !(Number.isInteger(f.status) && (f.status as number) >= 400 && (f.status as number) <= 599)
  )
    throw new Error('status must be an integer from 400 to 599');
  if (f.rate !== undefined && !(typeof f.rate === 'number' && f.rate >= 0 && f.rate <= 1))
    throw new Error('rate must be between 0 and 1');
  if (f.times !== undefined && !(Number.isInteger(f.times) && (f.times as number) >= 0))
    throw new Error('times must be a whole number of requests (0 or more)');
}

export class FaultSet {
  private faults: ActiveFault[] = [];
  private nextId = 1;
  private random: () => number;

  constructor(initial: Fault[] = [], seed = 1) {
    // a small seeded generator: the same faults hit the same requests run after run
    let state = seed >>> 0 || 1;
    this.random = () => {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    for (const fault of initial) this.add(fault);
  }

  /** Adds a fault after checking it (throws a message saying what is wrong). */
  add(fault: Fault): ActiveFault {
    checkFault(fault);
    const active = { ...fault, id: this.nextId++, hits: 0 };
    this.faults.push(active);
    return active;
  }

  /** Adds several faults, or none of them when one is wrong. */
  addAll(faults: Fault[]): ActiveFault[] {
    faults.forEach((fault, i) => {
      try {
        checkFault(fault);
      } catch (error) {
        throw new Error(faults.length > 1 ? `fault ${i + 1}: ${(error as Error).message}` : (error as Error).message);
      }
    });
    return faults.map((fault) => this.add(fault));
  }

  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  clear(): void {
    this.faults = [];
  }

  /** How many faults are set. */
  get size(): number {
    return this.faults.length;
  }

  /** The fault to apply to a request, if any (counts the hit). */
  match(method: string, path: string): ActiveFault | undefined {
    for (const fault of this.faults) {
      if (fault.method && fault.method.toUpperCase() !== method.toUpperCase()) continue;
      if (fault.path && !(fault.path.endsWith('*') ? path.startsWith(fault.path.slice(0, -1)) : path === fault.path))
        continue;
      if (fault.times !== undefined && fault.hits >= fault.times) continue;
      if (fault.rate !== undefined && this.random() >= fault.rate) continue;
      fault.hits++;
      return fault;
    }
    return undefined;
  }
}

export const HTML_502 =
  '<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

/** The error an in-process `fetch` rejects with for a `reset` fault (there is no socket to destroy). */
export class ConnectionReset extends TypeError {
  constructor() {
    super('Injected fault: connection reset');
  }
}

/**
 * The middleware that applies faults to API requests (the control routes and CORS preflights are
 * never faulted): it waits `delayMs`, then answers the fault instead of the API, or (`truncate`)
 * cuts the API's answer in half.
 */
export function injectFaults(faults: FaultSet): MiddlewareHandler {
  return async (c, next) => {
    if (faults.size === 0 || c.req.method === 'OPTIONS') return next();
    const path = new URL(c.req.url).pathname;
    const fault = path.startsWith('/__emulator/') ? undefined : faults.match(c.req.method, path);
    if (!fault) return next();
    if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
    switch (fault.kind) {
      case 'latency':
        return next();
      case 'error':
        return c.json(
          { code: 'Fault', message: `Injected fault: HTTP ${fault.status ?? 503}` },
          (fault.status ?? 503) as 503,
        );
      case 'html502':
        return c.html(HTML_502, 502);
      case 'reset': {
        const socket = (c.env as { incoming?: { socket?: { destroy(): void } } } | undefined)?.incoming?.socket;
        if (!socket) throw new ConnectionReset();
        socket.destroy();
        return new Response(null);
      }
      case 'truncate': {
        await next();
        const text = await c.res.text();
        const cut = text.slice(0, Math.max(1, Math.floor(text.length / 2)));
        c.res = new Response(cut, { status: c.res.status, headers: { 'content-type': 'application/json' } });
        return;
      }
    }
  };
}
