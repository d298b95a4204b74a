/**
 * Until when reading objects changes nothing. A read of an object lifts or applies its manual
 * state pin when the pin falls due (`refreshManualState` in `entity-state.ts`, whose tests this
 * mirrors): its `until` has come, or its `since` has come while the object is in another state.
 * Nothing else about an object changes with the clock.
 */
import type { Rec } from '../store/state.ts';
import type { Store } from '../store/store.ts';

/**
 * The first time at which some object's pin falls due: `store.now()` when one already is (a read
 * now would change it), `Infinity` when none ever will without a write. Every object counts, not
 * only those one user sees: a bound that comes too early only costs a rebuild.
 */
export function objectsQuietUntil(store: Store): number {
  const now = store.now();
  let until = Number.POSITIVE_INFINITY;
  for (const object of Object.values(store.state.objects)) {
    const due = pinDue(object, now);
    if (due <= now) return now;
    if (due < until) until = due;
  }
  return until;
}

/** When a read of `record` next changes it (`Infinity`: never, without a write). */
function pinDue(record: Rec, now: number): number {
  const pin = record.manual_state;
  if (!pin || typeof pin !== 'object') return Number.POSITIVE_INFINITY;
  const { since, until, stateId } = pin as { since?: unknown; until?: unknown; stateId?: unknown };
  let due = Number.POSITIVE_INFINITY;
  // `Number(x) <= now` is false for NaN: such a bound never falls due, as in refreshManualState
  if (until !== null && until !== undefined && !Number.isNaN(Number(until))) due = Number(until);
  const applies = !Number.isNaN(Number(since)) && String(record.state_id) !== String(stateId);
  // once applied, the pin only acts again at `until` (or after a write changes the state)
  if (applies && Number(since) < due) due = Math.max(Number(since), now);
  return due;
}
