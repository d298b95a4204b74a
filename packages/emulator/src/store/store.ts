import type { AuditEntity } from './audit-entities.ts';
import { fillDefaults } from './defaults.ts';
import {
  type EntityKey,
  type Id,
  type ObjectRecord,
  type Rec,
  type State,
  type StoreState,
  type UserRecord,
  withSafeCollections,
} from './state.ts';

export type EntityKind = 'objects' | 'links' | 'classes' | 'flows';

/**
 * The state plus the rules every handler shares: ids, the clock, per-object visibility, and the
 * audit and event logs. The `domain/` functions change `state` (handlers call them, never write it
 * themselves); the app saves after each change.
 */
export class Store {
  private current: StoreState;
  /** Wraps every state this store is given (persistence watches what changes through it). */
  private wrap: ((state: StoreState) => StoreState) | undefined;
  private changes = 0;
  private changeCount = 0;

  constructor(
    state: State,
    private readonly clock: () => number = Date.now,
  ) {
    this.current = fillDefaults(withSafeCollections(state), clock());
  }

  /**
   * The state; every collection keyed by id has no prototype (see `withSafeCollections`), and
   * every object, link and class has the fields real servers always send (see `fillDefaults`).
   */
  get state(): StoreState {
    return this.current;
  }

  set state(state: State) {
    const safe = fillDefaults(withSafeCollections(state), this.clock());
    this.current = this.wrap ? this.wrap(safe) : safe;
    this.changeCount++;
  }

  /** Puts `wrap` around the state, now and every time it is replaced. */
  watch(wrap: (state: StoreState) => StoreState): void {
    this.wrap = wrap;
    this.current = wrap(this.current);
  }

  /**
   * Runs a change (a handler), counting it while it runs: `changing` is true while a change
   * that may hold references into the state has not finished (a synchronous one never is, after).
   * When it ends, failed or not, `version` moves on.
   */
  change<T>(run: () => T): T {
    return this.running(run, true);
  }

  /** Runs a handler known to change nothing: counted while it runs, as a change, but `version` stays. */
  read<T>(run: () => T): T {
    return this.running(run, false);
  }

  private running<T>(run: () => T, changes: boolean): T {
    this.changes++;
    const ended = () => {
      this.changes--;
      if (changes) this.changeCount++;
    };
    let result: T;
    try {
      result = run();
    } catch (error) {
      ended();
      throw error;
    }
    if (!(result instanceof Promise)) {
      ended();
      return result;
    }
    return result.finally(ended) as T;
  }

  get changing(): boolean {
    return this.changes > 0;
  }

  /**
   * Moves on at the end of every change (every handler run but those run with `read`: some reads
   * change the state, e.g. a manual state pin that falls due), every replacement of the state, and
   * every `changed()`. Equal versions mean the state was not changed through the store in between.
   */
  get version(): number {
    return this.changeCount;
  }

  /** Notes a change made to `state` outside `change()` (a test's fixture, a control route). */
  changed(): void {
    this.changeCount++;
  }

  now(): number {
    return this.clock();
  }

  /** A new 24-hex id, like SAYMON's (Mongo ObjectIds). */
  newId(): Id {
    this.state.meta.seq += 1;
    const time = Math.floor(this.now() / 1000)
      .toString(16)
      .padStart(8, '0');
    return `${time}${this.state.meta.seq.toString(16).padStart(16, '0')}`;
  }

  key(kind: EntityKind, id: Id): EntityKey {
    return `${kind}:${id}`;
  }

  /** An object by id or by discovery id (`discovery id:<x>` or a bare discovery id). */
  findObject(idOrDiscovery: string | number): ObjectRecord | undefined {
    const id = String(idOrDiscovery);
    const direct = this.state.objects[id];
    if (direct) return direct;
    const discovery = id.replace(/^discovery id:/, '');
    return Object.values(this.state.objects).find(
      (o) => o.discovery_id !== undefined && String(o.discovery_id) === discovery,
    );
  }

  parentsOf(object: Rec): Id[] {
    const parent = object.parent_id;
    if (Array.isArray(parent)) return parent.map(String);
    return parent === undefined || parent === null || parent === '' ? [] : [String(parent)];
  }

  /**
   * Whether the user may see an object: the nearest of its ancestors (itself included) named in
   * the user's `objectPermissions.include` or `exclude` decides.
   */
  canSeeObject(user: UserRecord, id: Id, seen = new Set<Id>()): boolean {
    const { include, exclude } = user.objectPermissions;
    if (exclude.includes(id)) return false;
    if (include.includes(id)) return true;
    if (seen.has(id)) return false;
    seen.add(id);
    const object = this.state.objects[id];
    if (!object) return false;
    return this.parentsOf(object).some((parent) => this.canSeeObject(user, parent, seen));
  }

  /** A link is visible when both of its ends are. */
  canSeeLink(user: UserRecord, link: Rec): boolean {
    return this.canSeeObject(user, String(link.source)) && this.canSeeObject(user, String(link.target));
  }

  /** Records an audit log entry for a change made by a user. */
  audit(
    user: UserRecord | undefined,
    kind: string,
    entityType: AuditEntity,
    entityId: Id,
    oldBody: unknown,
    newBody: unknown,
  ) {
    this.state.auditLog.push({
      id: this.newId(),
      userId: user?.id ?? null,
      kind,
      entityType,
      entityId,
      // copies: the entry shows the record as it was (and no record is reachable from two places)
      oldBody: copyOf(oldBody ?? null),
      newBody: copyOf(newBody ?? null),
      timestamp: this.now(),
    });
    trim(this.state.auditLog, 5000);
  }

  /** Records an event log entry (what SAYMON shows in its event log). */
  event(
    type: number,
    entity: { entityId: Id; entityName?: string; entityType: number } | undefined,
    payload: Record<string, unknown>,
    level = 'info',
  ) {
    this.state.eventLog.push({
      id: this.newId(),
      _id: this.state.meta.seq.toString(16),
      type,
      level,
      entity: entity ?? null,
      payload,
      timestamp: this.now(),
    });
    trim(this.state.eventLog, 5000);
  }
}

function trim(list: unknown[], max: number) {
  if (list.length > max) list.splice(0, list.length - max);
}

/**
 * A deep copy of a record or of a whole collection. With a data file the collections are proxies
 * (`state-text.ts`) and `structuredClone` refuses a proxy: a collection is unwrapped one level
 * first, since the records in it are plain.
 */
export function copyOf<T>(value: T): T {
  if (Array.isArray(value)) return structuredClone([...value]) as T;
  if (typeof value === 'object' && value !== null) return structuredClone({ ...value });
  return value;
}
