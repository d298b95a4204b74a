import type { State } from '../store/state.ts';
import { baseState } from './base.ts';
import { seedDemo } from './demo.ts';

export const SEEDS = ['demo', 'empty'] as const;
export type SeedName = (typeof SEEDS)[number];

/** The users every seed has. */
export const DEMO_USERS = {
  admin: { login: 'admin', password: 'saymon' },
  viewer: { login: 'viewer', password: 'viewer' },
} as const;

/**
 * Builds a starting state. `empty` holds the root object, the users and SAYMON's built-in
 * reference data (states, incident levels, classes); `demo` adds a monitored estate generated
 * from a fixed random seed, so every run starts from the same data.
 */
export function createState(name: SeedName, now: () => number = Date.now): State {
  const state = baseState(name, now());
  if (name === 'demo') seedDemo(state, now());
  return state;
}
