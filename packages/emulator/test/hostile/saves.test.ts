/**
 * A save that fails fails its own request and leaves memory and disk in agreement: the data file
 * is replaced by a directory (rename then fails, even as root), writes answer 500 `SaveFailed`
 * and are taken back from memory; once the file can be written again, a restart shows exactly
 * what was acknowledged. Then the same with the CLI and `--data` for a 10,000-deep body.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../../../core/test/temp-dir.ts';
import { startEmulator } from '../../src/server.ts';
import { start } from '../cli-process.ts';
import { ADMIN, Findings } from './findings.ts';

async function create(url: string, name: string): Promise<Response> {
  return fetch(`${url}/node/api/objects`, {
    method: 'POST',
    headers: { authorization: ADMIN, 'content-type': 'application/json' },
    body: JSON.stringify({ name, parent_id: '1' }),
  });
}

const names = (objects: Record<string, Record<string, unknown>>) =>
  Object.values(objects)
    .map((o) => String(o.name))
    .sort();

describe('hostile: failed saves', () => {
  it('answers a failed save as failed and keeps memory equal to the file', async () => {
    const findings = new Findings('failed saves');
    const data = join(tempDir('saymon-save-'), 'state.json');
    const first = await startEmulator({ port: 0, seed: 'empty', data });
    onTestFinished(() => first.close());
    findings.check('a write before the failure', (await create(first.url, 'kept 1')).ok ? undefined : 'refused');

    // the file becomes a non-empty directory: every save now fails
    rmSync(data);
    mkdirSync(data);
    writeFileSync(join(data, 'blocker'), 'x');
    const failing = await Promise.all(Array.from({ length: 10 }, (_, i) => create(first.url, `lost ${i}`)));
    for (const [i, response] of failing.entries()) {
      const body = (await response.json()) as { code?: string };
      findings.check(
        `write ${i} during the failure`,
        response.status === 500 && body.code === 'SaveFailed' ? undefined : `HTTP ${response.status}`,
      );
    }
    findings.check(
      'memory after the failed saves',
      names(first.store.state.objects).some((n) => n.startsWith('lost'))
        ? 'a failed write is still applied'
        : undefined,
    );
    const tags = await fetch(`${first.url}/node/api/tags`, {
      method: 'POST',
      headers: { authorization: ADMIN, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'lost tag' }),
    });
    findings.check('another collection during the failure', tags.status === 500 ? undefined : `HTTP ${tags.status}`);

    // the disk is writable again: the next write is saved, and so is everything acknowledged
    rmSync(data, { recursive: true });
    findings.check('a write after the failure', (await create(first.url, 'kept 2')).ok ? undefined : 'refused');
    const onDisk = JSON.parse(readFileSync(data, 'utf8')) as { objects: Record<string, Record<string, unknown>> };
    findings.check(
      'memory equals the file',
      names(onDisk.objects).join() === names(first.store.state.objects).join() ? undefined : 'they differ',
    );
    await first.close();
    const second = await startEmulator({ port: 0, seed: 'empty', data });
    onTestFinished(() => second.close());
    const restarted = names(second.store.state.objects);
    findings.check(
      'after a restart',
      restarted.join() === ['Root', 'kept 1', 'kept 2'].join() ? undefined : restarted.join(),
    );
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it('with --data, a 10,000-deep body is refused and later writes survive kill -9', async () => {
    const data = join(tempDir('saymon-deep-'), 'state.json');
    const run = () => start(['--seed', 'empty', '--data', data]);
    const first = await run();
    const deep = `{"name":"deep","parent_id":"1","client_data":${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}}`;
    const refused = await fetch(`${first.url}/node/api/objects`, {
      method: 'POST',
      headers: { authorization: ADMIN, 'content-type': 'application/json' },
      body: deep,
    });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { code: string }).code).toBe('TooDeep');
    for (let i = 0; i < 5; i++) expect((await create(first.url, `after ${i}`)).ok).toBe(true);
    first.child.kill('SIGKILL');
    await new Promise((r) => first.child.once('exit', r));
    const second = await run();
    const list = (await (
      await fetch(`${second.url}/node/api/objects`, { headers: { authorization: ADMIN } })
    ).json()) as {
      name: string;
    }[];
    expect(list.map((o) => o.name).filter((n) => n.startsWith('after')).length).toBe(5);
    expect(list.some((o) => o.name === 'deep')).toBe(false);
    console.log('hostile deep body with --data: refused (400 TooDeep), 5 later writes kept across kill -9');
  }, 60_000);
});
