/** Destructive commands (the registry's effect marks) ask on a terminal and need --yes otherwise. */
import { PassThrough } from 'node:stream';
import { startEmulator } from '@saymon-sdk/emulator';
import { describe, expect, it, onTestFinished } from 'vitest';
import { EXIT } from '../src/exit-codes.ts';
import { run } from '../src/run.ts';

async function setup() {
  const emulator = await startEmulator({ port: 0, seed: 'demo' });
  onTestFinished(() => emulator.close());
  let sent = 0;
  const saymon = async (argv: string[], terminal?: { answer: string }) => {
    const out: string[] = [];
    const err: string[] = [];
    const stdin = Object.assign(new PassThrough(), { isTTY: terminal !== undefined });
    const stderr = Object.assign(new PassThrough(), { isTTY: terminal !== undefined });
    stderr.on('data', (c) => err.push(String(c)));
    if (terminal) stdin.end(terminal.answer);
    else stdin.end();
    const result = await run(argv, {
      env: { SAYMON_URL: emulator.url, SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: 'saymon' },
      stdout: { write: (c) => out.push(String(c)) },
      stderr,
      stdin,
      clientOptions: {
        hooks: {
          beforeRequest: () => {
            sent++;
          },
        },
      },
    });
    return { ...result, stdout: out.join(''), stderr: err.join('') };
  };
  const newObject = async () => {
    const created = await saymon(['objects', 'create', '--body', '{"name": "doomed", "parent_id": "1"}', '-o', 'json']);
    return JSON.parse(created.stdout).id as string;
  };
  return { emulator, saymon, newObject, sent: () => sent };
}

describe('destructive commands', () => {
  it('without a terminal: refused without --yes (nothing sent), run with it', async () => {
    const { emulator, saymon, newObject, sent } = await setup();
    const id = await newObject();
    const before = sent();
    const refused = await saymon(['objects', 'delete', id]);
    expect(refused.exitCode).toBe(EXIT.usage);
    expect(refused.stderr).toBe(
      `saymon: saymon objects delete ${id} removes data no other call brings back: add --yes to run it without a terminal (nothing sent)\n`,
    );
    expect(sent()).toBe(before);
    expect(emulator.store.state.objects[id]).toBeDefined();
    expect((await saymon(['objects', 'delete', id, '--yes'])).exitCode).toBe(EXIT.ok);
    expect(emulator.store.state.objects[id]).toBeUndefined();
  });

  it('on a terminal: asks; only y or yes goes ahead', async () => {
    const { emulator, saymon, newObject, sent } = await setup();
    const id = await newObject();
    const before = sent();
    const declined = await saymon(['objects', 'delete', id], { answer: 'n\n' });
    expect(declined.stderr).toContain(
      `saymon objects delete ${id} removes data no other call brings back. Continue? [y/N] `,
    );
    expect(declined.stderr).toMatch(/saymon: not confirmed: nothing sent\n$/);
    expect(declined.exitCode).toBe(EXIT.usage);
    expect(sent()).toBe(before);
    const confirmed = await saymon(['objects', 'delete', id], { answer: 'y\n' });
    expect(confirmed.exitCode).toBe(EXIT.ok);
    expect(emulator.store.state.objects[id]).toBeUndefined();
  });

  it('reads and writes do not ask; --dry-run does not ask; saymon api asks as the endpoint does', async () => {
    const { emulator, saymon, newObject, sent } = await setup();
    expect((await saymon(['objects', 'get', '1', '-o', 'json'])).exitCode).toBe(EXIT.ok);
    const id = await newObject();
    expect((await saymon(['objects', 'update', id, '--body', '{"name": "kept"}', '-o', 'json'])).exitCode).toBe(
      EXIT.ok,
    );
    expect((await saymon(['objects', 'delete', id, '--dry-run'])).stdout).toMatch(/^curl --request DELETE/);
    const before = sent();
    const api = await saymon(['api', 'DELETE', `objects/${id}`]);
    expect(api.stderr).toMatch(
      /saymon api DELETE \/node\/api\/objects\/\S+ removes data no other call brings back: add --yes/,
    );
    expect((await saymon(['commands', '-o', 'json'])).exitCode).toBe(EXIT.ok);
    expect(sent()).toBe(before);
    expect(emulator.store.state.objects[id]).toBeDefined();
    expect((await saymon(['api', 'DELETE', `objects/${id}`, '--yes'])).exitCode).toBe(EXIT.ok);
    expect(emulator.store.state.objects[id]).toBeUndefined();
  });
});
