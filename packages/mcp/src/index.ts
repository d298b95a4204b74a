/**
 * @saymon-sdk/mcp — a Model Context Protocol server for SAYMON: discovery and a generic call derived
 * from the SDK's registry, task tools for what operators ask most, read-only unless started with
 * `--allow-writes` (and `--allow-destructive`). The `saymon-mcp` bin runs it over stdio.
 */
export { offeredEndpoints, withheldReason } from './offered.ts';
export { allows, type Effect, missingFlags, READ_ONLY, refusal, type WritePolicy } from './policy.ts';
