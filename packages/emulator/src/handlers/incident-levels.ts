/** Incident levels: the built-in ones (which cannot be deleted) and custom ones, ordered by priority. */
import { requireManage } from '../access.ts';
import { nextLevelPriority, updateIncidentLevel } from '../domain/incident-levels.ts';
import { BUILT_IN_LEVELS } from '../domain/incidents.ts';
import { defined, mergeUi } from '../domain/lookup.ts';
import { addRecord, removeRecord } from '../domain/records.ts';
import { badRequest, conflict, notFound } from '../errors.ts';
import { handlers } from '../handler.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { Rec } from '../store/state.ts';

export const incidentLevelHandlers = handlers({
  'incidentLevels.list': ({ store }) => Object.values(store.state.incidentLevels),
  'incidentLevels.create': ({ store, user, body }) => {
    if (!body.name) throw badRequest('Mandatory "name" parameter is absent/empty.');
    return addRecord(
      store,
      user,
      { collection: 'incidentLevels', entity: AUDIT_ENTITY.unnamed },
      (id): Rec => ({ priority: nextLevelPriority(store), ui: { colors: { main: '#808080' } }, ...body, id }),
    );
  },
  'incidentLevels.update': ({ store, user, path, query, body }) => {
    const level = store.state.incidentLevels[String(path.id)];
    if (!level) throw notFound('Incident level', path.id);
    const { ui, ...rest } = body;
    const fields = { ...defined(rest, ['id']), ...(ui !== undefined && { ui: mergeUi(level.ui, ui) }) };
    const renumber = query?.recalcPriority !== undefined && Number(query.recalcPriority) !== 0;
    return updateIncidentLevel(store, user, level, fields, renumber);
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
    removeRecord(store, user, 'incidentLevels', AUDIT_ENTITY.unnamed, level);
    return undefined;
  },
});
