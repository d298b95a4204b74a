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

  add(fault: Fault): ActiveFault {
    if (!KINDS.has(fault.kind))
      throw new Error(`Unknown fault kind "${String(fault.kind)}" (use ${[...KINDS].join(', ')})`);
    if (fault.rate !== undefined && !(fault.rate >= 0 && fault.rate <= 1))
      throw new Error('rate must be between 0 and 1');
    const active = { ...fault, id: this.nextId++, hits: 0 };
    this.faults.push(active);
    return active;
  }

  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  clear(): void {
    this.faults = [];
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
