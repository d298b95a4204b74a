import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { type CurlRequest, curlSnippet, secretBodyFields, shellQuote, shellSecretBody } from './snippets.ts';

const server = 'http://127.0.0.1:8080';
const json = { 'content-type': 'application/json' };
/** Every command prints the status after the answer and fails on an HTTP error. */
const STATUS = `--fail-with-body \\\n  --write-out '\\n%{http_code}\\n'`;

/** The words the shell makes of a command (variables from `env`), printed one per line by printf. */
function shellWords(command: string, env: Record<string, string>): string[] {
  const script = `set -- ${command.replace(/\\\n/g, ' ')}; printf '%s\\n' "$@"`;
  return execFileSync('sh', ['-c', script], { env: { PATH: process.env.PATH, ...env } })
    .toString()
    .split('\n')
    .slice(0, -1);
}

/** What a snippet with a piped body sends: its lines up to the pipe into curl, run by sh with `env`. */
function bodyOf(snippet: string, env: Record<string, string>): string {
  const lines = snippet.split('\n');
  const pipe = lines.findIndex((line) => line.startsWith('printf ') && line.endsWith(' |'));
  const script = [...lines.slice(0, pipe), (lines[pipe] as string).replace(/ \|$/, '')].join('\n');
  return execFileSync('sh', ['-c', script], { env: { PATH: process.env.PATH, ...env } }).toString();
}

describe('curlSnippet', () => {
  it('Basic auth: the login written out, the password from $SAYMON_PASSWORD; a GET needs no --request', () => {
    const request: CurlRequest = {
      server,
      wire: { method: 'GET', pathAndQuery: '/node/api/objects/1?fields=name%2Cpath', headers: {} },
      auth: { type: 'basic', login: 'admin' },
    };
    expect(curlSnippet(request)).toBe(
      `curl 'http://127.0.0.1:8080/node/api/objects/1?fields=name%2Cpath' \\\n  --user "admin:$SAYMON_PASSWORD" \\\n  ${STATUS}`,
    );
  });

  it('a token travels in its query parameter from $SAYMON_TOKEN (another name when the client has one)', () => {
    const wire = { method: 'POST', pathAndQuery: '/node/api/objects', headers: json, body: '{"name":"it\'s"}' };
    const curl = curlSnippet({ server, wire, auth: { type: 'token' } });
    expect(curl).toContain('--request POST');
    expect(curl).toContain('"http://127.0.0.1:8080/node/api/objects?api-token=$SAYMON_TOKEN"');
    expect(curl).toContain(`--data '{"name":"it'\\''s"}'`);
    const words = shellWords(curl.replace(/^curl /, ''), { SAYMON_TOKEN: 'tok' });
    expect(words).toContain('http://127.0.0.1:8080/node/api/objects?api-token=tok');
    expect(words).toContain(`{"name":"it's"}`);
    expect(curlSnippet({ server, wire, auth: { type: 'token' }, tokenParam: 'token' })).toContain(
      '?token=$SAYMON_TOKEN"',
    );
  });

  it("a JSON body's secrets (by the classifier: names and secret properties) become shell variables", () => {
    const body = JSON.stringify({
      login: 'ops',
      password: 'pw-do-not-print',
      profile: { newPassword: 'np-do-not-print', sidebar: 'kept' },
      properties: [
        { name: 'bindPassword', value: 'bp-do-not-print' },
        { name: 'monkey', value: 'kept too' },
      ],
    });
    const curl = curlSnippet({
      server,
      wire: { method: 'POST', pathAndQuery: '/node/api/users', headers: json, body },
      auth: { type: 'basic', login: 'admin' },
    });
    expect(curl).not.toMatch(/do-not-print/);
    expect(curl.split('\n')[0]).toBe(
      "# the body's secrets come from the environment: $BIND_PASSWORD, $NEW_PASSWORD, $PASSWORD",
    );
    // the body comes through the pipe, never as an argument
    expect(curl).toContain('--data-binary @-');
    expect(curl).not.toContain('--data ');
    expect(curl).toContain(`--user "admin:$SAYMON_PASSWORD"`);
    // every value, however hostile, makes valid JSON: `"`, `\`, `$`, a space, non-ASCII, quotes, newlines
    for (const [p1, p2, p3] of <[string, string, string][]>[
      ['p1', 'p2', 'p3'],
      [`a"b\\c $HOME é 💥`, `it's\n"x"\t\u0001`, '$(id) `id` %s %%'],
      ['', '\\"\\n', 'ü ß 中'],
    ]) {
      const sent = JSON.parse(bodyOf(curl, { PASSWORD: p1, NEW_PASSWORD: p2, BIND_PASSWORD: p3 }));
      expect(sent).toEqual({
        login: 'ops',
        password: p1,
        profile: { newPassword: p2, sidebar: 'kept' },
        properties: [
          { name: 'bindPassword', value: p3 },
          { name: 'monkey', value: 'kept too' },
        ],
      });
    }
  });

  it('a session logs in first into a cookie jar (removed on exit) and echoes csrf on writes', () => {
    const curl = curlSnippet({
      server,
      wire: { method: 'DELETE', pathAndQuery: '/node/api/objects/1', headers: {} },
      auth: { type: 'session', login: "o'neil" },
    });
    expect(curl).toMatch(/jar=\$\(mktemp\) && trap 'rm -f "\$jar"' EXIT[\s\S]*--cookie-jar "\$jar"[\s\S]*x-csrf-token/);
    expect(curl).not.toContain('$SAYMON_PASSWORD');
  });

  it('the login body is JSON for any password and login (quotes, backslashes, newlines, $, control characters)', () => {
    const login = `o'ne"il\\`;
    const curl = curlSnippet({
      server,
      wire: { method: 'GET', pathAndQuery: '/node/api/objects/1', headers: {} },
      auth: { type: 'session', login },
    });
    // the login part, with the request replaced by printing the body it would send
    const lines = curl.split('\n');
    const loginPart = lines
      .filter((line) => /^(password_json=|printf )/.test(line))
      .map((line) => line.replace(/ \|$/, ''));
    for (const password of [`a"b\\c\nd$e'f\tg\u0001h`, 'é 💥 `id` $(id) $HOME', '', '\\"\\n']) {
      const out = execFileSync('sh', ['-c', loginPart.join('\n')], {
        env: { PATH: process.env.PATH, SAYMON_PASSWORD: password },
      });
      expect(JSON.parse(out.toString())).toEqual({ login, password });
    }
  });

  it('an upload names its file, the form fields beside it are sent as text; text starting with @ is not a file', () => {
    const curl = curlSnippet({
      server,
      wire: {
        method: 'POST',
        pathAndQuery: '/node/api/objects/1/docs',
        headers: {},
        upload: { field: 'file', name: 'a b.txt', type: 'text/plain' },
        form: [['note', '@not-a-file']],
      },
      auth: { type: 'none' },
    });
    expect(curl).toContain(`--form 'file=@a b.txt;type=text/plain'`);
    expect(curl).toContain(`--form-string 'note=@not-a-file'`);
    const text = curlSnippet({
      server,
      wire: { method: 'POST', pathAndQuery: '/x', headers: { 'content-type': 'text/plain' }, body: '@etc/passwd' },
      auth: { type: 'none' },
    });
    expect(text).toContain(`--data-raw '@etc/passwd'`);
  });

  it('shellQuote survives quotes', () => {
    expect(shellWords(shellQuote(`it's "x" $HOME`), {})).toEqual([`it's "x" $HOME`]);
  });

  it('secretBodyFields: each secret value becomes the marker of its variable, the rest stays', () => {
    const { body, variables, marker } = secretBodyFields({
      login: 'ops',
      password: 'pw-LEAK',
      nested: [{ newPassword: 'n-LEAK' }],
      properties: [{ name: 'bindPassword', value: 'b-LEAK' }],
    });
    expect(variables).toEqual(['BIND_PASSWORD', 'NEW_PASSWORD', 'PASSWORD']);
    expect(body).toEqual({
      login: 'ops',
      password: marker('PASSWORD'),
      nested: [{ newPassword: marker('NEW_PASSWORD') }],
      properties: [{ name: 'bindPassword', value: marker('BIND_PASSWORD') }],
    });
    expect(JSON.stringify(body)).not.toContain('LEAK');
    expect(secretBodyFields({ name: 'x' })).toMatchObject({ body: { name: 'x' }, variables: [] });
  });

  it('a value holding the marker text is written as typed, not read from the environment', () => {
    const typed = '@@saymon-secret:PASSWORD@@ and @@saymon-secret-0:X@@';
    const marked = secretBodyFields({ name: typed, password: 'pw' });
    expect(JSON.stringify(marked.body)).toContain(JSON.stringify(typed).slice(1, -1));
    expect(JSON.stringify(marked.body).split(marked.marker('PASSWORD')).length).toBe(2);
    const printed = execFileSync('sh', ['-c', shellSecretBody(marked).join('\n')], {
      env: { PATH: process.env.PATH, PASSWORD: 'from-env' },
    }).toString();
    expect(JSON.parse(printed)).toEqual({ name: typed, password: 'from-env' });
  });
});
