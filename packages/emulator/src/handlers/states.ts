/** States: the built-in ones and custom ones; a state an object or link holds cannot be deleted. */
import { requireManage } from '../access.ts';
import { BUILT_IN_STATES } from '../domain/entity-state.ts';
import { defined, mergeUi } from '../domain/lookup.ts';
import { badRequest, conflict, missingParameter, notFound } from '../errors.ts';
import { handlers } from '../handler.ts';
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { Rec } from '../store/state.ts';

export const stateHandlers = handlers({
  'states.list': ({ store }) => Object.values(store.state.states),
  'states.create': ({ store, user, body }) => {
    if (!body.name) throw missingParameter('name');
    const id = body.id === undefined || body.id === null ? store.newId() : String(body.id);
    if (store.state.states[id]) throw conflict(`State ${id} already exists`);
    const state: Rec = {
      ...defined(body, ['id', 'ui']),
      priority: body.priority ?? 0,
      ui: mergeUi({ colors: { main: 'rgb(40 173 250)' } }, body.ui ?? undefined),
      id,
    };
    store.state.states[id] = state;
    store.audit(user, 'create', AUDIT_ENTITY.unnamed, id, null, state);
    return state;
  },
  'states.update': ({ store, user, path, body }) => {
    requireManage(user);
    const state = store.state.states[String(path.id)];
    if (!state) throw notFound('State', path.id);
    const before = structuredClone(state);
    Object.assign(state, defined(body, ['id', 'ui']));
    if (body.ui !== undefined) state.ui = mergeUi(state.ui, body.ui);
    store.audit(user, 'update', AUDIT_ENTITY.unnamed, String(state.id), before, state);
    return state;
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
    delete store.state.states[String(state.id)];
    store.audit(user, 'delete', AUDIT_ENTITY.unnamed, String(state.id), state, null);
    return undefined;
  },
});
