import type { State } from '../state.ts';

/** Adds the demo estate (sites, racks, servers, services, links, metrics, incidents). */
export function seedDemo(_state: State, _now: number): void {}
