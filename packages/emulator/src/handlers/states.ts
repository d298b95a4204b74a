/** States: the built-in ones and custom ones; a state an object or link holds cannot be deleted. */
import { requireManage } from '../access.ts';
import { BUILT_IN_STATES } from '../domain/entity-state.ts';
import { defined, mergeUi } from '../domain/lookup.ts';
import { addRecord, removeRecord, updateRecord } from '../domain/records.ts';
import { badRequest, conflict, missingParameter, notFound } from '../errors.ts';
import { handlers } from '../handler.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { Rec } from '../store/state.ts';

export const stateHandlers = handlers({
  'states.list': ({ store }) => Object.values(store.state.states),
  'states.create': ({ store, user, body }) => {
    if (!body.name) throw missingParameter('name');
    const chosen = body.id === undefined || body.id === null ? undefined : String(body.id);
    if (chosen !== undefined && store.state.states[chosen]) throw conflict(`State ${chosen} already exists`);
    return addRecord(
      store,
      user,
      { collection: 'states', entity: AUDIT_ENTITY.unnamed, ...(chosen !== undefined && { id: chosen }) },
      (id): Rec => ({
        ...defined(body, ['id', 'ui']),
        priority: body.priority ?? 0,
        ui: mergeUi({ colors: { main: 'rgb(40 173 250)' } }, body.ui ?? undefined),
        id,
      }),
    );
  },
  'states.update': ({ store, user, path, body }) => {
    requireManage(user);
    const state = store.state.states[String(path.id)];
    if (!state) throw notFound('State', path.id);
    const fields = { ...defined(body, ['id', 'ui']), ...(body.ui !== undefined && { ui: mergeUi(state.ui, body.ui) }) };
    return updateRecord(store, user, AUDIT_ENTITY.unnamed, state, fields);
  },
  'states.delete': ({ store, user, path }) => {
    requireManage(user);
    const state = store.state.states[String(path.id)];
    if (!state) throw notFound('State', path.id);
    if (BUILT_IN_STATES.includes(String(state.id)))
      throw badRequest(`State ${path.id} is built in and cannot be deleted`);
    const users = [...Object.values(store.state.objects), ...Object.values(store.state.links)].filter(
      (e) => String(e.state_id) === String(state.id),
    );
    if (users.length > 0) throw conflict(`State ${path.id} is held by ${users.length} object(s) or link(s)`);
    removeRecord(store, user, 'states', AUDIT_ENTITY.unnamed, state);
    return undefined;
  },
});
