/**
 * @saymon-sdk/mcp — a Model Context Protocol server for SAYMON: discovery and a generic call derived
 * from the SDK's registry, task tools for what operators ask most, read-only unless started with
 * `--allow-writes` (and `--allow-destructive`). The `saymon-mcp` bin runs it over stdio; this entry
 * builds the same server around a client of your own.
 */
export { DEFAULT_MAX_ANSWER_CHARS, type ToolAnswer } from './answer.ts';
export { offeredEndpoints, withheldReason } from './offered.ts';
export { allows, type Effect, missingFlags, READ_ONLY, refusal, type WritePolicy } from './policy.ts';
export { createSaymonMcpServer, listedTools, type SaymonMcpOptions } from './server.ts';
export { serveStdio } from './stdio.ts';
export type { Tool, ToolAnnotations } from './tool.ts';
export { VERSION } from './version.ts';
