/** Classes: removing one with its rules, and replacing its state or incident conditions. */
import { AUDIT_ENTITY } from '../store/audit-entities.ts';
import type { ClassRecord, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import type { RuleOf } from './entity-rules.ts';
import { removeRecord } from './records.ts';

/** The rule tables a class keeps under `classes:<id>`. */
const RULE_TABLES = ['stateConditions', 'incidentConditions', 'stateTriggers', 'statRules'] as const;

/** Removes a class and the rules kept for it, and audits the removal. */
export function removeClass(store: Store, user: UserRecord, record: ClassRecord): void {
  removeRecord(store, user, 'classes', AUDIT_ENTITY.class, record);
  const key = store.key('classes', record.id);
  for (const table of RULE_TABLES) delete store.state[table][key];
}

type ConditionTable = 'stateConditions' | 'incidentConditions';

/**
 * Replaces a class's state or incident conditions with a copy of `conditions` (incident
 * conditions get an id each where they have none) and audits it; answers what was stored.
 */
export function setClassConditions<T extends ConditionTable>(
  store: Store,
  user: UserRecord,
  record: ClassRecord,
  table: T,
  conditions: readonly RuleOf<T>[],
): RuleOf<T>[] {
  const key = store.key('classes', record.id);
  const before = store.state[table][key] ?? [];
  const stored = structuredClone(conditions).map((condition) =>
    table === 'incidentConditions'
      ? { ...condition, id: condition.id === undefined || condition.id === null ? store.newId() : String(condition.id) }
      : condition,
  );
  store.state[table][key] = stored;
  store.audit(user, table, AUDIT_ENTITY.class, record.id, before, stored);
  return stored;
}
