/**
 * Stat reads across entities (stat history, stat search), stat rules of objects and links,
 * metric tokens (one entity's metric readable without credentials) and MQTT subscriptions.
 */
import { entityTag, parseTime, queryHistory } from '../domain/history.ts';
import { dig } from '../domain/listing.ts';
import { requireLink, requireObject } from '../domain/lookup.ts';
import { badRequest, missingParameter, notFound } from '../errors.ts';
import { handlers } from '../handler.ts';
import type { EntityKey, Rec, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

type Kind = 'objects' | 'links';
type StatRecord = Record<string, unknown>;

/** An object or link by id that the user may see (`type` narrows the search); undefined otherwise. */
function findEntity(store: Store, user: UserRecord | undefined, id: string, type?: Kind | number | string) {
  const want = type === 1 || type === '1' ? 'objects' : type === 2 || type === '2' ? 'links' : type;
  if (want !== 'links') {
    const object = store.state.objects[id];
    if (object && (!user || store.canSeeObject(user, id))) return { kind: 'objects' as Kind, record: object };
  }
  if (want !== 'objects') {
    const link = store.state.links[id];
    if (link && (!user || store.canSeeLink(user, link))) return { kind: 'links' as Kind, record: link };
  }
  return undefined;
}

const entityTypeOf = (kind: Kind) => (kind === 'links' ? 2 : 1);

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
      const values = moments.get(t) ?? {};
      values[metric] = v;
      moments.set(t, values);
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

// ---- stat rules ----

// ---- metric tokens ----

function requireToken(store: Store, id: string | number) {
  const token = store.state.metricTokens[String(id)];
  if (!token) throw notFound('Metric token', id);
  const entity = findEntity(store, undefined, String(token.entityId), token.entityType as number);
  if (!entity) throw notFound('Entity', String(token.entityId));
  return { token, key: store.key(entity.kind, String(entity.record.id)) };
}

const publicToken = (token: Rec): Rec => ({
  id: token.id,
  entityId: token.entityId,
  entityType: token.entityType,
  metric: token.metric,
});

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
    return records.slice(skip, skip + limit) as never;
  },
  'stat.search': ({ store, user, body }) => {
    const out: StatRecord[] = [];
    for (const item of body) {
      if (item.id === undefined) continue;
      const entity = findEntity(store, user, String(item.id), item.type);
      const stat = entity && presentStat(store, entity.kind, String(entity.record.id));
      if (stat) out.push(stat);
    }
    return out as never;
  },

  'statRules.listForObject': ({ store, user, path }) => {
    const object = requireObject(store, user, path.id);
    return (store.state.statRules[store.key('objects', String(object.id))] ?? []) as never;
  },
  'statRules.setForObject': ({ store, user, path, body }) => {
    const object = requireObject(store, user, path.id);
    const key = store.key('objects', String(object.id));
    const before = store.state.statRules[key] ?? [];
    store.state.statRules[key] = structuredClone(body);
    store.audit(user, 'update', 1, String(object.id), { statRules: before }, { statRules: body });
    return store.state.statRules[key] as never;
  },
  'statRules.listForLink': ({ store, user, path }) => {
    const link = requireLink(store, user, path.id);
    return (store.state.statRules[store.key('links', String(link.id))] ?? []) as never;
  },
  'statRules.setForLink': ({ store, user, path, body }) => {
    const link = requireLink(store, user, path.id);
    const key = store.key('links', String(link.id));
    const before = store.state.statRules[key] ?? [];
    store.state.statRules[key] = structuredClone(body);
    store.audit(user, 'update', 2, String(link.id), { statRules: before }, { statRules: body });
    return store.state.statRules[key] as never;
  },

  'metricTokens.create': ({ store, user, body }) => {
    if (!body.entityId) throw missingParameter('entityId');
    if (!body.metric) throw missingParameter('metric');
    if (body.entityType !== undefined && !['1', '2'].includes(String(body.entityType)))
      throw badRequest(`Invalid entityType: ${String(body.entityType)} (1 object, 2 link)`);
    const entity = findEntity(store, user, body.entityId, body.entityType);
    if (!entity) throw notFound('Entity', body.entityId);
    const id = crypto.randomUUID();
    const token: Rec = {
      id,
      entityId: String(entity.record.id),
      entityType: entityTypeOf(entity.kind),
      metric: body.metric,
      createdBy: user.id,
      created: store.now(),
    };
    store.state.metricTokens[id] = token;
    store.audit(user, 'create', 0, id, null, token);
    return publicToken(token);
  },
  'metricTokens.delete': ({ store, user, path }) => {
    const token = store.state.metricTokens[String(path.id)];
    if (!token || !findEntity(store, user, String(token.entityId), token.entityType as number))
      throw notFound('Metric token', path.id);
    delete store.state.metricTokens[String(path.id)];
    store.audit(user, 'delete', 0, String(token.id), token, null);
    return undefined;
  },
  'metricTokens.history': ({ store, path, query }) => {
    const { token, key } = requireToken(store, path.id);
    const duration = query?.duration === undefined ? undefined : Number(query.duration);
    if (duration !== undefined && (!Number.isFinite(duration) || duration < 0))
      throw badRequest(`Invalid "duration" value: ${String(query?.duration)}`);
    const now = store.now();
    const series = queryHistory(store, key, {
      metrics: [String(token.metric)],
      from: duration !== undefined ? now - duration : query?.from,
      to: duration !== undefined ? now : query?.to,
      downsample: query?.downsample,
    });
    return series.map((s) => ({ ...s, tags: { entity: entityTag(key) } }));
  },
  'metricTokens.stat': ({ store, path }) => {
    const { token, key } = requireToken(store, path.id);
    const metric = String(token.metric);
    const meta = store.state.statMeta[key];
    const metricMeta = (meta?.[metric] ?? dig(meta, metric)) as Record<string, unknown> | undefined;
    const value = dig(store.state.stat[key]?.payload, metric);
    return {
      ...publicToken(token),
      value: value ?? null,
      metricStatMeta:
        metricMeta && typeof metricMeta === 'object'
          ? { ...metricMeta, type: metricMeta.type ?? null, changeRate: metricMeta.changeRate ?? null }
          : null,
    } as never;
  },

  'mqtt.subscriptions': ({ store, user }) =>
    store.state.mqttSubscriptions.filter((subscription) => {
      const owner = subscription.owner as { entityId?: unknown; entityType?: unknown } | undefined;
      if (!owner?.entityId) return false;
      return findEntity(store, user, String(owner.entityId), owner.entityType as number) !== undefined;
    }) as never,
});
