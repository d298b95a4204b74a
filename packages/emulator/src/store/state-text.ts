/**
 * The state's JSON for the data file, as UTF-8 bytes, encoding again only what may have changed
 * since the last time: serialising and encoding the whole state (megabytes once metric history
 * and logs fill up) costs tens of milliseconds, during which no request is answered.
 *
 * `wrap` puts a proxy in front of the state and of each collection in it: keyed collections
 * (`objects`, `history`, ...) and lists (`auditLog`, ...); the records inside stay plain. What
 * code reaches through a proxy — an entry or element, a list changed, a collection replaced — is
 * marked, and only marked parts are encoded again at the next `chunks()`; the rest are the bytes
 * kept from before. A record handed out stays marked while a change that may still
 * hold it is running (`busy`), until a `chunks()` runs while none is.
 *
 * The result is `JSON.stringify(state)` as long as no record is reachable from two places (an
 * object changed through one would be saved anew only there). The store keeps it so: the audit
 * log holds copies of the records it describes.
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
const isIndex = (key: string | symbol): key is string => typeof key === 'string' && /^(0|[1-9]\d*)$/.test(key);

const byte = (code: number): Part => Uint8Array.of(code) as Part;
const [COMMA, OPEN_DICT, CLOSE_DICT, OPEN_LIST, CLOSE_LIST] = [',', '{', '}', '[', ']'].map((c) =>
  byte(c.charCodeAt(0)),
) as [Part, Part, Part, Part, Part];

/** `open` + the parts separated by commas + `close`, as a list of chunks (nothing is copied). */
function enclose(parts: readonly Part[], open: Part, close: Part, head?: Part): Part[] {
  const out: Part[] = head ? [head, open] : [open];
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) out.push(COMMA);
    out.push(parts[i] as Part);
  }
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
  const json = JSON.stringify(value) as string | undefined;
  return json === undefined ? undefined : encode(`${JSON.stringify(key)}:${json}`);
}

interface Collection {
  target: object;
  proxy: object;
  /** The member's chunks (`"key":{...}`) from the last `chunks()` (`undefined`: build them again). */
  kept: Part[] | undefined;
  /** Keyed collections: each entry's member bytes from the last `chunks()`. */
  entries: Map<string, Part>;
}

/** List methods that move or add elements without handing any out to the caller's code. */
const REARRANGING = new Set(['push', 'pop', 'shift', 'unshift', 'splice']);

export class StateText {
  private state: object = {};
  private collections = new Map<string, Collection>();
  /** Members that are neither keyed collections nor lists (numbers, strings): their bytes. */
  private scalars = new Map<string, Part>();
  /** Collections (or members) that may have changed as a whole. */
  private touched = new Set<string>();
  /** Entries of keyed collections that may have changed, by collection. */
  private touchedEntries = new Map<string, Set<string>>();
  /** Collections whose chunks must be listed again (an entry or element changed, or the list did). */
  private changed = new Set<string>();
  /** List elements handed out (they may have changed), and the bytes of the others. */
  private touchedElements = new Set<object>();
  private elements = new WeakMap<object, Part>();

  /** `busy`: whether a change is running that may still hold records it reached. */
  constructor(private readonly busy: () => boolean = () => false) {}

  /** The state behind a proxy that marks what is reached through it; everything is marked at first. */
  wrap<S extends State>(state: S): S {
    this.state = state;
    this.collections = new Map();
    this.scalars = new Map();
    this.touched = new Set();
    this.touchedEntries = new Map();
    this.changed = new Set();
    this.touchedElements = new Set();
    this.elements = new WeakMap();
    // a proxy answers every read as the target would: it has the target's type
    return new Proxy<S>(state, this.top);
  }

  /** The state's JSON text (for tests). */
  text(): string {
    return new TextDecoder().decode(concatenate(this.chunks()));
  }

  /**
   * UTF-8 bytes of `JSON.stringify(state)` as a list of chunks to write one after another (no
   * copy of the whole), from kept bytes where nothing was reached.
   */
  chunks(): Part[] {
    const members: Part[][] = [];
    for (const key of Object.keys(this.state)) {
      const member = this.memberChunks(key, Reflect.get(this.state, key));
      if (member) members.push(member);
    }
    if (!this.busy()) {
      this.touched.clear();
      this.touchedEntries.clear();
      this.touchedElements.clear();
      this.changed.clear();
    }
    const out: Part[] = [OPEN_DICT];
    members.forEach((member, i) => {
      if (i > 0) out.push(COMMA);
      for (const chunk of member) out.push(chunk);
    });
    out.push(CLOSE_DICT);
    return out;
  }

  private memberChunks(key: string, value: unknown): Part[] | undefined {
    if (!isDict(value) && !Array.isArray(value)) {
      let part = this.touched.has(key) ? undefined : this.scalars.get(key);
      part ??= member(key, value);
      if (part) this.scalars.set(key, part);
      else this.scalars.delete(key);
      return part && [part];
    }
    const collection = this.collection(key, value);
    if (collection.kept && !this.changed.has(key) && !this.touched.has(key) && !this.touchedEntries.has(key)) {
      return collection.kept;
    }
    const head = encode(`${JSON.stringify(key)}:`);
    collection.kept = Array.isArray(value)
      ? enclose(this.elementParts(value), OPEN_LIST, CLOSE_LIST, head)
      : enclose(this.entryParts(key, value, collection), OPEN_DICT, CLOSE_DICT, head);
    return collection.kept;
  }

  private entryParts(key: string, target: Dict, collection: Collection): Part[] {
    const kept = this.touched.has(key) ? new Map<string, Part>() : collection.entries;
    const touched = this.touchedEntries.get(key);
    const entries = new Map<string, Part>();
    const parts: Part[] = [];
    for (const entry of Object.keys(target)) {
      const part = (touched?.has(entry) ? undefined : kept.get(entry)) ?? member(entry, target[entry]);
      if (!part) continue;
      entries.set(entry, part);
      parts.push(part);
    }
    collection.entries = entries;
    return parts;
  }

  private elementParts(list: readonly unknown[]): Part[] {
    const parts: Part[] = [];
    for (const element of list) {
      if (!isObject(element)) {
        parts.push(encode(JSON.stringify(element) ?? 'null'));
        continue;
      }
      let part = this.touchedElements.has(element) ? undefined : this.elements.get(element);
      if (!part) {
        part = encode(JSON.stringify(element) ?? 'null');
        this.elements.set(element, part);
      }
      parts.push(part);
    }
    return parts;
  }

  /** The proxy of a collection (a new one, with nothing kept, when the member was replaced). */
  private collection(key: string, target: Dict | unknown[]): Collection {
    let collection = this.collections.get(key);
    if (collection?.target !== target) {
      const handler = Array.isArray(target) ? this.list(key) : this.entriesOf(key);
      collection = { target, proxy: new Proxy(target, handler), kept: undefined, entries: new Map() };
      this.collections.set(key, collection);
      this.touched.add(key);
    }
    return collection;
  }

  private touchEntry(collection: string, entry: string | symbol) {
    if (typeof entry !== 'string') return;
    let set = this.touchedEntries.get(collection);
    if (!set) {
      set = new Set();
      this.touchedEntries.set(collection, set);
    }
    set.add(entry);
  }

  /** The state's proxy: collections are handed out behind their own proxies. */
  private readonly top: ProxyHandler<object> = {
    get: (target, key) => {
      const value = Reflect.get(target, key);
      if (typeof key !== 'string') return value;
      if (isDict(value) || Array.isArray(value)) return this.collection(key, value).proxy;
      if (isObject(value)) this.touched.add(key);
      return value;
    },
    getOwnPropertyDescriptor: (target, key) => {
      if (typeof key === 'string' && isObject(Reflect.get(target, key))) this.touched.add(key);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    set: (target, key, value) => {
      if (typeof key === 'string') this.touched.add(key);
      return Reflect.set(target, key, value);
    },
    defineProperty: (target, key, descriptor) => {
      if (typeof key === 'string') this.touched.add(key);
      return Reflect.defineProperty(target, key, descriptor);
    },
    deleteProperty: (target, key) => {
      if (typeof key === 'string') this.touched.add(key);
      return Reflect.deleteProperty(target, key);
    },
  };

  /** A keyed collection's proxy: an entry reached, set or deleted is marked. */
  private entriesOf(collection: string): ProxyHandler<Dict> {
    return {
      get: (target, key) => {
        const value = Reflect.get(target, key);
        if (isObject(value)) this.touchEntry(collection, key);
        return value;
      },
      getOwnPropertyDescriptor: (target, key) => {
        if (typeof key === 'string' && isObject(target[key])) this.touchEntry(collection, key);
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      set: (target, key, value) => {
        this.touchEntry(collection, key);
        return Reflect.set(target, key, value);
      },
      defineProperty: (target, key, descriptor) => {
        this.touchEntry(collection, key);
        return Reflect.defineProperty(target, key, descriptor);
      },
      deleteProperty: (target, key) => {
        this.touchEntry(collection, key);
        return Reflect.deleteProperty(target, key);
      },
    };
  }

  /**
   * A list's proxy: an element reached is marked; `push`, `splice` and the like run on the list
   * itself (through the proxy they would reach, and mark, every element they move).
   */
  private list(collection: string): ProxyHandler<unknown[]> {
    const changed = () => this.changed.add(collection);
    return {
      get: (target, key) => {
        if (typeof key === 'string' && REARRANGING.has(key)) {
          const method = Reflect.get(Array.prototype, key) as (...args: unknown[]) => unknown;
          return (...args: unknown[]) => {
            changed();
            const out = method.apply(target, args);
            // what `pop`, `shift` and `splice` take out is handed to the caller
            for (const removed of Array.isArray(out) ? out : [out])
              if (isObject(removed)) this.touchedElements.add(removed);
            return out;
          };
        }
        const value = Reflect.get(target, key);
        if (isIndex(key) && isObject(value)) {
          this.touchedElements.add(value);
          changed();
        }
        return value;
      },
      getOwnPropertyDescriptor: (target, key) => {
        const value = isIndex(key) ? target[Number(key)] : undefined;
        if (isObject(value)) this.touchedElements.add(value);
        changed();
        return Reflect.getOwnPropertyDescriptor(target, key);
      },
      set: (target, key, value) => {
        changed();
        return Reflect.set(target, key, value);
      },
      defineProperty: (target, key, descriptor) => {
        changed();
        return Reflect.defineProperty(target, key, descriptor);
      },
      deleteProperty: (target, key) => {
        changed();
        return Reflect.deleteProperty(target, key);
      },
    };
  }
}
