/**
 * The data file: anything but an emulator state is refused at start with a message naming the
 * file, and left as it was; a new file is created with mode 0600; stale `<file>.<pid>.tmp` files
 * are removed. Also the CLI's `--body-limit`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startEmulator } from '../../src/server.ts';
import { ADMIN, Findings } from './findings.ts';

const cli = new URL('../../dist/cli.js', import.meta.url).pathname;
const dir = () => mkdtempSync(join(tmpdir(), 'saymon-file-'));

const WRONG = [
  'null',
  '{}',
  '[]',
  '""',
  '42',
  'not json',
  '',
  '{"meta":{"version":1,"seq":0}}',
  '{"meta":{"version":2,"seq":0},"objects":{},"users":{},"sessions":{}}',
  '{"meta":{"version":1,"seq":0},"objects":[],"users":{},"sessions":{}}',
  '{"meta":{"version":1,"seq":0},"objects":{},"users":{},"sessions":{},"auditLog":{}}',
  '{"meta":null,"objects":{},"users":{},"sessions":{}}',
];

describe('hostile: data file', () => {
  it('refuses to start on a file that is not an emulator state, names it, and leaves it alone', async () => {
    const findings = new Findings('data file');
    for (const text of WRONG) {
      const file = join(dir(), 'state.json');
      writeFileSync(file, text);
      const run = spawnSync(process.execPath, [cli, '--port', '0', '--data', file], {
        encoding: 'utf8',
        timeout: 20_000,
      });
      findings.check(
        `CLI with ${JSON.stringify(text)}`,
        run.status !== 0 && run.stderr.includes(file) && !run.stdout.includes('listening')
          ? undefined
          : `exit ${run.status}: ${run.stdout}${run.stderr}`,
      );
      findings.check(
        `CLI with ${JSON.stringify(text)}: file kept`,
        readFileSync(file, 'utf8') === text ? undefined : 'overwritten',
      );
      const started = await startEmulator({ port: 0, data: file }).then(
        async (e) => {
          await e.close();
          return 'started';
        },
        (error: Error) => (error.message.includes(file) ? undefined : error.message),
      );
      findings.check(`startEmulator with ${JSON.stringify(text)}`, started);
    }
    findings.print();
    expect(findings.found).toEqual([]);
  }, 120_000);

  it('creates the file with mode 0600 and removes stale temporary files of dead processes', async () => {
    const folder = dir();
    const file = join(folder, 'state.json');
    const stale = `${file}.999999.tmp`;
    const other = join(folder, 'state.json.notes.tmp');
    writeFileSync(stale, '{"half": ');
    writeFileSync(other, 'not ours');
    const emulator = await startEmulator({ port: 0, seed: 'empty', data: file });
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(other)).toBe(true);
    await emulator.close();
    // an existing state loads, and what it holds is kept
    const again = await startEmulator({ port: 0, data: file });
    expect(again.store.state.meta.seed).toBe('empty');
    await again.close();
  });

  it('takes --body-limit and refuses a bad one', async () => {
    const bad = spawnSync(process.execPath, [cli, '--port', '0', '--body-limit', 'lots'], { encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--body-limit');
    const child = spawn(process.execPath, [cli, '--port', '0', '--seed', 'empty', '--body-limit', '1KiB'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      child.stdout.on('data', (c) => {
        output += c;
      });
      const url = await new Promise<string>((resolve) => {
        const timer = setInterval(() => {
          const match = output.match(/listening on (http:\/\/[^\s/]+)/);
          if (match) {
            clearInterval(timer);
            resolve(match[1] as string);
          }
        }, 20);
      });
      const big = await fetch(`${url}/node/api/stat/search`, {
        method: 'POST',
        headers: { authorization: ADMIN, 'content-type': 'application/json' },
        body: JSON.stringify([{ pad: 'x'.repeat(2048) }]),
      });
      expect(big.status).toBe(413);
      expect(((await big.json()) as { code: string }).code).toBe('PayloadTooLarge');
    } finally {
      child.kill('SIGKILL');
    }
  }, 30_000);
});
