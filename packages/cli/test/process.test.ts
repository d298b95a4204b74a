/** `saymon` as a real process (the built bin) against the emulator: output formats, help, exit codes. */
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startEmulator } from '@saymon-sdk/emulator';
import { describe, expect, it, onTestFinished } from 'vitest';

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const exec = promisify(execFile);

async function saymon(args: string[], env: Record<string, string>) {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], {
      env: { PATH: process.env.PATH, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

describe('saymon as a process', () => {
  it('reads an object as JSON, YAML and CSV; fails with the API and auth exit codes; never prints the password', async () => {
    const emulator = await startEmulator({ port: 0, seed: 'demo' });
    onTestFinished(() => emulator.close());
    const env = { SAYMON_URL: emulator.url, SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: 'saymon' };
    const json = await saymon(['objects', 'get', '1', '--fields', 'name', '-o', 'json'], env);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ id: '1', name: expect.any(String) });
    const yaml = await saymon(['objects', 'get', '1', '--fields', 'name', '-o', 'yaml'], env);
    expect(yaml.stdout).toMatch(/^id: "1"\nname: /);
    const csv = await saymon(['objects', 'list', '--fields', 'name', '-o', 'csv'], env);
    expect(csv.stdout.split('\n')[0]).toBe('id,name');
    const missing = await saymon(['objects', 'get', 'ffffffffffffffffffffffff'], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^saymon: SAYMON answered 404/);
    const wrong = await saymon(['objects', 'get', '1'], { ...env, SAYMON_PASSWORD: 'not-the-password' });
    expect(wrong.code).toBe(4);
    expect(wrong.stderr + wrong.stdout).not.toContain('not-the-password');
    const help = await saymon(['objects', 'set-stat', '--help'], env);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: saymon objects set-stat <id>/);
    expect(help.stdout).toMatch(/Permissions: {2}\S/);
  });
});
