/**
 * Stat reads across entities: stat history and stat search (the `stat` section). Stat rules,
 * metric tokens and MQTT subscriptions have their own files.
 */
import { entityTypeOf, type Kind } from '../domain/entity-kind.ts';
import { parseTime } from '../domain/history.ts';
import { dig } from '../domain/listing.ts';
import { findEntity } from '../domain/lookup.ts';
import { badRequest } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { EntityKey } from '../store/state.ts';
import type { Store } from '../store/store.ts';

type StatRecord = Record<string, unknown>;

/** Nested payload from dotted metric names (`cpu.load` -> `{ cpu: { load } }`). */
function unflatten(values: Record<string, number>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    const parts = name.split('.');
    let node = out;
    for (const part of parts.slice(0, -1)) {
      if (node[part] === null || typeof node[part] !== 'object') node[part] = {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1] as string] = value;
  }
  return out;
}

/**
 * Past stat records of an entity, newest first: one per moment data arrived, rebuilt from the
 * metric history (numeric fields); the latest record keeps its full payload.
 */
function statRecords(store: Store, key: EntityKey, kind: Kind, id: string): StatRecord[] {
  const moments = new Map<number, Record<string, number>>();
  for (const [metric, points] of Object.entries(store.state.history[key] ?? {})) {
    for (const [t, v] of points) {
      moments.set(t, { ...moments.get(t), [metric]: v });
    }
  }
  const current = store.state.stat[key];
  const out: StatRecord[] = [...moments.entries()].map(([timestamp, values]) => ({
    entityId: id,
    entityType: entityTypeOf(kind),
    timestamp,
    payload:
      current && current.timestamp === timestamp && current.payload ? (current.payload as object) : unflatten(values),
  }));
  if (current?.timestamp !== undefined && !moments.has(Number(current.timestamp)) && current.payload) {
    out.push({
      entityId: id,
      entityType: entityTypeOf(kind),
      timestamp: Number(current.timestamp),
      payload: current.payload,
    });
  }
  return out;
}

function matchesAll(record: StatRecord, filter: Record<string, unknown> | undefined, keep: boolean): boolean {
  if (!filter || Object.keys(filter).length === 0) return true;
  const matches = Object.entries(filter).every(([field, value]) => {
    const actual = dig(record, field);
    return actual === value || (actual !== undefined && actual !== null && String(actual) === String(value));
  });
  return keep ? matches : !matches;
}

/** The stat answer form: the stored record with its entity. */
function presentStat(store: Store, kind: Kind, id: string): StatRecord | undefined {
  const stat = store.state.stat[store.key(kind, id)];
  if (!stat) return undefined;
  return { ...stat, lastPayload: stat.lastPayload ?? null, entityId: id, entityType: entityTypeOf(kind) };
}

export const statHandlers = handlers({
  'stat.history': ({ store, user, body }) => {
    if (body.skip !== undefined && body.after !== undefined) throw badRequest('"skip" and "after" cannot be combined');
    const ids = body.ids === undefined ? undefined : Array.isArray(body.ids) ? body.ids : body.ids.split(',');
    const entities =
      ids === undefined
        ? [
            ...Object.keys(store.state.objects).map((id) => findEntity(store, user, id, 'objects')),
            ...Object.keys(store.state.links).map((id) => findEntity(store, user, id, 'links')),
          ]
        : ids.map((id) => findEntity(store, user, String(id).trim()));
    const now = store.now();
    const to = body.to ?? now;
    const after = body.after === undefined ? undefined : parseTime(body.after, now, 'after');
    const records = entities
      .filter((e) => e !== undefined)
      .flatMap((e) => statRecords(store, store.key(e.kind, String(e.record.id)), e.kind, String(e.record.id)))
      .filter((r) => {
        const t = Number(r.timestamp);
        return (body.from === undefined || t >= body.from) && t < to && (after === undefined || t < after);
      })
      .filter((r) => matchesAll(r, body.include, true) && matchesAll(r, body.exclude, false))
      .sort((a, b) => Number(b.timestamp) - Number(a.timestamp));
    const skip = body.skip === undefined ? 0 : Number(body.skip);
    const limit = body.limit === undefined ? 10 : Number(body.limit);
    if (!Number.isInteger(skip) || skip < 0 || !Number.isInteger(limit) || limit < 0)
      throw badRequest('"skip" and "limit" must be non-negative integers');
    return records.slice(skip, skip + limit);
  },
  'stat.search': ({ store, user, body }) => {
    const out: StatRecord[] = [];
    for (const item of body) {
      if (item.id === undefined) continue;
      const entity = findEntity(store, user, String(item.id), item.type);
      const stat = entity && presentStat(store, entity.kind, String(entity.record.id));
      if (stat) out.push(stat);
    }
    return out;
  },
});
