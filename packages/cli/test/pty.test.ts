/**
 * `saymon` in a pseudo-terminal (util-linux `script`): the confirmation prompt, the hidden password
 * prompt of `login` and the progress line, as a person sees them. Replies are typed once their prompt shows.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@saymon-sdk/emulator';
import { describe, expect, it, onTestFinished } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const hasScript = (() => {
  try {
    execFileSync('script', ['--version'], { stdio: 'ignore' });
    return process.platform === 'linux';
  } catch {
    return false;
  }
})();

const quote = (word: string) => `'${word.replaceAll("'", `'\\''`)}'`;

/** Runs saymon on a terminal; each reply is typed when its prompt has appeared. */
function onTerminal(args: string[], env: Record<string, string>, replies: [prompt: string, reply: string][] = []) {
  const command = [process.execPath, bin, ...args].map(quote).join(' ');
  const child = spawn('script', ['-qec', command, '/dev/null'], { env: { ...process.env, ...env } });
  let transcript = '';
  let next = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    transcript += chunk.toString();
    const reply = replies[next];
    if (reply && transcript.includes(reply[0])) {
      next++;
      child.stdin.write(`${reply[1]}\r`);
    }
  });
  return new Promise<{ code: number | null; transcript: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, transcript })),
  );
}

describe.skipIf(!hasScript)('saymon on a terminal', () => {
  it('asks before a destructive call; logs in with a password that is not echoed; shows progress', async () => {
    const emulator = await startEmulator({ port: 0, seed: 'demo' });
    onTestFinished(() => emulator.close());
    const folder = await mkdtemp(join(tmpdir(), 'saymon-cli-pty-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    const env = {
      SAYMON_URL: emulator.url,
      SAYMON_LOGIN: 'admin',
      SAYMON_PASSWORD: 'saymon',
      SAYMON_CONFIG_DIR: folder,
    };

    const kept = await onTerminal(['objects', 'delete', '1'], env, [['Continue? [y/N]', 'n']]);
    expect(kept.transcript).toContain(
      'saymon objects delete 1 removes data no other call brings back. Continue? [y/N]',
    );
    expect(kept.transcript).toContain('not confirmed: nothing sent');
    expect(kept.code).toBe(2);
    expect(emulator.store.state.objects['1']).toBeDefined();

    const { SAYMON_LOGIN: _l, SAYMON_PASSWORD: _p, ...noCredentials } = env;
    const login = await onTerminal(['login', '--profile', 'tty'], noCredentials, [
      ['Login: ', 'admin'],
      ['Password: ', 'saymon'],
    ]);
    expect(login.code).toBe(0);
    expect(login.transcript).toContain('Logged in to');
    expect(login.transcript.split('Password: ')[1]).not.toContain('saymon\r');

    const input = join(folder, 'gets.jsonl');
    await writeFile(input, `${JSON.stringify({ id: '1' })}\n`.repeat(3));
    const bulk = await onTerminal(['objects', 'get', '--from', input, '--profile', 'tty'], noCredentials);
    expect(bulk.code).toBe(0);
    expect(bulk.transcript).toContain('\rsaymon: 3/3 done');
  });

  it('pull and push show their progress line', async () => {
    const emulator = await startEmulator({ port: 0, seed: 'demo' });
    onTestFinished(() => emulator.close());
    const folder = await mkdtemp(join(tmpdir(), 'saymon-cli-pty-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    const env = { SAYMON_URL: emulator.url, SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: 'saymon' };
    const rack = 'Root/Moscow DC-1/Rack MSK1-R01';
    const pulled = await onTerminal(['pull', rack, '--out', folder], env);
    expect(pulled.code).toBe(0);
    expect(pulled.transcript).toMatch(/\rsaymon: pulled (\d+) objects[\s\S]*\1 objects, \d+ classes written/);
    const pushed = await onTerminal(['push', folder], env);
    expect(pushed.code).toBe(0);
    expect(pushed.transcript).toMatch(/\rsaymon: pushed (\d+)\/\1 objects/);
    expect(pushed.transcript).toContain('0 writes');
  });
});
