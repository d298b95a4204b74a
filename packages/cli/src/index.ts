/**
 * @saymon-sdk/cli — `saymon`, the SAYMON REST API from the command line. The package's entry runs
 * the same commands in-process: `run(['objects', 'get', '1', '-o', 'json'], io)`.
 */

export type { RecordedBody, RecordedExchange, RecordingManifest } from '@saymon-sdk/core/recording';
export { type CatalogEntry, type CatalogFlag, catalog } from './catalog.ts';
export type { DriftFinding, DriftKind } from './doctor/drift.ts';
export type { DoctorReport, EndpointReport, Outcome } from './doctor/outcome.ts';
export { EXIT, type ExitCode, UsageError } from './exit-codes.ts';
export type { CliIo, OutputStream, RunResult } from './io.ts';
export { run } from './run.ts';
