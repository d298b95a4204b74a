/**
 * @saymon-sdk/emulator — a local SAYMON-compatible REST API server. Every route comes from the
 * `@saymon-sdk/core` registry; state is in memory (optionally saved to a JSON file), seeded with
 * a demo estate or empty; auth, permissions and documented error bodies behave like SAYMON's.
 */
export { createEmulatorApp, type EmulatorApp, type EmulatorAppOptions } from './app.ts';
export type { ActiveFault, Fault, FaultKind } from './faults.ts';
export { type EmulatorSettings, Reply } from './handler.ts';
export { createProxyApp, PROXY_HEADER, type ProxyOptions, VIOLATIONS_HEADER } from './proxy/app.ts';
export { openRecorder, type Recorder } from './proxy/recorder.ts';
export { type RunningProxy, type StartProxyOptions, startProxy } from './proxy/server.ts';
export { ProxyTargetError, proxyTarget } from './proxy/target.ts';
export { readRecordingFolder } from './recording/read-folder.ts';
export { keyPaths, type ReplayDifference, replayRecording } from './recording/replay.ts';
export { type SeedSummary, stateFromRecording } from './recording/seed-from.ts';
export { createState, DEMO_USERS, SEEDS, type SeedName } from './seed/index.ts';
export { type RunningEmulator, type StartOptions, startEmulator } from './server.ts';
export type { State } from './store/state.ts';
