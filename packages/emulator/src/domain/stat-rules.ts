/**
 * Stat rules: per object or link, conditions on incoming stat and actions (`set` a field,
 * `extend` with the current data, `drop` the push) applied before the stat is stored.
 */
import type { EntityKey, StoreState, UserRecord } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { entityTypeOf, type Kind } from './entity-kind.ts';
import { evaluateFormula, formulaHolds, metricAt } from './formula.ts';
import { compareValues, dig, textMatches } from './listing.ts';

export type Condition = Record<string, { name?: string; value?: Record<string, unknown> } | undefined>;
type Action = { type?: string; field?: string; value?: unknown };

/** Replaces `{{new.x}}` / `{{current.x}}` with values; a result that is a number becomes one. */
function expand(value: unknown, incoming: Record<string, unknown>, current: Record<string, unknown>): unknown {
  if (typeof value !== 'string' || !value.includes('{{')) return value;
  const text = value.replace(/\{\{\s*(new|current)\.([\w.]+)\s*\}\}/g, (_m, scope: string, path: string) =>
    String(dig(scope === 'new' ? incoming : current, path) ?? ''),
  );
  if (/^[\d\s+\-*/().]+$/.test(text) && /\d/.test(text)) {
    const result = evaluateFormula(text, () => undefined);
    if (typeof result === 'number') return result;
  }
  return text === '' || Number.isNaN(Number(text)) ? text : Number(text);
}

/**
 * Whether every test of a condition holds for the data (subconditions are joined by AND):
 * `_field` tests (`{ _field: { name, value: { _gt: 5 } } }`) and `_formula` tests
 * (`{ _formula: { definition: '{{a}} / {{b}}', value: '<=0.8' } }`, see `formula.ts`). A test
 * on a metric that is missing or null does not hold, whatever its operator (`_neq` and `_nct`
 * too), as a formula over one does not.
 */
export function conditionHolds(condition: Condition, payload: Record<string, unknown>): boolean {
  return Object.entries(condition).every(([kind, test]) => {
    if (kind.startsWith('_formula')) return formulaHolds(test, payload);
    if (!test || typeof test !== 'object') return true;
    const actual = metricAt(payload, String(test.name ?? ''));
    // a metric that is missing (or null) cannot be evaluated: no test on it holds, negated ones included
    if (actual === undefined || actual === null) return false;
    return Object.entries(test.value ?? {}).every(([op, expected]) => {
      const diff = compareValues(actual, expected);
      switch (op) {
        case '_gt':
          return diff > 0;
        case '_gte':
          return diff >= 0;
        case '_lt':
          return diff < 0;
        case '_lte':
          return diff <= 0;
        default:
          return textMatches(actual, op, expected);
      }
    });
  });
}

/**
 * Runs an entity's stat rules on incoming data: for each rule whose conditions all hold,
 * `set` writes a field, `extend` adds the current payload's fields missing from the new data,
 * `drop` discards the data (answers `undefined`).
 */
export function applyStatRules(
  store: Store,
  key: EntityKey,
  payload: Record<string, unknown>,
): Record<string, unknown> | undefined {
  const rules = (store.state.statRules[key] ?? []) as { conditions?: Condition[] | null; actions?: Action[] | null }[];
  const current = (store.state.stat[key]?.payload ?? {}) as Record<string, unknown>;
  let data = { ...payload };
  for (const rule of rules) {
    if (!(rule.conditions ?? []).every((condition) => conditionHolds(condition, data))) continue;
    for (const action of rule.actions ?? []) {
      if (action.type === 'drop') return undefined;
      if (action.type === 'extend') data = { ...current, ...data };
      if (action.type === 'set' && action.field) data[action.field] = expand(action.value, data, current);
    }
  }
  return data;
}

type StatRule = StoreState['statRules'][EntityKey][number];

/** Replaces an object's or link's stat rules with a copy of `rules` and audits the change. */
export function replaceStatRules(store: Store, user: UserRecord, kind: Kind, id: string, rules: StatRule[]): void {
  const key = store.key(kind, id);
  const before = store.state.statRules[key] ?? [];
  store.state.statRules[key] = structuredClone(rules);
  store.audit(user, 'update', entityTypeOf(kind), id, { statRules: before }, { statRules: rules });
}
