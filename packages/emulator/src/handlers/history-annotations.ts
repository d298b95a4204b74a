/** History annotations: notes pinned to a moment of the history charts. */
import { inWindow, timeWindow } from '../domain/history.ts';
import { sortBy } from '../domain/listing.ts';
import { defined } from '../domain/lookup.ts';
import { addRecord, removeRecord, updateRecord } from '../domain/records.ts';
import { missingParameter, notFound } from '../errors.ts';
import { handlers } from '../handler.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { Rec } from '../store/state.ts';

export const historyAnnotationHandlers = handlers({
  'historyAnnotations.list': ({ store, query }) => {
    const range = timeWindow(store, query);
    if (range.from === undefined || range.to === undefined) return [];
    const list = Object.values(store.state.historyAnnotations).filter((a) => inWindow(a.timestamp, range));
    return sortBy(list, 'timestamp');
  },
  'historyAnnotations.create': ({ store, user, body }) => {
    if (body.content === undefined || body.content === null) throw missingParameter('content');
    return addRecord(
      store,
      user,
      { collection: 'historyAnnotations', entity: AUDIT_ENTITY.unnamed },
      (id): Rec => ({
        ...defined(body, ['id']),
        timestamp: body.timestamp ?? store.now(),
        content: body.content,
        changed: store.now(),
        user: user.id,
        id,
      }),
    );
  },
  'historyAnnotations.update': ({ store, user, path, body }) => {
    const annotation = store.state.historyAnnotations[String(path.id)];
    if (!annotation) throw notFound('History annotation', path.id);
    const fields = { ...defined(body, ['id', 'changed', 'user']), changed: store.now(), user: user.id };
    return updateRecord(store, user, AUDIT_ENTITY.unnamed, annotation, fields);
  },
  'historyAnnotations.delete': ({ store, user, path }) => {
    const annotation = store.state.historyAnnotations[String(path.id)];
    if (!annotation) throw notFound('History annotation', path.id);
    removeRecord(store, user, 'historyAnnotations', AUDIT_ENTITY.unnamed, annotation);
    return undefined;
  },
});
