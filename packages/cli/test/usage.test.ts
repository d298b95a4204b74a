/** Bad input gets one line and the usage exit code, and nothing is sent (a local server counts requests). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { EXIT } from '../src/exit-codes.ts';
import { run } from '../src/run.ts';
import { counter } from './counter.ts';

async function saymon(argv: string[], env: Record<string, string>, stdin: string[] = []) {
  const out: string[] = [];
  const err: string[] = [];
  const result = await run(argv, {
    env: { SAYMON_TOKEN: 'secret-token-value', ...env },
    stdout: { write: (c) => out.push(String(c)) },
    stderr: { write: (c) => err.push(String(c)) },
    stdin,
  });
  return { ...result, stdout: out.join(''), stderr: err.join('') };
}

describe('bad input', () => {
  const cases: [string, string[], RegExp][] = [
    ['an unknown group', ['nonsense', 'get'], /unknown command "nonsense"/],
    ['an unknown verb', ['objects', 'fly'], /unknown command "objects fly"/],
    ['an unknown flag', ['objects', 'get', '1', '--bogus', 'x'], /Unknown option '--bogus'/],
    ['a missing argument', ['objects', 'get'], /objects get takes <id>, got none/],
    ['an extra argument', ['objects', 'list', 'extra'], /objects list takes no arguments, got "extra"/],
    ['a word for a number', ['event-log', 'list', '--limit', 'ten'], /Invalid input for eventLog.list: query.limit/],
    ['a flag given twice', ['event-log', 'list', '--limit', '1', '--limit', '2'], /--limit is given 2 times/],
    ['bad JSON', ['objects', 'create', '--body', '{name:'], /--body is not valid JSON/],
    [
      'an unreadable file',
      ['objects', 'create', '--body', '@/nonexistent/body.json'],
      /cannot read \/nonexistent\/body.json: ENOENT/,
    ],
    ['a body the schema refuses', ['objects', 'create', '--body', '{"name": 42}'], /Invalid input for objects.create/],
    ['an unknown output format', ['objects', 'list', '-o', 'xml'], /-o takes json, jsonl, yaml, table, csv, not "xml"/],
  ];
  for (const [what, argv, message] of cases) {
    it(`${what}: one line, exit ${EXIT.usage}, nothing sent`, async () => {
      const server = await counter();
      const result = await saymon(argv, { SAYMON_URL: server.url });
      expect(result.stderr).toMatch(message);
      expect(result.stderr.split('\n')).toHaveLength(2);
      expect(result.exitCode).toBe(EXIT.usage);
      expect(server.requests()).toBe(0);
      expect(result.stderr).not.toContain('secret-token-value');
    });
  }

  it('--error-format json gives the kind and the exit code', async () => {
    const server = await counter();
    const result = await saymon(['objects', 'get', '--error-format', 'json'], { SAYMON_URL: server.url });
    expect(JSON.parse(result.stderr)).toMatchObject({ error: { kind: 'usage' }, exitCode: EXIT.usage });
  });

  it('reads --body from a file and from standard input', async () => {
    const server = await counter();
    const folder = await mkdtemp(join(tmpdir(), 'saymon-cli-'));
    onTestFinished(() => rm(folder, { recursive: true, force: true }));
    await writeFile(join(folder, 'body.json'), '{"name": "from a file"}');
    const fromFile = await saymon(['objects', 'create', '--body', `@${join(folder, 'body.json')}`, '-o', 'json'], {
      SAYMON_URL: server.url,
    });
    expect(fromFile.exitCode).toBe(EXIT.ok);
    const fromStdin = await saymon(['objects', 'create', '--body', '-', '-o', 'json'], { SAYMON_URL: server.url }, [
      '{"name": "from stdin"}',
    ]);
    expect(fromStdin.exitCode).toBe(EXIT.ok);
    expect(server.requests()).toBe(2);
  });
});

describe('exit codes of failed calls', () => {
  it('network: nothing listens', async () => {
    const server = await counter();
    const url = server.url;
    await new Promise((r) => setTimeout(r, 0));
    const result = await saymon(['objects', 'get', '1'], { SAYMON_URL: url.replace(/:\d+$/, ':1') });
    expect(result.exitCode).toBe(EXIT.network);
    expect(result.stderr).not.toContain('secret-token-value');
  });
});
