/**
 * The emulator's whole state: plain JSON, so it can be saved and loaded as it is. Records use
 * the same field names as SAYMON's API; what the API never shows (passwords, stored files) is
 * kept in fields it strips before answering.
 */
import type { EndpointById, EndpointId } from '@saymon-sdk/core';
import type * as z from 'zod/mini';

export type Id = string;
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type Rec = Record<string, unknown> & { id: Id };

/**
 * What an endpoint answers on the wire: its response schema's input type (ids as given, unknown
 * fields allowed), one item for a list answer. Records are stored in this shape, so that a handler
 * hands out what it stores without a cast (see `HandlerResult`).
 */
export type WireOf<K extends EndpointId> =
  EndpointById<K> extends { schemas: () => { response: infer R } }
    ? z.input<R> extends readonly (infer T)[]
      ? T
      : z.input<R>
    : never;

/** A stored record of the kind the endpoint `K` answers with. */
export type RecordOf<K extends EndpointId> = Rec & WireOf<K>;

export type ObjectRecord = RecordOf<'objects.get'>;
export type LinkRecord = RecordOf<'links.get'>;
export type ClassRecord = RecordOf<'classes.get'>;
export type PropertyRecord = RecordOf<'properties.createForObject'>;
export type OperationRecord = RecordOf<'operations.createForObject'>;
/** An incident as `incidents.get` answers it; `_archived` (never sent) marks one moved to history. */
export type IncidentRecord = RecordOf<'incidents.get'> & { _archived?: true };

/** A metric token: whoever holds its id reads one metric of one entity. */
export interface MetricTokenRecord extends Rec {
  entityId: Id;
  /** 1 object, 2 link. */
  entityType: number;
  metric: string;
  createdBy: Id;
  created: number;
}

/** `objects:<id>`, `links:<id>`, `classes:<id>` or `flows:<id>`: the key of per-entity data. */
export type EntityKey = string;

export interface UserRecord extends Rec {
  login: string;
  /** Never sent: stripped by the users handlers. */
  password: string;
  permissions: string[];
  objectPermissions: { include: Id[]; exclude: Id[] };
  authenticationToken: string | null;
  group?: Id | Id[] | null;
  status?: number;
  /** As `users.setFavorites` answers them (stored from its validated body). */
  favorites?: WireOf<'users.setFavorites'>[];
}

export interface SessionRecord {
  userId: Id;
  csrf: string;
  created: number;
  lastSeen: number;
  /** Opened with the user's API token: it ends when that token is revoked or replaced. */
  viaToken?: true;
}

export interface StoredFile {
  /** Base64 of the file's bytes. */
  data: string;
  contentType: string;
  name: string;
}

export interface State {
  meta: { version: 1; seq: number; seed: string };
  objects: Record<Id, Rec>;
  links: Record<Id, Rec>;
  refs: Record<Id, Rec>;
  classes: Record<Id, Rec>;
  flows: Record<Id, Rec>;
  /** Documents by id; `owner` is the entity key they belong to. */
  documents: Record<Id, Rec & { owner: EntityKey }>;
  /** Uploaded files by uid (served under `/node-resources/docs/uid/<uid>/...`). */
  files: Record<string, StoredFile>;
  images: Record<string, StoredFile>;
  tags: Record<Id, Rec>;
  presets: Record<Id, Rec>;
  dictionaries: Record<Id, Rec>;
  dictionaryGroups: Record<Id, Rec>;
  scripts: Record<Id, Rec>;
  notificationTemplates: Record<Id, Rec>;
  propertyClasses: Record<Id, Rec>;
  propertyValueTypes: Rec[];
  states: Record<Id, Rec>;
  incidentLevels: Record<Id, Rec>;
  historyAnnotations: Record<Id, Rec>;
  metricTokens: Record<Id, MetricTokenRecord>;
  userGroups: Record<Id, Rec>;
  users: Record<Id, UserRecord>;
  sessions: Record<string, SessionRecord>;
  configuration: Record<string, unknown>;
  /** Per entity key: state conditions, incident conditions, state triggers, stat rules. */
  stateConditions: Record<EntityKey, unknown[]>;
  incidentConditions: Record<EntityKey, unknown[]>;
  stateTriggers: Record<EntityKey, unknown[]>;
  statRules: Record<EntityKey, unknown[]>;
  /** Last pushed stat and stat metadata per entity key. */
  stat: Record<EntityKey, Record<string, unknown>>;
  statMeta: Record<EntityKey, Record<string, unknown>>;
  /** Metric history per entity key and metric: `[ms, value]` points, oldest first. */
  history: Record<EntityKey, Record<string, [number, number][]>>;
  stateHistory: Rec[];
  incidents: Record<Id, IncidentRecord>;
  jobs: Record<Id, Rec>;
  bulks: Record<Id, Rec>;
  mqttSubscriptions: Rec[];
  auditLog: Rec[];
  sessionLog: Rec[];
  eventLog: Rec[];
  blockedRequests: Rec[];
}

/**
 * The state a `Store` holds: a `State` whose objects, links and classes carry every field real
 * servers always send (`fillDefaults` adds the missing ones when the store takes a state), typed
 * as the registry's answers describe them.
 */
export interface StoreState extends State {
  objects: Record<Id, ObjectRecord>;
  links: Record<Id, LinkRecord>;
  classes: Record<Id, ClassRecord>;
  /** Rules as their read calls answer them (stored from the set calls' validated bodies). */
  stateConditions: Record<EntityKey, WireOf<'objects.stateConditions'>[]>;
  incidentConditions: Record<EntityKey, WireOf<'objects.incidentConditions'>[]>;
  stateTriggers: Record<EntityKey, WireOf<'objects.stateTriggers'>[]>;
  statRules: Record<EntityKey, WireOf<'statRules.listForObject'>[]>;
}

export function emptyState(seed = 'empty'): State {
  return {
    meta: { version: 1, seq: 0, seed },
    objects: {},
    links: {},
    refs: {},
    classes: {},
    flows: {},
    documents: {},
    files: {},
    images: {},
    tags: {},
    presets: {},
    dictionaries: {},
    dictionaryGroups: {},
    scripts: {},
    notificationTemplates: {},
    propertyClasses: {},
    propertyValueTypes: [],
    states: {},
    incidentLevels: {},
    historyAnnotations: {},
    metricTokens: {},
    userGroups: {},
    users: {},
    sessions: {},
    configuration: {},
    stateConditions: {},
    incidentConditions: {},
    stateTriggers: {},
    statRules: {},
    stat: {},
    statMeta: {},
    history: {},
    stateHistory: [],
    incidents: {},
    jobs: {},
    bulks: {},
    mqttSubscriptions: [],
    auditLog: [],
    sessionLog: [],
    eventLog: [],
    blockedRequests: [],
  };
}

const isDictionaryLike = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Takes the prototype off every keyed collection of a state (records by id, sessions, per-entity
 * data, the configuration), in place, so that an id such as `__proto__` or `constructor` is a
 * missing key, never `Object.prototype` or `Object`. The store applies it to every state it holds.
 */
export function withSafeCollections(state: State): State {
  for (const [key, value] of Object.entries(state)) {
    if (key !== 'meta' && isDictionaryLike(value) && Object.getPrototypeOf(value) !== null)
      Object.setPrototypeOf(value, null);
  }
  return state;
}

/** The collections a data file must hold itself (the rest start empty when missing). */
const REQUIRED: readonly (keyof State)[] = ['meta', 'objects', 'users', 'sessions'];

/**
 * Checks that a parsed data file is an emulator state: an object with `meta.version` 1, the
 * collections in `REQUIRED`, and every known collection of the right kind (keyed object or list).
 * Collections added since the file was written start empty. Throws a message naming what is wrong.
 */
export function checkStateShape(value: unknown): State {
  if (!isDictionaryLike(value))
    throw new Error(`expected a JSON object holding the emulator state, got ${describe(value)}`);
  const meta = value.meta as { version?: unknown; seq?: unknown } | undefined;
  if (!isDictionaryLike(meta) || meta.version !== 1 || typeof meta.seq !== 'number')
    throw new Error('"meta" must be { "version": 1, "seq": <number>, ... }');
  const empty: Record<string, unknown> = { ...emptyState() };
  const out: Record<string, unknown> = { ...empty };
  for (const key of Object.keys(empty)) {
    const given = value[key];
    if (given === undefined) {
      if (REQUIRED.includes(key as keyof State)) throw new Error(`"${key}" is missing`);
      continue;
    }
    const wantList = Array.isArray(empty[key]);
    if (wantList ? !Array.isArray(given) : !isDictionaryLike(given))
      throw new Error(`"${key}" must be ${wantList ? 'a list' : 'an object'}, got ${describe(given)}`);
    out[key] = given;
  }
  // the one cast: each collection was checked to be of its kind (keyed object or list) just above;
  // the records in them are taken as the emulator wrote them (the file is its own state)
  return out as unknown as State;
}

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value);

/**
 * The collections that hold plain records by id (for generic create/read/update/delete): users and
 * incidents have calls of their own.
 */
export type CollectionName = {
  [K in keyof State]: State[K] extends Record<Id, Rec> ? (K extends 'users' | 'meta' | 'incidents' ? never : K) : never;
}[keyof State];
