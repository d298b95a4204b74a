/**
 * Stat rules of objects and links: they shape (or drop) pushed data before it is stored (see
 * `domain/stat-rules.ts`). Setting them replaces the list and is written to the audit log.
 */
import type { Kind } from '../domain/entity-kind.ts';
import { requireLink, requireObject } from '../domain/lookup.ts';
import { replaceStatRules } from '../domain/stat-rules.ts';
import { handlers } from '../handler.ts';
import type { StoreState, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';

type StatRule = StoreState['statRules'][string][number];

const requireOf = (store: Store, user: UserRecord, kind: Kind, id: string | number) =>
  kind === 'objects' ? requireObject(store, user, id) : requireLink(store, user, id);

function listRules(store: Store, user: UserRecord, kind: Kind, id: string | number): StatRule[] {
  const entity = requireOf(store, user, kind, id);
  return store.state.statRules[store.key(kind, String(entity.id))] ?? [];
}

function setRules(store: Store, user: UserRecord, kind: Kind, id: string | number, rules: StatRule[]): StatRule[] {
  const entity = requireOf(store, user, kind, id);
  replaceStatRules(store, user, kind, String(entity.id), rules);
  return rules;
}

export const statRuleHandlers = handlers({
  'statRules.listForObject': ({ store, user, path }) => listRules(store, user, 'objects', path.id),
  'statRules.setForObject': ({ store, user, path, body }) => setRules(store, user, 'objects', path.id, body),
  'statRules.listForLink': ({ store, user, path }) => listRules(store, user, 'links', path.id),
  'statRules.setForLink': ({ store, user, path, body }) => setRules(store, user, 'links', path.id, body),
});
