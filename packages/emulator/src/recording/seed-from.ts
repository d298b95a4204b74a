/**
 * `--seed-from <recording>`: an emulator that starts with the objects, links, classes, incidents
 * and users a recording's answers show, ids kept, on top of the `empty` seed (root object, the
 * emulator's admin and viewer, SAYMON's reference data). Each answer is checked with the schema the
 * SDK reads it with (`answerSchema`, `validateResponse`; one that does not match is counted), and
 * its records are stored as the wire carried them, as the emulator stores every record (ids and
 * numbers as sent). Several answers about one record are merged, the later over the earlier (a
 * `fields=` answer adds only what it selected).
 *
 * Recorded users arrive without credentials (a recording has none): each gets `password`, no API
 * token; the emulator's own `admin` and `viewer` stay as they are, and a recorded user with their
 * id or login is left out.
 */
import { type AnyEndpoint, type EndpointId, getEndpoint } from '@saymon-sdk/core';
import { answerSchema, REDACTED, validateResponse } from '@saymon-sdk/core/adapter';
import { type RecordedExchange, recordedJson } from '@saymon-sdk/core/recording';
import { FORBIDDEN_KEYS } from '../safe-json.ts';
import { createState } from '../seed/index.ts';
import type { Rec, State, UserRecord } from '../store/state.ts';

type Collection = 'objects' | 'links' | 'classes' | 'incidents' | 'users';

/** The reads whose answers are records of a collection (one record, or a list of them). */
const RECORD_READS: Record<Collection, readonly EndpointId[]> = {
  objects: ['objects.list', 'objects.get', 'objects.children', 'objects.search'],
  links: ['links.list', 'links.get'],
  classes: ['classes.list', 'classes.get'],
  incidents: ['incidents.list', 'incidents.get'],
  users: ['users.list', 'users.get', 'users.current'],
};

const READS = new Map<string, { collection: Collection; endpoint: AnyEndpoint }>(
  Object.entries(RECORD_READS).flatMap(([collection, ids]) =>
    ids.map((id) => [id, { collection: collection as Collection, endpoint: getEndpoint(id) as AnyEndpoint }]),
  ),
);

/** How many records of each kind a recording gave, and how many answers were kept as recorded. */
export interface SeedSummary {
  objects: number;
  links: number;
  classes: number;
  incidents: number;
  users: number;
  /** Answers that did not match the registry's schema (kept as recorded). */
  drifted: number;
  /** Recorded users left out because they are the emulator's own `admin` or `viewer`. */
  skippedUsers: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> & { id: string | number } =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  (typeof (value as { id?: unknown }).id === 'string' || typeof (value as { id?: unknown }).id === 'number');

/** A copy without prototype-reaching keys at any depth (a recording is untrusted input). */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (typeof value !== 'object' || value === null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) if (!FORBIDDEN_KEYS.has(key)) out[key] = plain(item);
  return out;
}

function asUser(record: Rec, password: string): UserRecord {
  const permissions = Array.isArray(record.permissions) ? (record.permissions as string[]) : [];
  const given = record.objectPermissions as UserRecord['objectPermissions'] | undefined;
  const objectPermissions =
    given && Array.isArray(given.include) && Array.isArray(given.exclude) ? given : { include: ['1'], exclude: [] };
  return {
    ...record,
    login: String(record.login ?? record.id),
    password,
    permissions,
    objectPermissions,
    authenticationToken: null,
  };
}

/** The state an emulator seeded from these exchanges starts with. */
export function stateFromRecording(
  exchanges: readonly RecordedExchange[],
  options: { password: string; now?: () => number },
): { state: State; summary: SeedSummary } {
  const state = createState('empty', options.now);
  state.meta.seed = 'recording';
  const summary: SeedSummary = {
    objects: 0,
    links: 0,
    classes: 0,
    incidents: 0,
    users: 0,
    drifted: 0,
    skippedUsers: 0,
  };
  const builtIn = Object.values(state.users);
  const seen: Record<Collection, Set<string>> = {
    objects: new Set(),
    links: new Set(),
    classes: new Set(),
    incidents: new Set(),
    users: new Set(),
  };
  for (const exchange of exchanges) {
    const read = READS.get(exchange.endpoint);
    const value = recordedJson(exchange.response.body);
    if (!read || exchange.response.status < 200 || exchange.response.status >= 300 || value === undefined) continue;
    const selects = new URL(exchange.request.path, 'http://recording.invalid').searchParams.has('fields');
    const schema = answerSchema(read.endpoint, selects);
    let drifted = false;
    // checked on a copy (the check normalises in place): records are stored as the wire carried them
    if (schema)
      validateResponse(schema, plain(value), 'warn', {
        warn: () => {
          drifted = true;
        },
      });
    const settled = plain(value);
    if (drifted) summary.drifted += 1;
    for (const item of (Array.isArray(settled) ? settled : [settled]).filter(isRecord)) {
      const id = String(item.id);
      if (FORBIDDEN_KEYS.has(id)) continue;
      const collection = state[read.collection] as Record<string, Rec>;
      if (read.collection === 'users') {
        const clash = builtIn.find((u) => u.id === id || u.login === item.login);
        if (clash) {
          summary.skippedUsers += seen.users.has(id) ? 0 : 1;
          seen.users.add(id);
          continue;
        }
        const merged = { ...collection[id], ...item, id } as Rec;
        if (merged.authenticationToken === REDACTED) merged.authenticationToken = null;
        collection[id] = asUser(merged, options.password);
      } else {
        collection[id] = { ...collection[id], ...item, id } as Rec;
      }
      seen[read.collection].add(id);
    }
  }
  for (const name of Object.keys(seen) as Collection[])
    summary[name] = name === 'users' ? seen.users.size - summary.skippedUsers : seen[name].size;
  return { state, summary };
}
