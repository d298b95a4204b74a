/**
 * An entity's rules: state conditions, incident conditions and state triggers, its own or, when
 * it has none, its class's.
 */
import { badRequest, notFound } from '../errors.ts';
import type { EntityKey, Rec, StoreState } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import type { Kind } from './entity-kind.ts';

export type RuleTable = 'stateConditions' | 'incidentConditions' | 'stateTriggers';
/** One rule of a table, as stored and answered. */
export type RuleOf<T extends RuleTable> = StoreState[T][EntityKey][number];

export function ownRules<T extends RuleTable>(store: Store, table: T, key: EntityKey): RuleOf<T>[] | undefined {
  return store.state[table][key];
}

/** The entity's own rules or, when it has none, those of its class. */
export function effectiveRules<T extends RuleTable>(store: Store, table: T, kind: Kind, record: Rec): RuleOf<T>[] {
  const own = ownRules(store, table, store.key(kind, String(record.id)));
  if (own) return own;
  if (record.class_id === undefined || record.class_id === null) return [];
  return ownRules(store, table, store.key('classes', String(record.class_id))) ?? [];
}

/** Replaces an entity's rules (the set call's validated body); incident conditions get ids. Returns what was stored. */
export function replaceRules<T extends RuleTable>(
  store: Store,
  table: T,
  kind: Kind,
  record: Rec,
  rules: readonly RuleOf<T>[],
): RuleOf<T>[] {
  if (!Array.isArray(rules)) throw badRequest('The body must be an array');
  const stored = rules.map((rule) => {
    const copy = { ...rule };
    if (table === 'incidentConditions' && (copy.id === undefined || copy.id === null)) copy.id = store.newId();
    return copy;
  });
  store.state[table][store.key(kind, String(record.id))] = stored;
  return stored;
}

export function dropRules(store: Store, table: RuleTable, kind: Kind, record: Rec) {
  delete store.state[table][store.key(kind, String(record.id))];
}

export function requireRules<T extends RuleTable>(
  store: Store,
  table: T,
  kind: Kind,
  record: Rec,
  what: string,
): RuleOf<T>[] {
  const rules = ownRules(store, table, store.key(kind, String(record.id)));
  if (!rules) throw notFound(what, String(record.id));
  return rules;
}
