/** `saymon api`, `--paginate` and `--jq` against the emulator, in-process. */
import { startEmulator } from '@saymon-sdk/emulator';
import { describe, expect, it, onTestFinished } from 'vitest';
import { EXIT } from '../src/exit-codes.ts';
import { run } from '../src/run.ts';

async function emulator() {
  const running = await startEmulator({ port: 0, seed: 'demo' });
  onTestFinished(() => running.close());
  let requests = 0;
  const saymon = async (argv: string[], stdin: string[] = []) => {
    const out: string[] = [];
    const err: string[] = [];
    const result = await run(argv, {
      env: { SAYMON_URL: running.url, SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: 'saymon' },
      stdout: { write: (c) => out.push(typeof c === 'string' ? c : Buffer.from(c).toString()) },
      stderr: { write: (c) => err.push(String(c)) },
      stdin,
      clientOptions: {
        retry: 0,
        hooks: {
          beforeRequest: [
            () => {
              requests++;
            },
          ],
        },
      },
    });
    return { ...result, stdout: out.join(''), stderr: err.join('') };
  };
  return { running, saymon, requests: () => requests };
}

describe('saymon api', () => {
  it('GET with typed fields in the query, POST with fields in a JSON body, --input from stdin', async () => {
    const { saymon } = await emulator();
    const list = await saymon(['api', 'GET', 'event-log', '-F', 'limit=2', '-o', 'json']);
    expect(list.exitCode).toBe(EXIT.ok);
    expect(JSON.parse(list.stdout)).toHaveLength(2);
    const created = await saymon([
      'api',
      'POST',
      '/node/api/objects',
      '-f',
      'name=from api',
      '-F',
      'parent_id=1',
      '-o',
      'json',
    ]);
    expect(created.exitCode).toBe(EXIT.ok);
    expect(JSON.parse(created.stdout)).toMatchObject({ name: 'from api', parent_id: ['1'] });
    const id = JSON.parse(created.stdout).id as string;
    const read = await saymon(['api', 'get', `objects/${id}`, '--jq', '.name']);
    expect(read.stdout).toBe('from api\n');
    const updated = await saymon(
      ['api', 'PATCH', `objects/${id}`, '--input', '-', '-o', 'json'],
      ['{"name": "renamed"}'],
    );
    expect(updated.exitCode).toBe(EXIT.ok);
    expect((await saymon(['objects', 'get', id, '--jq', '.name'])).stdout).toBe('renamed\n');
  });

  it('refuses a bad method, a path outside the API, a field without =, bad --input JSON: nothing sent', async () => {
    const { saymon, requests } = await emulator();
    const cases: [string[], RegExp][] = [
      [['api', 'FETCH', 'objects'], /the method is one of GET, POST, PUT, PATCH, DELETE, not "FETCH"/],
      [['api', 'GET', '/etc/passwd'], /the path is under \/node\/api\//],
      [['api', 'POST', 'objects', '-F', 'name'], /-F takes key=value, not "name"/],
      [['api', 'POST', 'objects', '--input', '-'], /standard input is not valid JSON/],
      [['api', 'GET'], /usage: saymon api/],
      [['api', 'GET', 'objects', '--jq', '.['], /--jq: jq: error/],
    ];
    for (const [argv, message] of cases) {
      const result = await saymon(argv, ['{nope']);
      expect(result.stderr).toMatch(message);
      expect(result.exitCode).toBe(EXIT.usage);
    }
    expect(requests()).toBe(0);
  });
});

describe('--paginate and --jq on endpoint commands', () => {
  it('--paginate reads every page of a limit/skip list; jsonl streams one item a line', async () => {
    const { saymon } = await emulator();
    const all = JSON.parse((await saymon(['event-log', 'list', '-o', 'json'])).stdout) as unknown[];
    expect(all.length).toBeGreaterThan(1);
    const pages = await saymon(['event-log', 'list', '--paginate', '-o', 'jsonl']);
    expect(pages.exitCode).toBe(EXIT.ok);
    const lines = pages.stdout.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(all.length);
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(
      expect.arrayContaining(all.map((e) => (e as { id: string }).id)),
    );
  });

  it('--paginate is refused where the list does not page, and with --limit', async () => {
    const { saymon, requests } = await emulator();
    const notPaged = await saymon(['objects', 'get', '1', '--paginate']);
    expect(notPaged.stderr).toMatch(/--paginate: objects get does not page with limit and skip/);
    expect(notPaged.exitCode).toBe(EXIT.usage);
    const withLimit = await saymon(['event-log', 'list', '--paginate', '--limit', '5']);
    expect(withLimit.stderr).toMatch(/paginate sets limit itself/);
    expect(withLimit.exitCode).toBe(EXIT.usage);
    expect(requests()).toBe(0);
  });

  it('--jq filters the answer with jq; a filter that does not compile is refused before sending', async () => {
    const { saymon, requests } = await emulator();
    const names = await saymon(['objects', 'list', '--fields', 'name', '--jq', '.[] | select(.id == "1") | .name']);
    expect(names.stdout).toBe('Root\n');
    const compact = await saymon(['objects', 'get', '1', '--fields', 'name', '--jq', '.', '-o', 'jsonl']);
    expect(compact.stdout).toBe('{"id":"1","name":"Root"}\n');
    const before = requests();
    const broken = await saymon(['objects', 'get', '1', '--jq', '.name |']);
    expect(broken.exitCode).toBe(EXIT.usage);
    expect(broken.stderr).toMatch(/^saymon: --jq: jq: error/);
    const table = await saymon(['objects', 'get', '1', '--jq', '.name', '-o', 'table']);
    expect(table.stderr).toMatch(/--jq prints jq's output: use it with -o json or -o jsonl, not -o table/);
    expect(requests()).toBe(before);
  });
});
