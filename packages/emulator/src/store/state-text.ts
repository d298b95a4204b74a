/**
 * The state's JSON for the data file, as UTF-8 bytes, encoding again only what may have changed
 * since the last time: serialising and encoding the whole state (megabytes once metric history
 * and logs fill up) costs tens of milliseconds, during which no request is answered.
 *
 * The state stays plain data (no proxies: `structuredClone`, spreads and `JSON.stringify` of a
 * collection behave as without a data file). What changed is found two ways:
 * - by identity: the bytes of each entry of a keyed collection (`objects`, `history`, ...) and of
 *   each object in a list (`auditLog`, ...) are kept with the object they encode; an entry added,
 *   removed or replaced by another object, an element pushed or spliced, is seen without help;
 * - by mark: an object changed in place (a record's field set, a point pushed into a series) is
 *   named with `touch` — the store's `updated()`, which the `domain/` functions call after each
 *   such change (and `audit()` calls for the record it describes). `touchAll()` forgets every
 *   kept byte (a replaced state, a failed save's rollback, `store.changed()` after direct writes).
 * Values that are not objects (`meta.seq`, a configuration flag) are encoded every time.
 *
 * The result is `JSON.stringify(state)` as long as no stored object is reachable from two places
 * and every change in place is marked: `test/state-file.test.ts` checks it after every endpoint's
 * scenario, and that a restart from the file keeps every write.
 */
import type { State } from './state.ts';

type Dict = Record<string, unknown>;
type Part = Uint8Array<ArrayBuffer>;

const encoder = new TextEncoder();
const encode = (text: string): Part => encoder.encode(text) as Part;

const isDict = (value: unknown): value is Dict => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
};
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

const byte = (code: number): Part => Uint8Array.of(code) as Part;
const COMMA = byte(0x2c);
const OPEN_DICT = byte(0x7b);
const CLOSE_DICT = byte(0x7d);
const OPEN_LIST = byte(0x5b);
const CLOSE_LIST = byte(0x5d);

/** `open` + the parts separated by commas + `close`, as a list of chunks (nothing is copied). */
function enclose(parts: readonly Part[], open: Part, close: Part, head?: Part): Part[] {
  const out: Part[] = head ? [head, open] : [open];
  parts.forEach((part, i) => {
    if (i > 0) out.push(COMMA);
    out.push(part);
  });
  out.push(close);
  return out;
}

/** The chunks in one buffer. */
export function concatenate(chunks: readonly Uint8Array[]): Part {
  let size = 0;
  for (const chunk of chunks) size += chunk.length;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** `"key":` + the value's JSON, or `undefined` where `JSON.stringify` leaves the member out. */
function member(key: string, value: unknown): Part | undefined {
  const json: string | undefined = JSON.stringify(value);
  return json === undefined ? undefined : encode(`${JSON.stringify(key)}:${json}`);
}

/** An entry's bytes (`"key":{...}`) with the object they encode. */
interface Kept {
  value: object;
  part: Part;
}

export class StateText {
  /** Per keyed collection, per entry whose value is an object: its bytes from the last `chunks()`. */
  private entries = new Map<string, Map<string, Kept>>();
  /** The bytes of objects in lists, from the last `chunks()`. */
  private elements = new WeakMap<object, Part>();
  /** Objects changed in place since the last `chunks()`. */
  private touched = new Set<object>();

  /** `state` gives the state to encode (the store's current one). */
  constructor(private readonly state: () => State) {}

  /** Notes that stored objects were changed in place: an entry of a collection, an element of a list. */
  touch(...changed: object[]): void {
    for (const value of changed) this.touched.add(value);
  }

  /** Forgets every kept byte: the next `chunks()` encodes the whole state. */
  touchAll(): void {
    this.entries = new Map();
    this.elements = new WeakMap();
    this.touched.clear();
  }

  /** The state's JSON text (for tests). */
  text(): string {
    return new TextDecoder().decode(concatenate(this.chunks()));
  }

  /**
   * UTF-8 bytes of `JSON.stringify(state)` as a list of chunks to write one after another (no
   * copy of the whole), from kept bytes where nothing changed.
   */
  chunks(): Part[] {
    const state: Dict = { ...this.state() };
    const members: Part[][] = [];
    for (const key of Object.keys(state)) {
      const chunks = this.memberChunks(key, state[key]);
      if (chunks) members.push(chunks);
    }
    for (const key of this.entries.keys()) if (!isDict(state[key])) this.entries.delete(key);
    this.touched.clear();
    const out: Part[] = [OPEN_DICT];
    members.forEach((chunks, i) => {
      if (i > 0) out.push(COMMA);
      out.push(...chunks);
    });
    out.push(CLOSE_DICT);
    return out;
  }

  private memberChunks(key: string, value: unknown): Part[] | undefined {
    if (Array.isArray(value))
      return enclose(this.elementParts(value), OPEN_LIST, CLOSE_LIST, encode(`${JSON.stringify(key)}:`));
    if (isDict(value))
      return enclose(this.entryParts(key, value), OPEN_DICT, CLOSE_DICT, encode(`${JSON.stringify(key)}:`));
    const part = member(key, value);
    return part && [part];
  }

  private entryParts(collection: string, target: Dict): Part[] {
    const before = this.entries.get(collection);
    const kept = new Map<string, Kept>();
    const parts: Part[] = [];
    for (const key of Object.keys(target)) {
      const value = target[key];
      const previous = before?.get(key);
      let part: Part | undefined;
      if (isObject(value) && previous?.value === value && !this.touched.has(value)) part = previous.part;
      else part = member(key, value);
      if (!part) continue;
      if (isObject(value)) kept.set(key, { value, part });
      parts.push(part);
    }
    this.entries.set(collection, kept);
    return parts;
  }

  private elementParts(list: readonly unknown[]): Part[] {
    return list.map((element) => {
      if (!isObject(element)) return encode(JSON.stringify(element) ?? 'null');
      let part = this.touched.has(element) ? undefined : this.elements.get(element);
      if (!part) {
        part = encode(JSON.stringify(element) ?? 'null');
        this.elements.set(element, part);
      }
      return part;
    });
  }
}
