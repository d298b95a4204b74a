/**
 * Persistence: the emulator is killed with SIGKILL in the middle of a burst of writes; after a
 * restart every write it acknowledged is there, and the data file parses.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createClient } from '@saymon-sdk/node';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../core/test/temp-dir.ts';
import { run, start } from './cli-process.ts';

describe('persistence', () => {
  it('keeps every acknowledged write across kill -9', async () => {
    const data = join(tempDir('saymon-data-'), 'state.json');
    const first = await start(['--seed', 'empty', '--data', data]);
    const client = createClient({
      url: first.url,
      auth: { type: 'basic', login: 'admin', password: 'saymon' },
      retry: 0,
    });
    const acknowledged: string[] = [];
    let failed = 0;
    let sent = 0;
    // 20 writers keep writing until the server is gone (bounded to 3,000 writes); the kill comes after
    // 60 acknowledgements, while other writes are still in flight
    const writer = async () => {
      while (failed === 0 && sent < 3_000) {
        const name = `burst-${sent++}`;
        try {
          const object = await client.objects.create({ body: { name } });
          acknowledged.push(String(object.id));
          if (acknowledged.length === 60) first.child.kill('SIGKILL');
        } catch {
          failed++;
        }
      }
    };
    await Promise.all(Array.from({ length: 20 }, writer));
    await first.exited;
    expect(acknowledged.length).toBeGreaterThanOrEqual(60);
    expect(failed).toBeGreaterThan(0); // writes were in flight when the process died

    JSON.parse(readFileSync(data, 'utf8')); // the file is complete
    const second = await start(['--data', data]);
    const restarted = createClient({ url: second.url, auth: { type: 'basic', login: 'admin', password: 'saymon' } });
    const ids = new Set((await restarted.objects.list()).map((o) => String(o.id)));
    const lost = acknowledged.filter((id) => !ids.has(id));
    expect(lost).toEqual([]);
  });

  it('prints the URL and credentials on start and stops cleanly on SIGTERM', async () => {
    const run = await start(['--seed', 'empty']);
    expect(run.output()).toMatch(/admin\/saymon/);
    expect(run.output()).toMatch(/viewer\/viewer/);
    run.child.kill('SIGTERM');
    const [code] = (await run.exited) as [number];
    expect(code).toBe(0);
    expect(run.output()).toContain('stopped');
  });

  it('refuses bad arguments with usage', () => {
    const { code, stderr } = run(['--seed', 'galaxy']);
    expect(code).toBe(2);
    expect(stderr).toContain('--seed must be one of demo, empty');
  });
});

describe('faults from the command line', () => {
  it('injects the faults of a --faults file from the start', async () => {
    const file = join(tempDir('saymon-faults-'), 'faults.json');
    writeFileSync(
      file,
      JSON.stringify([{ kind: 'error', status: 503, method: 'GET', path: '/node/api/version/hash' }]),
    );
    const run = await start(['--seed', 'empty', '--faults', file]);
    const response = await fetch(`${run.url}/node/api/version/hash`);
    expect(response.status).toBe(503);
    const faults = (await (await fetch(`${run.url}/__emulator/faults`)).json()) as { hits: number }[];
    expect(faults[0]?.hits).toBe(1);
  });

  it('refuses a bad fault file before starting', () => {
    const file = join(tempDir('saymon-faults-'), 'faults.json');
    writeFileSync(file, JSON.stringify({ kind: 'meteor' }));
    const { code, stderr } = run(['--faults', file]);
    expect(code).toBe(2);
    expect(stderr).toContain('Unknown fault kind');
  });
});
