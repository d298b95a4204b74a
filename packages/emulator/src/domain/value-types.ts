/**
 * Property value types. A state that has none (an empty seed, an older state file) gets the ones
 * every SAYMON server ships, all `system` (they cannot be changed), on first use.
 */
import type { Rec } from '../store/state.ts';
import type { Store } from '../store/store.ts';

/** The value types SAYMON ships (all `system`: they cannot be changed). */
export const BUILT_IN_VALUE_TYPES: Rec[] = [
  { id: 'date', name: 'Date', mask: '', system: true },
  { id: 'datetime', name: 'DateTime', mask: '', system: true },
  { id: 'dictionary', name: 'Dictionary', mask: '', system: true },
  {
    id: 'ip',
    name: 'IP address',
    mask: { regex: '^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$' },
    system: true,
  },
  { id: 'mac', name: 'MAC address', mask: { regex: '^([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}$' }, system: true },
];

/** The state's value types, the built-in ones put in first when it has none. */
export function valueTypes(store: Store): Rec[] {
  if (store.state.propertyValueTypes.length === 0)
    store.state.propertyValueTypes = structuredClone(BUILT_IN_VALUE_TYPES);
  return store.state.propertyValueTypes;
}
