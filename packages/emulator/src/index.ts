/**
 * @saymon-sdk/emulator — a local SAYMON-compatible REST API server. Every route comes from the
 * `@saymon-sdk/core` registry; state is in memory (optionally saved to a JSON file), seeded with
 * a demo estate or empty; auth, permissions and documented error bodies behave like SAYMON's.
 */
export { createEmulatorApp, type EmulatorApp, type EmulatorAppOptions } from './app.ts';
export type { ActiveFault, Fault, FaultKind } from './faults.ts';
export { type EmulatorSettings, Reply } from './handler.ts';
export { createState, DEMO_USERS, SEEDS, type SeedName } from './seed/index.ts';
export { type RunningEmulator, type StartOptions, startEmulator } from './server.ts';
export type { State } from './store/state.ts';
