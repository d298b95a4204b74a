/**
 * The data file: anything but an emulator state is refused at start with a message naming the
 * file, and left as it was; a new file is created with mode 0600; stale `<file>.<pid>.tmp` files
 * are removed. Also the CLI's `--body-limit`.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../../../core/test/temp-dir.ts';
import { startEmulator } from '../../src/server.ts';
import { run, start } from '../cli-process.ts';
import { ADMIN, Findings } from './findings.ts';

const dir = () => tempDir('saymon-file-');

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
      const cli = run(['--port', '0', '--data', file]);
      findings.check(
        `CLI with ${JSON.stringify(text)}`,
        cli.code !== 0 && cli.stderr.includes(file) && !cli.stdout.includes('listening')
          ? undefined
          : `exit ${cli.code}: ${cli.stdout}${cli.stderr}`,
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
    onTestFinished(() => emulator.close());
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(existsSync(stale)).toBe(false);
    expect(existsSync(other)).toBe(true);
    await emulator.close();
    // an existing state loads, and what it holds is kept
    const again = await startEmulator({ port: 0, data: file });
    onTestFinished(() => again.close());
    expect(again.store.state.meta.seed).toBe('empty');
  });

  it('takes --body-limit and refuses a bad one', async () => {
    const bad = run(['--port', '0', '--body-limit', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--body-limit');
    const { url } = await start(['--seed', 'empty', '--body-limit', '1KiB']);
    const big = await fetch(`${url}/node/api/stat/search`, {
      method: 'POST',
      headers: { authorization: ADMIN, 'content-type': 'application/json' },
      body: JSON.stringify([{ pad: 'x'.repeat(2048) }]),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { code: string }).code).toBe('PayloadTooLarge');
  }, 30_000);
});
