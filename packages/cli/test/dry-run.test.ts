/** `--dry-run` prints curl with credentials as variables and sends nothing; `--debug` shows redacted requests. */
import { describe, expect, it } from 'vitest';
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

describe('--dry-run', () => {
  it('prints the request as curl, credentials as shell variables, and sends nothing (a session login included)', async () => {
    const server = await counter();
    const basic = { SAYMON_URL: server.url, SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: 'pw-do-not-print' };
    const created = await saymon(['objects', 'create', '--body', '{"name":"x"}', '--dry-run'], basic);
    expect(created.exitCode).toBe(EXIT.ok);
    expect(created.stdout).toBe(
      `curl --request POST "${server.url}/node/api/objects" --header 'accept: application/json, text/plain;q=0.9, */*;q=0.8' --user "$SAYMON_LOGIN:$SAYMON_PASSWORD" --header 'content-type: application/json' --data-binary '{"name":"x"}'\n`,
    );
    const token = await saymon(['objects', 'get', '1', '--fields', 'name', '--dry-run'], {
      SAYMON_URL: server.url,
      SAYMON_TOKEN: 'tok-do-not-print',
    });
    expect(token.stdout).toContain(`"${server.url}/node/api/objects/1?fields=name&api-token=\${SAYMON_TOKEN}"`);
    const session = await saymon(
      ['users', 'create', '--body', '{"login":"a","password":"pw-do-not-print"}', '--dry-run'],
      {
        ...basic,
        SAYMON_AUTH: 'session',
      },
    );
    expect(session.stdout).toContain('"password":"<redacted>"');
    const api = await saymon(['api', 'DELETE', 'objects/1', '--dry-run'], basic);
    expect(api.stdout).toMatch(/^curl --request DELETE ".*\/node\/api\/objects\/1"/);
    for (const result of [created, token, session, api]) {
      expect(result.stdout + result.stderr).not.toMatch(/do-not-print/);
    }
    expect(server.requests()).toBe(0);
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
