/** History annotations: notes pinned to a moment of the history charts. */
import { inWindow, timeWindow } from '../domain/history.ts';
import { sortBy } from '../domain/listing.ts';
import { defined } from '../domain/lookup.ts';
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
    const id = store.newId();
    const annotation: Rec = {
      ...defined(body, ['id']),
      timestamp: body.timestamp ?? store.now(),
      content: body.content,
      changed: store.now(),
      user: user.id,
      id,
    };
    store.state.historyAnnotations[id] = annotation;
    store.audit(user, 'create', AUDIT_ENTITY.unnamed, id, null, annotation);
    return annotation;
  },
  'historyAnnotations.update': ({ store, user, path, body }) => {
    const annotation = store.state.historyAnnotations[String(path.id)];
    if (!annotation) throw notFound('History annotation', path.id);
    const before = structuredClone(annotation);
    Object.assign(annotation, defined(body, ['id', 'changed', 'user']));
    annotation.changed = store.now();
    annotation.user = user.id;
    store.audit(user, 'update', AUDIT_ENTITY.unnamed, String(annotation.id), before, annotation);
    return annotation;
  },
  'historyAnnotations.delete': ({ store, user, path }) => {
    const annotation = store.state.historyAnnotations[String(path.id)];
    if (!annotation) throw notFound('History annotation', path.id);
    delete store.state.historyAnnotations[String(path.id)];
    store.audit(user, 'delete', AUDIT_ENTITY.unnamed, String(annotation.id), annotation, null);
    return undefined;
  },
});
