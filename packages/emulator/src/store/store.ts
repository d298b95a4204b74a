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

/** What follows the state's changes for the data file (`StateText`): objects changed in place, or everything. */
export interface ChangeTracker {
  touch(...changed: object[]): void;
  touchAll(): void;
}

/**
 * The state plus the rules every handler shares: ids, the clock, per-object visibility, and the
 * audit and event logs. The `domain/` functions change `state` (handlers call them, never write it
 * themselves); the app saves after each change.
 */
export class Store {
  private current: StoreState;
  /** Told what changes (persistence encodes only that again). */
  private trackers = new Set<ChangeTracker>();
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
    this.current = fillDefaults(withSafeCollections(state), this.clock());
    for (const tracker of this.trackers) tracker.touchAll();
    this.changeCount++;
  }

  /** Tells `tracker` of every change from now on (the state is plain data; nothing is wrapped). */
  track(tracker: ChangeTracker): void {
    this.trackers.add(tracker);
    tracker.touchAll();
  }

  /**
   * Notes stored objects changed in place: a record whose fields were set, the entry of a
   * per-entity collection (`history[key]`, `stat[key]`) whose insides changed, an element of a
   * list. `domain/` functions call it after every such change; adding, removing or replacing an
   * entry, or pushing to a list, needs no note.
   */
  updated(...changed: unknown[]): void {
    if (this.trackers.size === 0) return;
    for (const value of changed)
      if (typeof value === 'object' && value !== null) for (const tracker of this.trackers) tracker.touch(value);
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

  /**
   * Notes a change made to `state` outside `change()` and the `domain/` functions (a test's
   * fixture, a control route): the answer cache drops its answers, the next save encodes the
   * whole state.
   */
  changed(): void {
    for (const tracker of this.trackers) tracker.touchAll();
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
    // the record described was changed in place (or is about to be dropped): it is encoded again
    this.updated(oldBody, newBody);
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

/** A deep copy of a record (the state is plain data, with a data file or without). */
export const copyOf = <T>(value: T): T => structuredClone(value);
