import { getEndpoint } from '@saymon-sdk/core';
import { curlSnippet } from '@saymon-sdk/core/snippets';
import { describe, expect, it } from 'vitest';
import { jsLiteral, LANGUAGES, loadSnippet, pyLiteral, type SnippetAuth, shellQuote, snippet } from './snippets.ts';
import { dryRun } from './wire.ts';

async function request(id: string, input: Parameters<typeof dryRun>[1], auth: SnippetAuth) {
  const endpoint = getEndpoint(id as 'objects.get');
  const result = await dryRun(endpoint, input);
  if (!result.ok) throw new Error(result.message);
  return { endpoint, server: 'http://127.0.0.1:8080', input, wire: result.wire, auth };
}

describe('snippets', () => {
  it('curl: Basic from $SAYMON_PASSWORD, the query as the SDK sends it, the JSON body quoted for the shell', async () => {
    const get = await request(
      'objects.get',
      { path: { id: '1' }, query: { fields: ['name', 'path'] } },
      { type: 'basic', login: 'admin' },
    );
    expect(snippet('curl', get)).toBe(
      `curl 'http://127.0.0.1:8080/node/api/objects/1?fields=name%2Cpath' \\\n  --user "admin:$SAYMON_PASSWORD" \\\n  --fail-with-body \\\n  --write-out '\\n%{http_code}\\n'`,
    );
    const create = await request('objects.create', { body: { name: "it's" } }, { type: 'token' });
    const curl = snippet('curl', create);
    expect(curl).toContain('--request POST');
    expect(curl).toContain('"http://127.0.0.1:8080/node/api/objects?api-token=$SAYMON_TOKEN"');
    expect(curl).toContain(`--data '{"name":"it'\\''s"}'`);
  });

  it('session snippets log in first and echo csrf on writes', async () => {
    const create = await request('objects.create', { body: { name: 'x' } }, { type: 'session', login: 'admin' });
    expect(snippet('curl', create)).toMatch(/cookie-jar[\s\S]*x-csrf-token/);
    expect(snippet('fetch', create)).toContain("'x-csrf-token': csrf");
    expect(snippet('httpx', create)).toContain('client.cookies["csrf"]');
  });

  it('SDK snippets call the named method with the input the SDK takes', async () => {
    const update = await request(
      'properties.updateForObject',
      { path: { id: '1', propId: '2' }, body: { value: 'v' } },
      { type: 'basic', login: 'admin' },
    );
    const node = snippet('node', update);
    expect(node).toContain("import { createClient } from '@saymon-sdk/node';");
    expect(node).toContain("await saymon.properties.updateForObject({ id: '1', propId: '2', body: { value: 'v' } });");
    expect(node).toContain('password: process.env.SAYMON_PASSWORD');
    expect(snippet('browser', update)).toContain("from '@saymon-sdk/browser'");
    const python = snippet('python', update);
    expect(python).toContain('from saymon_sdk import BasicAuth, Client');
    expect(python).toContain('client.properties.update_for_object(id="1", propId="2", body={"value": "v"})');
    expect(python).toContain('print(json.dumps(result');
  });

  it('no snippet in any language holds a credential', async () => {
    for (const auth of [
      { type: 'basic', login: 'admin' },
      { type: 'session', login: 'admin' },
      { type: 'token' },
    ] as SnippetAuth[]) {
      const r = await request('objects.create', { body: { name: 'x' } }, auth);
      for (const { id } of LANGUAGES) {
        const text = await loadSnippet(id, r);
        expect(text).not.toMatch(/dry|run'|Basic [A-Za-z0-9+/=]{8,}|saymon'/);
        if (auth.type !== 'token') expect(text).toMatch(/SAYMON_PASSWORD|prompt\(/);
        else expect(text).toMatch(/SAYMON_TOKEN|prompt\(/);
      }
    }
  });

  it("curl is core's generator (the CLI's --dry-run prints the same): a body's password is a shell variable", async () => {
    const r = await request(
      'users.create',
      { body: { login: 'ops', password: 'pw-do-not-show', name: 'Ops' } },
      { type: 'basic', login: 'admin' },
    );
    const curl = snippet('curl', r);
    expect(curl).toBe(curlSnippet(r));
    expect(curl).not.toContain('pw-do-not-show');
    expect(curl).toContain(`'{"login":"ops","password":"' "$password_as_json" '","name":"Ops"}' |`);
  });

  it('HTTPie, wget and requests (Scalar’s generator): secrets from the environment, the status printed, errors fail', async () => {
    const get = await request('objects.get', { path: { id: '1' } }, { type: 'basic', login: 'admin' });
    expect(await loadSnippet('httpie', get)).toContain('--check-status --print=hb --auth "admin:$SAYMON_PASSWORD"');
    const wget = await loadSnippet('wget', get);
    expect(wget).toContain('--server-response --content-on-error --auth-no-challenge');
    expect(wget).toContain('--password "$SAYMON_PASSWORD"');
    const requests = await loadSnippet('requests', get);
    expect(requests).toContain('auth=("admin", os.environ["SAYMON_PASSWORD"])');
    expect(requests).toMatch(/print\(response.status_code\)[\s\S]*response.raise_for_status\(\)/);
    const token = await request('objects.get', { path: { id: '1' }, query: { fields: ['name'] } }, { type: 'token' });
    expect(await loadSnippet('httpie', token)).toContain(
      `'http://127.0.0.1:8080/node/api/objects/1?fields=name&api-token='"$SAYMON_TOKEN"`,
    );
    expect(await loadSnippet('requests', token)).toContain('"api-token": os.environ["SAYMON_TOKEN"]');
    const write = await request('objects.create', { body: { name: 'x' } }, { type: 'session', login: 'admin' });
    expect(await loadSnippet('requests', write)).toContain('"x-csrf-token": session.cookies["csrf"]');
    expect(await loadSnippet('wget', write)).toMatch(/trap 'rm -rf "\$dir"' EXIT[\s\S]*x-csrf-token: \$\(awk/);
  });

  describe("a JSON body's secret never shows: each kind reads it from the environment (in a page, asks)", () => {
    const users = () =>
      request(
        'users.create',
        { body: { login: 'ops', password: 'pw-LEAK', name: 'Ops' } },
        { type: 'basic', login: 'admin' },
      );
    // how each kind reads $PASSWORD, and the comment naming it
    const reads: Record<(typeof LANGUAGES)[number]['id'], string> = {
      curl: '"$password_as_json"',
      fetch: 'password: process.env.PASSWORD',
      browser: "password: prompt('PASSWORD')",
      node: 'password: process.env.PASSWORD',
      python: '"password": os.environ["PASSWORD"]',
      httpx: '"password": os.environ["PASSWORD"]',
      requests: '"password": os.environ["PASSWORD"]',
      httpie: '"$password_as_json"',
      wget: '"$password_as_json"',
    };
    it.each(LANGUAGES.map((l) => l.id))('%s', async (language) => {
      const text = await loadSnippet(language, await users());
      expect(text).not.toContain('pw-LEAK');
      expect(text).not.toContain('@@saymon-secret');
      expect(text).toContain(reads[language]);
      expect(text).toMatch(/^(#|\/\/) the body's secrets come from [^\n]*\$?PASSWORD/m);
      // the rest of the body is written out
      expect(text).toMatch(/Ops/);
    });
    it('a body without secrets gets no comment', async () => {
      const r = await request('objects.create', { body: { name: 'x' } }, { type: 'basic', login: 'admin' });
      for (const { id } of LANGUAGES) expect(await loadSnippet(id, r)).not.toContain("the body's secrets");
    });
  });

  it('literals', () => {
    expect(jsLiteral({ a: 1, 'b-c': ["x'y"], d: null })).toBe(`{ a: 1, 'b-c': ['x\\'y'], d: null }`);
    expect(pyLiteral({ a: true, b: [null, 1.5] })).toBe('{"a": True, "b": [None, 1.5]}');
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`);
  });
});
