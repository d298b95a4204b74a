/**
 * HTTPie, wget and Python `requests` snippets from Scalar's generator (`@scalar/snippetz`, the one Scalar's API
 * client uses; one module per client, so only these three are bundled), loaded on first use. The request goes in as
 * HAR made from the wire request the SDK sends, with a marker wherever a secret goes; the markers become environment
 * variables (`$SAYMON_PASSWORD`, `os.environ["SAYMON_TOKEN"]`), never values; so do a JSON body's secret fields
 * (core's `secretBodyFields`): `os.environ["PASSWORD"]` in Python, and for HTTPie and wget the body is printed by
 * core's `shellSecretBody` (awk writes each secret as JSON, for any value) into HTTPie's stdin or wget's body file. Around what the generator writes we
 * add what it does not do: the status printed and a failure on an HTTP error, and a session's login.
 */

import { JSON_STRING_AWK, type MarkedBody, shellSecretBody } from '@saymon-sdk/core/snippets';
import { pythonRequests } from '@scalar/snippetz/plugins/python/requests';
import { shellHttpie } from '@scalar/snippetz/plugins/shell/httpie';
import { shellWget } from '@scalar/snippetz/plugins/shell/wget';
import { markedBody, pyLiteral, readSecrets, type SnippetRequest, secretsComment, shellQuote } from './snippets.ts';

export type HarLanguage = 'httpie' | 'wget' | 'requests';

type Har = NonNullable<Parameters<typeof shellHttpie.generate>[0]>;

const SESSION_PATH = '/node/api/users/session';
const MARK = { password: '__saymon_password__', token: '__saymon_token__', csrf: '__saymon_csrf__' } as const;

/** A JSON body's secrets marked (none for any other body). */
function bodySecrets(request: SnippetRequest): MarkedBody {
  const { wire } = request;
  if (wire.body === undefined || wire.upload || !wire.headers['content-type']?.includes('json'))
    return markedBody(undefined);
  try {
    return markedBody(JSON.parse(wire.body));
  } catch {
    return markedBody(undefined);
  }
}

/**
 * The request as HAR: the query as the SDK encodes it, the token and the csrf header as markers, and a JSON body's
 * secrets as core's markers (`marked`).
 */
function harOf(request: SnippetRequest, marked: MarkedBody): Har {
  const { wire, auth } = request;
  const [path, search = ''] = wire.pathAndQuery.split('?');
  const queryString = [...new URLSearchParams(search)].map(([name, value]) => ({ name, value }));
  if (auth.type === 'token') queryString.push({ name: 'api-token', value: MARK.token });
  const headers = Object.entries(wire.headers).map(([name, value]) => ({ name, value }));
  if (auth.type === 'session' && wire.method !== 'GET') headers.push({ name: 'x-csrf-token', value: MARK.csrf });
  const har: Har = { method: wire.method, url: `${request.server}${path}`, headers, queryString };
  const type = wire.headers['content-type'] ?? '';
  if (wire.upload) {
    const { field, name, type: fileType } = wire.upload;
    har.postData = {
      mimeType: 'multipart/form-data',
      params: [{ name: field, fileName: name, contentType: fileType }],
    };
  } else if (wire.body !== undefined) {
    const text = marked.variables.length ? JSON.stringify(marked.body) : wire.body;
    har.postData = { mimeType: type, text };
  }
  return har;
}

/**
 * A marker in shell text becomes a variable: inside single quotes `'a-mark-b'` → `'a-'"$VAR"'-b'` (no empty `''`
 * left at either end), in a bare word `"$VAR"`. The quotes are followed through `'\''`, the generator's escape.
 */
function shellVariable(text: string, mark: string, variable: string): string {
  return text
    .split('\n')
    .map((line) => {
      let out = '';
      let quoted = false;
      for (let i = 0; i < line.length; i++) {
        if (line.startsWith(mark, i)) {
          i += mark.length - 1;
          if (!quoted) {
            out += `"$${variable}"`;
            continue;
          }
          // quoted: a quote just before the mark is the opening one
          out = out.endsWith("'") ? out.slice(0, -1) : `${out}'`;
          out += `"$${variable}"`;
          if (line[i + 1] === "'") {
            i++;
            quoted = false;
          } else out += "'";
          continue;
        }
        const c = line[i] as string;
        if (c === "'" && (quoted || line[i - 1] !== '\\')) quoted = !quoted;
        out += c;
      }
      return out;
    })
    .join('\n');
}

/** The session login for the shell: awk writes the password as JSON (any password), piped into the tool. */
function shellLoginBody(login: string): string[] {
  return [
    `password_json=$(awk ${shellQuote(JSON_STRING_AWK)})`,
    `printf '{"login":%s,"password":"%s"}' ${shellQuote(JSON.stringify(login))} "$password_json" |`,
  ];
}

const csrfFromJar = `"x-csrf-token: $(awk '$6 == "csrf" { print $7 }' "$jar")"`;

function httpie(request: SnippetRequest): string {
  const { auth } = request;
  const flags = ['--check-status', '--print=hb'];
  const before: string[] = [];
  if (auth.type === 'basic') flags.push(`--auth "${auth.login.replace(/["$`\\]/g, '\\$&')}:$SAYMON_PASSWORD"`);
  if (auth.type === 'session') {
    before.push(
      '# log in once: the session file keeps sid and csrf, removed on exit; awk writes the password as JSON',
      `dir=$(mktemp -d) && session="$dir/session.json" && trap 'rm -rf "$dir"' EXIT`,
      ...shellLoginBody(auth.login),
      `  http --check-status --print= --session="$session" POST ${shellQuote(`${request.server}${SESSION_PATH}`)} \\`,
      `    'Content-Type:application/json'`,
      '',
    );
    flags.push('--session="$session"');
  }
  const marked = bodySecrets(request);
  let code = shellHttpie.generate(harOf(request, marked));
  if (marked.variables.length) {
    // the body from core's printf, through stdin: no longer `--ignore-stdin`, no `--raw=` argument
    code = code.replace(/^http --ignore-stdin /, 'http ').replace(/ \\\n\s*--raw='(?:[^']|'\\'')*'/, '');
    const lines = shellSecretBody(marked);
    code = [...lines.slice(0, -1), `${lines.at(-1)} |`, code].join('\n');
    before.unshift(
      ...secretsComment('#', marked),
      '# (awk writes each as JSON, for any value; the body goes to http through a pipe)',
    );
  }
  // the generator's first `http`, on a line or after a pipe, takes the flags
  code = code.replace(/(^|\| )http (--ignore-stdin )?/m, (_, lead: string, stdin = '') => {
    return `${lead}http ${stdin}${flags.join(' ')} `;
  });
  code = shellVariable(code, MARK.token, 'SAYMON_TOKEN');
  // httpie keeps the cookies in the session file; the csrf cookie is read from it (httpie runs on Python)
  code = code.replace(
    `'x-csrf-token:${MARK.csrf}'`,
    `"x-csrf-token:$(python3 -c 'import json, sys; print(next(c["value"] for c in json.load(open(sys.argv[1]))["cookies"] if c["name"] == "csrf"))' "$session")"`,
  );
  return [...before, code].join('\n');
}

function wget(request: SnippetRequest): string {
  const { auth } = request;
  const before: string[] = [];
  const basic = auth.type === 'basic' ? { username: auth.login, password: MARK.password } : undefined;
  if (auth.type === 'session') {
    before.push(
      '# log in once: the cookie jar keeps sid and csrf; awk writes the password as JSON into a file of a private',
      '# directory (wget posts files, not pipes), removed on exit',
      `dir=$(mktemp -d) && jar="$dir/cookies" && trap 'rm -rf "$dir"' EXIT`,
      `password_json=$(awk ${shellQuote(JSON_STRING_AWK)})`,
      `printf '{"login":%s,"password":"%s"}' ${shellQuote(JSON.stringify(auth.login))} "$password_json" > "$dir/login.json"`,
      `wget --quiet --save-cookies "$jar" --keep-session-cookies --output-document=/dev/null \\`,
      `  --header 'Content-Type: application/json' --post-file="$dir/login.json" ${shellQuote(`${request.server}${SESSION_PATH}`)}`,
      '',
    );
  }
  const marked = bodySecrets(request);
  let code = shellWget.generate(harOf(request, marked), basic ? { auth: basic } : {});
  if (marked.variables.length) {
    // wget posts files, not pipes: core's printf writes the body into a file of a private directory
    if (auth.type !== 'session') before.push(`dir=$(mktemp -d) && trap 'rm -rf "$dir"' EXIT`);
    before.unshift(
      ...secretsComment('#', marked),
      '# (awk writes each as JSON, for any value, into a file of a private directory, removed on exit)',
    );
    const lines = shellSecretBody(marked);
    before.push(...lines.slice(0, -1), `${lines.at(-1)} > "$dir/body.json"`);
    code = code.replace(/--body-data '(?:[^']|'\\'')*'/, `--body-file="$dir/body.json"`);
  }
  // the status line and headers on stderr, the body even for an HTTP error (wget then exits with 8)
  const flags = ['--server-response', '--content-on-error'];
  if (basic) flags.push('--auth-no-challenge');
  if (auth.type === 'session') flags.push('--load-cookies "$jar"');
  code = code.replace(/^wget --quiet/m, `wget --no-verbose ${flags.join(' ')}`);
  code = code.replace(`'x-csrf-token: ${MARK.csrf}'`, csrfFromJar);
  // an upload's body file is removed on exit too: one trap for both
  if (auth.type === 'session')
    code = code.replace(`trap 'rm -f "$multipart_body"' EXIT`, `trap 'rm -rf "$dir" "$multipart_body"' EXIT`);
  code = shellVariable(code, MARK.password, 'SAYMON_PASSWORD');
  code = shellVariable(code, MARK.token, 'SAYMON_TOKEN');
  return [...before, code].join('\n');
}

function requests(request: SnippetRequest): string {
  const { auth } = request;
  const basic = auth.type === 'basic' ? { username: auth.login, password: MARK.password } : undefined;
  const session = auth.type === 'session';
  const marked = bodySecrets(request);
  let call = pythonRequests.generate(harOf(request, marked), basic ? { auth: basic } : {});
  call = readSecrets(
    call,
    marked,
    (text) => JSON.stringify(text),
    (variable) => `os.environ[${JSON.stringify(variable)}]`,
  );
  call = call
    .replaceAll(JSON.stringify(MARK.password), 'os.environ["SAYMON_PASSWORD"]')
    .replaceAll(JSON.stringify(MARK.token), 'os.environ["SAYMON_TOKEN"]')
    .replaceAll(JSON.stringify(MARK.csrf), 'session.cookies["csrf"]')
    .replace(/^requests\./, session ? 'session.' : 'requests.');
  const pad = session ? '    ' : '';
  const body = [
    `response = ${call}`,
    'print(response.status_code)',
    'print(response.text)',
    'response.raise_for_status()',
  ]
    .join('\n')
    .replace(/^/gm, pad);
  const lines = [
    ...secretsComment('#', marked),
    ...(auth.type === 'none' && marked.variables.length === 0 ? [] : ['import os', '']),
    'import requests',
    '',
  ];
  if (session) {
    lines.push(
      'with requests.Session() as session:',
      '    # log in: the session keeps the sid and csrf cookies',
      `    session.post(${pyLiteral(`${request.server}${SESSION_PATH}`)}, json={"login": ${pyLiteral(auth.login)}, "password": os.environ["SAYMON_PASSWORD"]}).raise_for_status()`,
    );
  }
  lines.push(body);
  return lines.join('\n');
}

export function harSnippet(language: HarLanguage, request: SnippetRequest): string {
  switch (language) {
    case 'httpie':
      return httpie(request);
    case 'wget':
      return wget(request);
    case 'requests':
      return requests(request);
  }
}
