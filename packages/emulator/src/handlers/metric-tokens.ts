/** Metric tokens: one entity's metric, readable without credentials by whoever holds the token. */
import { entityTypeOf } from '../domain/entity-kind.ts';
import { entityTag, queryHistory } from '../domain/history.ts';
import { dig } from '../domain/listing.ts';
import { findEntity } from '../domain/lookup.ts';
import { addRecord, removeRecord } from '../domain/records.ts';
import { badRequest, missingParameter, notFound } from '../errors.ts';
import { handlers } from '../handler.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { MetricTokenRecord, WireOf } from '../store/state.ts';
import type { Store } from '../store/store.ts';

function requireToken(store: Store, id: string | number) {
  const token = store.state.metricTokens[String(id)];
  if (!token) throw notFound('Metric token', id);
  const entity = findEntity(store, undefined, token.entityId, token.entityType);
  if (!entity) throw notFound('Entity', String(token.entityId));
  return { token, key: store.key(entity.kind, String(entity.record.id)) };
}

const publicToken = (token: MetricTokenRecord) => ({
  id: token.id,
  entityId: token.entityId,
  entityType: token.entityType,
  metric: token.metric,
});

export const metricTokenHandlers = handlers({
  'metricTokens.create': ({ store, user, body }) => {
    if (!body.entityId) throw missingParameter('entityId');
    const { metric } = body;
    if (!metric) throw missingParameter('metric');
    if (body.entityType !== undefined && !['1', '2'].includes(String(body.entityType)))
      throw badRequest(`Invalid entityType: ${String(body.entityType)} (1 object, 2 link)`);
    const entity = findEntity(store, user, body.entityId, body.entityType);
    if (!entity) throw notFound('Entity', body.entityId);
    const place = { collection: 'metricTokens', entity: AUDIT_ENTITY.unnamed, id: crypto.randomUUID() } as const;
    const token = addRecord(
      store,
      user,
      place,
      (id): MetricTokenRecord => ({
        id,
        entityId: String(entity.record.id),
        entityType: entityTypeOf(entity.kind),
        metric,
        createdBy: user.id,
        created: store.now(),
      }),
    );
    return publicToken(token);
  },
  'metricTokens.delete': ({ store, user, path }) => {
    const token = store.state.metricTokens[String(path.id)];
    if (!token || !findEntity(store, user, token.entityId, token.entityType)) throw notFound('Metric token', path.id);
    removeRecord(store, user, 'metricTokens', AUDIT_ENTITY.unnamed, token);
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
    const meta = store.state.statMeta[key];
    const value = dig(store.state.stat[key]?.payload, token.metric);
    const metricStatMeta = metaOfMetric(meta?.[token.metric] ?? dig(meta, token.metric));
    return { ...publicToken(token), value: value ?? null, ...(metricStatMeta && { metricStatMeta }) };
  },
});

type MetricStatMeta = NonNullable<WireOf<'metricTokens.stat'>['metricStatMeta']>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** SAYMON's docs give a metric's `type` and `changeRate` as names (`PERCENTILE`, `ALWAYS`) or objects. */
const isMetaValue = (value: unknown): value is string | Record<string, unknown> =>
  typeof value === 'string' || isRecord(value);

/**
 * A metric's stat metadata as the token's stat shows it: the pushed metadata of that metric, with
 * `type` and `changeRate` only when they were given (as the agents' metadata leaves out what it
 * does not know); none when the metric has no metadata.
 */
function metaOfMetric(meta: unknown): MetricStatMeta | undefined {
  if (!isRecord(meta)) return undefined;
  const { type, changeRate, ...rest } = meta;
  return { ...rest, ...(isMetaValue(type) && { type }), ...(isMetaValue(changeRate) && { changeRate }) };
}
