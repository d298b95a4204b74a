/** `--dry-run` prints curl with credentials as variables and sends nothing; `--debug` shows redacted requests. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { curlSnippet } from '@saymon-sdk/core/snippets';
import { startEmulator } from '@saymon-sdk/emulator';
import { describe, expect, it, onTestFinished } from 'vitest';
import { EXIT } from '../src/exit-codes.ts';
import { run } from '../src/run.ts';
import { counter } from './counter.ts';

async function saymon(argv: string[], env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const result = await run(argv, {
    env,
    stdout: { write: (c) => out.push(String(c)) },
    stderr: { write: (c) => err.push(String(c)) },
    stdin: [],
  });
  return { ...result, stdout: out.join(''), stderr: err.join('') };
}

/** The last words of every printed command: the status after the answer, and an HTTP error fails it. */
const STATUS = ['--fail-with-body', `--write-out '\\n%{http_code}\\n'`];

describe('--dry-run', () => {
  it("prints the request as curl by core's snippet generator (the playground's), secrets as shell variables, and sends nothing", async () => {
    const server = await counter();
    const basic = { SAYMON_URL: server.url, SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: 'pw-do-not-print' };
    const created = await saymon(['objects', 'create', '--body', '{"name":"x"}', '--dry-run'], basic);
    expect(created.exitCode).toBe(EXIT.ok);
    expect(created.stdout).toBe(
      `${[
        'curl --request POST',
        `'${server.url}/node/api/objects'`,
        `--user "admin:$SAYMON_PASSWORD"`,
        `--header 'content-type: application/json'`,
        `--data '{"name":"x"}'`,
        ...STATUS,
      ].join(' \\\n  ')}\n`,
    );
    const wire = {
      method: 'POST',
      pathAndQuery: '/node/api/objects',
      headers: { 'content-type': 'application/json' },
      body: '{"name":"x"}',
    };
    expect(created.stdout).toBe(
      `${curlSnippet({ server: server.url, wire, auth: { type: 'basic', login: 'admin' } })}\n`,
    );
    const token = await saymon(['objects', 'get', '1', '--fields', 'name', '--dry-run'], {
      SAYMON_URL: server.url,
      SAYMON_TOKEN: 'tok-do-not-print',
    });
    expect(token.stdout).toBe(
      `${[`curl "${server.url}/node/api/objects/1?fields=name&api-token=$SAYMON_TOKEN"`, ...STATUS].join(' \\\n  ')}\n`,
    );
    const otherParam = await saymon(['objects', 'get', '1', '--dry-run'], {
      SAYMON_URL: server.url,
      SAYMON_TOKEN: 'tok-do-not-print',
      SAYMON_TOKEN_PARAM: 'token',
    });
    expect(otherParam.stdout).toBe(
      `${[`curl "${server.url}/node/api/objects/1?token=$SAYMON_TOKEN"`, ...STATUS].join(' \\\n  ')}\n`,
    );
    const session = await saymon(
      ['users', 'create', '--body', '{"login":"a","password":"pw-do-not-print"}', '--dry-run'],
      { ...basic, SAYMON_AUTH: 'session' },
    );
    expect(session.stdout).toMatch(/^# the body's secrets come from the environment: \$PASSWORD\n/);
    // the body's password: written as JSON by awk from $PASSWORD, piped into curl
    expect(session.stdout).toContain(`ENVIRON["PASSWORD"]`);
    expect(session.stdout).toContain(`printf '%s' '{"login":"a","password":"' "$password_as_json" '"}' |`);
    expect(session.stdout).toContain('--data-binary @-');
    // the login's password is JSON-escaped from $SAYMON_PASSWORD by awk, the jar removed on exit
    expect(session.stdout).toMatch(
      /trap 'rm -f "\$jar"' EXIT[\s\S]*ENVIRON\["SAYMON_PASSWORD"\][\s\S]*--cookie-jar "\$jar"/,
    );
    const api = await saymon(['api', 'DELETE', 'objects/1', '--dry-run'], basic);
    expect(api.stdout).toMatch(/^curl --request DELETE \\\n {2}'.*\/node\/api\/objects\/1'/);
    for (const result of [created, token, otherParam, session, api]) {
      expect(result.stdout + result.stderr).not.toMatch(/do-not-print/);
    }
    expect(server.requests()).toBe(0);
  });
});

describe('--dry-run output', () => {
  it('runs: the printed command, with the variables set, makes the call the command would have made', async () => {
    const emulator = await startEmulator({ port: 0, seed: 'demo' });
    onTestFinished(() => emulator.close());
    const env = { SAYMON_URL: emulator.url, SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: 'saymon' };
    const body = JSON.stringify({ name: "dry run's object", parent_id: '1' });
    const printed = await saymon(['objects', 'create', '--body', body, '--dry-run'], env);
    expect(printed.stdout).not.toContain("saymon'");
    const { stdout } = await promisify(execFile)('sh', ['-c', `${printed.stdout.trim()} --silent`], {
      env: { PATH: process.env.PATH, SAYMON_PASSWORD: 'saymon' },
    });
    // the answer, then the status on a line of its own
    const lines = stdout.trimEnd().split('\n');
    expect(lines.pop()).toBe('200');
    const created = JSON.parse(lines.join('\n')) as { id: string; name: string };
    expect(created.name).toBe("dry run's object");
    const read = await saymon(['objects', 'get', created.id, '--fields', 'name', '-o', 'json'], env);
    expect(JSON.parse(read.stdout)).toMatchObject({ name: "dry run's object" });
  });
});

describe('--debug', () => {
  it('prints each request and answer on stderr with credentials redacted', async () => {
    const server = await counter();
    const result = await saymon(['objects', 'get', '1', '--debug', '-o', 'json'], {
      SAYMON_URL: server.url,
      SAYMON_LOGIN: 'admin',
      SAYMON_PASSWORD: 'pw-do-not-print',
    });
    expect(result.exitCode).toBe(EXIT.ok);
    expect(result.stderr).toMatch(new RegExp(`^> GET ${server.url}/node/api/objects/1\\n`));
    expect(result.stderr).toContain('> authorization: [REDACTED]');
    expect(result.stderr).toMatch(/< 200 GET .*\/node\/api\/objects\/1 \(\d+ ms\)/);
    expect(result.stderr).not.toContain(Buffer.from('admin:pw-do-not-print').toString('base64'));
    expect(server.requests()).toBe(1);
  });
});
