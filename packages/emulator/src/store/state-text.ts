/**
 * The state's JSON text for the data file, re-serialising only what may have changed since the
 * last time: a save of the whole state (megabytes once metric history and logs fill up) costs
 * tens of milliseconds, during which no request is answered.
 *
 * `wrap` puts a proxy in front of the state and of each keyed collection in it (`objects`,
 * `history`, ...; records and lists inside them stay plain). Whatever code reaches through a
 * proxy — an entry of a collection, a list, a replaced or deleted collection — is marked as
 * possibly changed, and its text is built again at the next `text()`; the rest comes from the
 * texts kept from before. A reference handed out stays marked while a change that may still
 * hold it is running (`busy`): its text is built again at every `text()` until one runs while
 * no change is under way. The result is exactly `JSON.stringify(state)` (the tests compare).
 */
import type { State } from './state.ts';

type Dict = Record<string, unknown>;

const isDict = (value: unknown): value is Dict => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === null || proto === Object.prototype;
};

const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** The JSON text of a member, `undefined` where `JSON.stringify` leaves the member out. */
const memberText = (value: unknown): string | undefined => JSON.stringify(value) as string | undefined;

interface Collection {
  target: Dict;
  proxy: Dict;
  /** Entry texts from the last `text()`. */
  texts: Map<string, string>;
}

export class StateText {
  private state: Dict = {};
  /** Top-level members that are not keyed collections (lists, `meta` values, ...): their texts. */
  private wholeTexts = new Map<string, string>();
  private collections = new Map<string, Collection>();
  /** Top-level members that may have changed as a whole. */
  private touched = new Set<string>();
  /** Entries of keyed collections that may have changed, by collection. */
  private touchedEntries = new Map<string, Set<string>>();

  /** `busy`: whether a change is running that may still hold references into the state. */
  constructor(private readonly busy: () => boolean = () => false) {}

  /** The state behind a proxy that marks what is reached through it; everything is marked at first. */
  wrap(state: State): State {
    this.state = state as unknown as Dict;
    this.wholeTexts = new Map();
    this.collections = new Map();
    this.touched = new Set();
    this.touchedEntries = new Map();
    return new Proxy(this.state, this.top) as unknown as State;
  }

  /** `JSON.stringify` of the wrapped state, from kept texts where nothing was reached. */
  text(): string {
    const parts: string[] = [];
    for (const key of Object.keys(this.state)) {
      const value = this.state[key];
      const text = isDict(value) ? this.collectionText(key, value) : this.wholeText(key, value);
      if (text !== undefined) parts.push(`${JSON.stringify(key)}:${text}`);
    }
    if (!this.busy()) {
      this.touched.clear();
      this.touchedEntries.clear();
    }
    return `{${parts.join(',')}}`;
  }

  private wholeText(key: string, value: unknown): string | undefined {
    let text = this.touched.has(key) ? undefined : this.wholeTexts.get(key);
    if (text === undefined) {
      text = memberText(value);
      if (text === undefined) this.wholeTexts.delete(key);
      else this.wholeTexts.set(key, text);
    }
    return text;
  }

  private collectionText(key: string, target: Dict): string {
    const collection = this.collection(key, target);
    const kept = this.touched.has(key) ? new Map<string, string>() : collection.texts;
    const touched = this.touchedEntries.get(key);
    const texts = new Map<string, string>();
    const parts: string[] = [];
    for (const entry of Object.keys(target)) {
      let text = touched?.has(entry) ? undefined : kept.get(entry);
      text ??= memberText(target[entry]);
      if (text === undefined) continue;
      texts.set(entry, text);
      parts.push(`${JSON.stringify(entry)}:${text}`);
    }
    collection.texts = texts;
    return `{${parts.join(',')}}`;
  }

  /** The proxy of a keyed collection (a new one, with no kept texts, when the member was replaced). */
  private collection(key: string, target: Dict): Collection {
    let collection = this.collections.get(key);
    if (collection?.target !== target) {
      collection = { target, proxy: new Proxy(target, this.entries(key)), texts: new Map() };
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

  /** The state's proxy: a keyed collection is handed out behind its own proxy, any other object is marked. */
  private readonly top: ProxyHandler<Dict> = {
    get: (target, key) => {
      const value = Reflect.get(target, key);
      if (typeof key !== 'string') return value;
      if (isDict(value)) return this.collection(key, value).proxy;
      if (isObject(value)) this.touched.add(key);
      return value;
    },
    getOwnPropertyDescriptor: (target, key) => {
      if (typeof key === 'string' && isObject(target[key])) this.touched.add(key);
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
  private entries(collection: string): ProxyHandler<Dict> {
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
}
