/**
 * The proof: every task of the suite answered through an MCP client over stdio (scripted tool
 * calls against the built bin), its oracle's facts found in the tool results, the median number of
 * tool calls per task at most 3, every call valid against the listed input schema, and neither the
 * server's token nor any secret field in any result.
 */
import { createAuthToken } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, startDemo } from './emulator.ts';
import { connectStdio, type McpSession } from './harness.ts';
import { TASKS } from './tasks/index.ts';
import { SCRIPTS } from './tasks/scripts.ts';

const callsPerTask = new Map<string, number>();
const everyResult: string[] = [];
const tokens: string[] = [];

async function session(flags: string[] = []) {
  const demo = await startDemo();
  const admin = await demo.client.users.current();
  const token = await createAuthToken(demo.client, admin.id);
  tokens.push(token);
  const mcp = await connectStdio({ SAYMON_URL: demo.emulator.url, SAYMON_TOKEN: token }, flags);
  return { demo, mcp };
}

async function answer(task: (typeof TASKS)[number], demo: Demo, mcp: McpSession) {
  const oracle = await task.oracle(demo.client);
  const script = SCRIPTS[task.id];
  if (!script) throw new Error(`no script for ${task.id}`);
  const from = mcp.calls.length;
  await script(mcp);
  callsPerTask.set(task.id, mcp.calls.length - from);
  const text = mcp.textSince(from);
  everyResult.push(text);
  const missing = oracle.facts.filter((fact) => !text.includes(fact));
  expect(missing, `${task.question}: facts not in the tool results`).toEqual([]);
  await oracle.verify?.(demo.client);
}

describe('the task suite through MCP over stdio', () => {
  let reads: { demo: Demo; mcp: McpSession };
  let writes: { demo: Demo; mcp: McpSession };
  beforeAll(async () => {
    [reads, writes] = await Promise.all([session(), session(['--allow-writes'])]);
  });
  afterAll(async () => {
    for (const s of [reads, writes]) {
      await s?.mcp.close();
      await s?.demo.emulator.close();
    }
  });

  it('lists only read tools without --allow-writes, the write tools with it; every input schema compiles', () => {
    const names = (s: { mcp: McpSession }) => s.mcp.tools.map((t) => t.name).sort();
    expect(names(reads)).toEqual([
      'active_incidents',
      'call_endpoint',
      'describe_endpoint',
      'find_objects',
      'metric_history',
      'object_status',
      'search_endpoints',
    ]);
    expect(names(writes)).toEqual(
      [...names(reads), 'acknowledge_incident', 'comment_incident', 'set_manual_state'].sort(),
    );
    const writeTools = ['acknowledge_incident', 'comment_incident', 'set_manual_state', 'call_endpoint'];
    for (const tool of reads.mcp.tools) {
      expect(tool.inputSchema.type, tool.name).toBe('object');
      expect(tool.description?.length, tool.name).toBeGreaterThan(80);
      expect(tool.annotations, tool.name).toMatchObject({ readOnlyHint: true, destructiveHint: false });
    }
    for (const tool of writes.mcp.tools) {
      const writesData = writeTools.includes(tool.name);
      expect(tool.annotations, tool.name).toMatchObject({ readOnlyHint: !writesData, destructiveHint: false });
    }
    const idempotent = Object.fromEntries(writes.mcp.tools.map((t) => [t.name, t.annotations?.idempotentHint]));
    expect(idempotent).toMatchObject({ acknowledge_incident: true, comment_incident: false, set_manual_state: true });
  });

  it.each(TASKS.filter((t) => t.kind === 'read'))('$id: $question', async (task) => {
    await answer(task, reads.demo, reads.mcp);
  });

  it.each(TASKS.filter((t) => t.kind === 'write'))('$id: $question', async (task) => {
    await answer(task, writes.demo, writes.mcp);
  });

  it('answers the median task in at most 3 tool calls', () => {
    const counts = [...callsPerTask.values()].sort((a, b) => a - b);
    expect(counts.length).toBe(TASKS.length);
    const median = counts[Math.floor(counts.length / 2)] as number;
    const total = counts.reduce((a, b) => a + b, 0);
    console.log(`${counts.length} tasks, ${total} tool calls, median ${median}, most ${counts.at(-1)}`);
    expect(median).toBeLessThanOrEqual(3);
  });

  it('shows no secret in any result: not the token the server runs with, no password or token field', () => {
    const all = everyResult.join('\n');
    expect(all.length).toBeGreaterThan(10_000);
    for (const token of tokens) expect(all.includes(token)).toBe(false);
    expect(all).not.toMatch(/"(password|authenticationToken|api-token|sid|csrf)"\s*:/i);
  });
});
