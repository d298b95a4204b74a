/** `saymon login` saves an API token as a profile; commands use it with --profile; `profile` lists, switches, removes. */
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '@saymon-sdk/emulator';
import { describe, expect, it, onTestFinished } from 'vitest';
import { EXIT } from '../src/exit-codes.ts';
import { run } from '../src/run.ts';

async function setup() {
  const emulator = await startEmulator({ port: 0, seed: 'demo' });
  onTestFinished(() => emulator.close());
  const config = await mkdtemp(join(tmpdir(), 'saymon-cli-config-'));
  onTestFinished(() => rm(config, { recursive: true, force: true }));
  const saymon = async (argv: string[], env: Record<string, string> = {}, stdin: string[] = []) => {
    const out: string[] = [];
    const err: string[] = [];
    const result = await run(argv, {
      env: { SAYMON_CONFIG_DIR: config, ...env },
      stdout: { write: (c) => out.push(String(c)) },
      stderr: { write: (c) => err.push(String(c)) },
      stdin,
    });
    return { ...result, stdout: out.join(''), stderr: err.join('') };
  };
  return { emulator, config, saymon };
}

describe('saymon login and profiles', () => {
  it('logs in with --password-stdin, saves a token owner-only, and commands use the profile', async () => {
    const { emulator, config, saymon } = await setup();
    const login = await saymon(
      ['login', '--url', emulator.url, '--login', 'admin', '--password-stdin', '--profile', 'lab'],
      {},
      ['saymon\n'],
    );
    expect(login.exitCode).toBe(EXIT.ok);
    expect(login.stderr).toBe(
      `Logged in to ${emulator.url} as admin: API token saved as profile "lab" in ${join(config, 'profiles.json')}\n`,
    );
    const file = join(config, 'profiles.json');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect(saved).toEqual({ current: 'lab', profiles: { lab: { url: emulator.url, token: expect.any(String) } } });
    const token = saved.profiles.lab.token as string;
    expect(login.stdout + login.stderr).not.toContain(token);
    expect(await readFile(file, 'utf8')).not.toContain('saymon"');

    // the current profile without SAYMON_URL, and by name
    const got = await saymon(['objects', 'get', '1', '--fields', 'name', '-o', 'json']);
    expect(got.exitCode).toBe(EXIT.ok);
    expect(JSON.parse(got.stdout)).toEqual({ id: '1', name: 'Root' });
    expect((await saymon(['objects', 'get', '1', '--profile', 'lab', '-o', 'json'])).exitCode).toBe(EXIT.ok);
    const dry = await saymon(['objects', 'get', '1', '--profile', 'lab', '--dry-run']);
    expect(dry.stdout).toContain('api-token=$SAYMON_TOKEN"');
    expect(dry.stdout).not.toContain(token);

    const list = await saymon(['profile', 'list', '-o', 'json']);
    expect(JSON.parse(list.stdout)).toEqual([{ profile: 'lab', url: emulator.url, auth: 'token', current: true }]);
    expect(list.stdout).not.toContain(token);

    const unknown = await saymon(['objects', 'get', '1', '--profile', 'nope']);
    expect(unknown.exitCode).toBe(EXIT.usage);
    expect(unknown.stderr).toBe('saymon: no profile "nope" (saved: lab)\n');

    expect((await saymon(['profile', 'remove', 'lab'])).exitCode).toBe(EXIT.ok);
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ profiles: {} });
  });

  it('a wrong password: the auth exit code, nothing saved, the password never printed', async () => {
    const { emulator, config, saymon } = await setup();
    const result = await saymon(['login', '--url', emulator.url, '--login', 'admin', '--password-stdin'], {}, [
      'wrong-password-value\n',
    ]);
    expect(result.exitCode).toBe(EXIT.auth);
    expect(result.stdout + result.stderr).not.toContain('wrong-password-value');
    await expect(stat(join(config, 'profiles.json'))).rejects.toThrow(/ENOENT/);
  });

  it('without a terminal and without --password-stdin: a usage error, nothing asked', async () => {
    const { emulator, saymon } = await setup();
    const result = await saymon(['login', '--url', emulator.url, '--login', 'admin']);
    expect(result.exitCode).toBe(EXIT.usage);
    expect(result.stderr).toMatch(/^saymon: Password: needs a terminal/);
  });
});
