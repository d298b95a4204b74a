/**
 * The write flags through an MCP client over stdio: with --allow-writes a destructive call is still
 * refused (naming --allow-destructive only); with both flags it goes through.
 */
import { createAuthToken } from '@saymon-sdk/node';
import { describe, expect, it, onTestFinished } from 'vitest';
import { startDemo } from './emulator.ts';
import { connectStdio, textOf } from './harness.ts';

async function withFlags(flags: string[]) {
  const demo = await startDemo();
  onTestFinished(() => demo.emulator.close());
  const token = await createAuthToken(demo.client, (await demo.client.users.current()).id);
  const mcp = await connectStdio({ SAYMON_URL: demo.emulator.url, SAYMON_TOKEN: token }, flags);
  onTestFinished(() => mcp.close());
  const [note] = await demo.client.historyAnnotations.list({ query: { from: 0, to: Date.now() + 3600_000 } });
  if (!note) throw new Error('the demo estate has no history annotation');
  return { demo, mcp, note };
}

describe('write flags', () => {
  it('--allow-writes: writes go through, destructive calls are refused naming --allow-destructive', async () => {
    const { demo, mcp, note } = await withFlags(['--allow-writes']);
    const refused = await mcp.raw('call_endpoint', { id: 'historyAnnotations.delete', path: { id: note.id } });
    expect(refused.isError).toBe(true);
    expect(textOf(refused)).toMatch(/removes data.*restart it with --allow-destructive to allow it/s);
    expect(textOf(refused)).not.toMatch(/--allow-writes /);
    const updated = await mcp.raw('call_endpoint', {
      id: 'historyAnnotations.update',
      path: { id: note.id },
      body: { content: 'Moved by the assistant' },
    });
    expect(updated.isError).toBeFalsy();
    const after = await demo.client.historyAnnotations.list({ query: { from: 0, to: Date.now() + 3600_000 } });
    expect(after.find((n) => n.id === note.id)?.content).toBe('Moved by the assistant');
    expect(mcp.tools.find((t) => t.name === 'call_endpoint')?.annotations).toMatchObject({
      readOnlyHint: false,
      destructiveHint: false,
    });
  });

  it('--allow-writes --allow-destructive: a destructive call goes through', async () => {
    const { demo, mcp, note } = await withFlags(['--allow-writes', '--allow-destructive']);
    expect(mcp.tools.find((t) => t.name === 'call_endpoint')?.annotations).toMatchObject({ destructiveHint: true });
    const removed = await mcp.raw('call_endpoint', { id: 'historyAnnotations.delete', path: { id: note.id } });
    expect(removed.isError).toBeFalsy();
    const after = await demo.client.historyAnnotations.list({ query: { from: 0, to: Date.now() + 3600_000 } });
    expect(after.map((n) => n.id)).not.toContain(note.id);
  });
});
