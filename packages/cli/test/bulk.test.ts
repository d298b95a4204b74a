/** `--from file.jsonl --concurrency N`: one call and one result per line; failures never stop the others. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator } from '@saymon-sdk/emulator';
import { describe, expect, it, onTestFinished } from 'vitest';
import { EXIT } from '../src/exit-codes.ts';
import { run } from '../src/run.ts';

async function setup() {
  const emulator = await startEmulator({ port: 0, seed: 'demo' });
  onTestFinished(() => emulator.close());
  const folder = await mkdtemp(join(tmpdir(), 'saymon-cli-bulk-'));
  onTestFinished(() => rm(folder, { recursive: true, force: true }));
  const env = { SAYMON_URL: emulator.url, SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: 'saymon' };
  const saymon = async (argv: string[], extra: { signal?: AbortSignal; tty?: boolean; onErr?: () => void } = {}) => {
    const out: string[] = [];
    const err: string[] = [];
    const result = await run(argv, {
      env,
      stdout: { write: (c) => out.push(String(c)) },
      stderr: {
        write: (c) => {
          err.push(String(c));
          extra.onErr?.();
        },
        isTTY: extra.tty === true,
      },
      stdin: [],
      ...(extra.signal ? { signal: extra.signal } : {}),
    });
    return { ...result, stdout: out.join(''), stderr: err.join('') };
  };
  const file = async (lines: unknown[]) => {
    const path = join(folder, `input-${Math.random().toString(36).slice(2)}.jsonl`);
    await writeFile(path, `${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    return path;
  };
  return { emulator, saymon, file };
}

describe('saymon <group> <verb> --from', () => {
  it('one result line per input; a 404 and a refused input fail alone; exit code of the first failure', async () => {
    const { saymon, file } = await setup();
    const ids: string[] = [];
    for (const name of ['bulk a', 'bulk b']) {
      const created = await saymon([
        'objects',
        'create',
        '--body',
        JSON.stringify({ name, parent_id: '1' }),
        '-o',
        'json',
      ]);
      ids.push(JSON.parse(created.stdout).id);
    }
    const input = await file([
      { id: ids[0], body: { name: 'renamed a' } },
      { id: 'ffffffffffffffffffffffff', body: { name: 'nobody' } },
      { id: ids[1], body: { name: 42 } },
      { id: ids[1], body: { name: 'renamed b' } },
    ]);
    const result = await saymon(['objects', 'update', '--from', input, '--concurrency', '2']);
    expect(result.exitCode).toBe(EXIT.api);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.line, l.ok])).toEqual([
      [1, true],
      [2, false],
      [3, false],
      [4, true],
    ]);
    expect(lines[1].error).toMatchObject({ kind: 'api', status: 404 });
    expect(lines[2].error).toMatchObject({ kind: 'usage' });
    expect(result.stderr).toBe('saymon: 2 of 4 inputs failed\n');
    const names = await saymon([
      'objects',
      'list',
      '--fields',
      'name',
      '--jq',
      `.[] | select(.id == "${ids[0]}" or .id == "${ids[1]}") | .name`,
    ]);
    expect(names.stdout.split('\n').filter(Boolean).sort()).toEqual(['renamed a', 'renamed b']);
  });

  it('a line that is not JSON refuses the whole run before sending; --concurrency is checked', async () => {
    const { saymon, file, emulator } = await setup();
    const good = await file([{ id: '1', body: { name: 'x' } }]);
    const bad = `${good}.bad`;
    await writeFile(bad, '{"id": "1", "body": {"name": "changed"}}\n{nope\n');
    const before = JSON.stringify(emulator.store.state.objects['1']);
    const result = await saymon(['objects', 'update', '--from', bad]);
    expect(result.exitCode).toBe(EXIT.usage);
    expect(result.stderr).toMatch(/^saymon: .*\.bad, line 2, is not valid JSON/);
    expect(JSON.stringify(emulator.store.state.objects['1'])).toBe(before);
    const zero = await saymon(['objects', 'update', '--from', good, '--concurrency', '0']);
    expect(zero.stderr).toBe('saymon: --concurrency takes a whole number from 1 to 256, not "0"\n');
    const withArg = await saymon(['objects', 'update', '1', '--from', good]);
    expect(withArg.exitCode).toBe(EXIT.usage);
    // a destructive command asks once for the whole file: without a terminal, --yes
    const deletes = await file([{ id: '1' }]);
    const refused = await saymon(['objects', 'delete', '--from', deletes]);
    expect(refused.stderr).toBe(
      'saymon: saymon objects delete for 1 inputs removes data no other call brings back: add --yes to run it without a terminal (nothing sent)\n',
    );
    expect(emulator.store.state.objects['1']).toBeDefined();
  });

  it('where the query has a `from` parameter, --from stays the query and --from-file is the bulk input', async () => {
    const { saymon, file } = await setup();
    const window = await saymon(['event-log', 'list', '--from', '0', '--limit', '1', '-o', 'json']);
    expect(window.exitCode).toBe(EXIT.ok);
    expect(JSON.parse(window.stdout)).toHaveLength(1);
    const input = await file([{ query: { limit: 1 } }, { query: { limit: 2 } }]);
    const bulk = await saymon(['event-log', 'list', '--from-file', input]);
    expect(bulk.exitCode).toBe(EXIT.ok);
    const lines = bulk.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.value.length)).toEqual([1, 2]);
  });

  it('shows progress on a terminal; an interrupted run says how far it got', async () => {
    const { saymon, file } = await setup();
    const input = await file(Array.from({ length: 6 }, () => ({ id: '1', query: { fields: ['name'] } })));
    const stop = new AbortController();
    const result = await saymon(['objects', 'get', '--from', input, '--concurrency', '1'], {
      tty: true,
      signal: stop.signal,
      onErr: () => stop.abort(new Error('interrupted')),
    });
    expect(result.stderr).toContain('\rsaymon: 1/6 done');
    expect(result.exitCode).toBe(EXIT.interrupted);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ line: 1, ok: true, value: { id: '1', name: 'Root' } });
    expect(lines.at(-1)).toMatchObject({ line: 6, ok: false, notSent: true });
    expect(result.stderr).toMatch(/saymon: interrupted: \d of 6 inputs sent \(0 failed\), \d not sent\n$/);
  });
});
