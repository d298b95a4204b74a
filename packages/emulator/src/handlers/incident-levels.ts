/** Incident levels: the built-in ones (which cannot be deleted) and custom ones, ordered by priority. */
import { requireManage } from '../access.ts';
import { BUILT_IN_LEVELS } from '../domain/incidents.ts';
import { sortBy } from '../domain/listing.ts';
import { defined, mergeUi } from '../domain/lookup.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { handlers } from '../handler.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { Rec } from '../store/state.ts';
import type { Store } from '../store/store.ts';

function recalcPriorities(store: Store) {
  const levels = sortBy(Object.values(store.state.incidentLevels), 'priority');
  levels.forEach((level, index) => {
    level.priority = index;
  });
}

export const incidentLevelHandlers = handlers({
  'incidentLevels.list': ({ store }) => Object.values(store.state.incidentLevels),
  'incidentLevels.create': ({ store, user, body }) => {
    if (!body.name) throw badRequest('Mandatory "name" parameter is absent/empty.');
    const id = store.newId();
    const priority =
      Math.max(-1, ...Object.values(store.state.incidentLevels).map((l) => Number(l.priority ?? -1))) + 1;
    const level: Rec = { priority, ui: { colors: { main: '#808080' } }, ...body, id };
    store.state.incidentLevels[id] = level;
    store.audit(user, 'create', AUDIT_ENTITY.unnamed, id, null, level);
    return level;
  },
  'incidentLevels.update': ({ store, user, path, query, body }) => {
    const level = store.state.incidentLevels[String(path.id)];
    if (!level) throw notFound('Incident level', path.id);
    const before = structuredClone(level);
    const { ui, ...rest } = body;
    Object.assign(level, defined(rest, ['id']));
    if (ui !== undefined) level.ui = mergeUi(level.ui, ui);
    if (query?.recalcPriority !== undefined && Number(query.recalcPriority) !== 0) recalcPriorities(store);
    store.audit(user, 'update', AUDIT_ENTITY.unnamed, String(level.id), before, level);
    return level;
  },
  'incidentLevels.delete': ({ store, user, path }) => {
    requireManage(user);
    const level = store.state.incidentLevels[String(path.id)];
    if (!level) throw notFound('Incident level', path.id);
    if (BUILT_IN_LEVELS.includes(String(level.id)))
      throw badRequest(`Incident level ${path.id} is built in and cannot be deleted`);
    const used = Object.values(store.state.incidents).some(
      (i) => !i._archived && (String(i.state) === String(level.id) || String(i.lastState) === String(level.id)),
    );
    if (used) throw conflict(`Incident level ${path.id} is used by active incidents`);
    delete store.state.incidentLevels[String(level.id)];
    store.audit(user, 'delete', AUDIT_ENTITY.unnamed, String(level.id), level, null);
    return undefined;
  },
});
