/**
 * What a stat push sets in motion on SAYMON: the entity's state conditions pick its state, and
 * its incident conditions raise incidents (and clear them when their clear condition holds, or
 * when the condition no longer holds and there is none). Conditions of the entity's class apply
 * when the entity has none of its own. A condition holds when all its tests do: `_field` tests
 * and `_formula` tests (see `formula.ts`); a test that cannot be evaluated (a missing metric, a
 * malformed formula) does not hold.
 */
import type { Rec } from '../store/state.ts';
import type { Store } from '../store/store.ts';
import { entityTypeOf, type Kind } from './entity-kind.ts';
import { effectiveRules } from './entity-rules.ts';
import { changeState } from './entity-state.ts';
import { clearIncident, isCleared, raiseIncident } from './incidents.ts';
import { type Condition, conditionHolds } from './stat-rules.ts';

const holds = (condition: unknown, data: Record<string, unknown>) =>
  condition !== null &&
  typeof condition === 'object' &&
  Object.keys(condition).length > 0 &&
  conditionHolds(condition as Condition, data);

export function evaluateConditions(store: Store, kind: Kind, record: Rec) {
  const data = (store.state.stat[store.key(kind, String(record.id))]?.payload ?? {}) as Record<string, unknown>;
  const pinned = record.manual_state !== null && typeof record.manual_state === 'object';

  const stateRule = effectiveRules(store, 'stateConditions', kind, record).find((rule) => holds(rule.condition, data));
  if (stateRule && stateRule.state !== undefined && stateRule.state !== null && !pinned) {
    changeState(store, undefined, kind, record, stateRule.state as number, { code: 2, text: 'State condition met' });
  }

  for (const rule of effectiveRules(store, 'incidentConditions', kind, record)) {
    const branchId = String(rule.id ?? '');
    const active = Object.values(store.state.incidents).find(
      (i) =>
        !i._archived &&
        !isCleared(i) &&
        String(i.entityId) === String(record.id) &&
        String(i.branchId ?? '') === branchId,
    );
    if (holds(rule.condition, data)) {
      if (!active) {
        raiseIncident(store, {
          entityId: String(record.id),
          entityType: entityTypeOf(kind),
          type: 2,
          state: rule.state ?? 1,
          text: typeof rule.text === 'string' ? rule.text : '',
          branchId,
          reason: { code: 5, data, branch: { condition: rule.condition, state: rule.state } },
        });
      }
    } else if (active && (rule.clearCondition ? holds(rule.clearCondition, data) : true)) {
      clearIncident(store, undefined, active, false);
    }
  }
}
