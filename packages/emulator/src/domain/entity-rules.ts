/**
 * An entity's rules: state conditions, incident conditions and state triggers, its own or, when
 * it has none, its class's.
 */
import { badRequest, notFound } from '../errors.ts';
import type { EntityKey, Rec } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import type { Kind } from './entity-kind.ts';

export type RuleTable = 'stateConditions' | 'incidentConditions' | 'stateTriggers';

export function ownRules(store: Store, table: RuleTable, key: EntityKey): Rec[] | undefined {
  return store.state[table][key] as Rec[] | undefined;
}

/** The entity's own rules or, when it has none, those of its class. */
export function effectiveRules(store: Store, table: RuleTable, kind: Kind, record: Rec): Rec[] {
  const own = ownRules(store, table, store.key(kind, String(record.id)));
  if (own) return own;
  if (record.class_id === undefined || record.class_id === null) return [];
  return (store.state[table][store.key('classes', String(record.class_id))] as Rec[] | undefined) ?? [];
}

/** Replaces an entity's rules; incident conditions get ids. Returns what was stored. */
export function replaceRules(store: Store, table: RuleTable, kind: Kind, record: Rec, rules: unknown[]): Rec[] {
  if (!Array.isArray(rules)) throw badRequest('The body must be an array');
  const stored = rules.map((rule) => {
    const copy = { ...(rule as Record<string, unknown>) };
    if (table === 'incidentConditions' && (copy.id === undefined || copy.id === null)) copy.id = store.newId();
    return copy as Rec;
  });
  store.state[table][store.key(kind, String(record.id))] = stored;
  return stored;
}

export function dropRules(store: Store, table: RuleTable, kind: Kind, record: Rec) {
  delete store.state[table][store.key(kind, String(record.id))];
}

export function requireRules(store: Store, table: RuleTable, kind: Kind, record: Rec, what: string): Rec[] {
  const rules = ownRules(store, table, store.key(kind, String(record.id)));
  if (!rules) throw notFound(what, String(record.id));
  return rules;
}
