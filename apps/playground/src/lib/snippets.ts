/**
 * Code for exactly the request on screen. Generic languages (curl, fetch, httpx) are built from the
 * wire request the SDK itself would send (`dryRun`); SDK languages from the endpoint id and the
 * input. No snippet ever holds a credential: passwords and tokens are read from `SAYMON_PASSWORD`
 * and `SAYMON_TOKEN` (or asked for, in a page), and only the login name is written out. An upload
 * reads the file by its name (`curl --form file=@name`, `openAsBlob`, `open()`): no snippet holds
 * a file's bytes. A JSON body's secret fields (core's one classifier, `secretBodyFields`) are read from
 * environment variables named after them (`process.env.PASSWORD`, `os.environ["PASSWORD"]`; asked for in a
 * page), and a comment line names them.
 */
import { curlSnippet, type MarkedBody, type SnippetAuth, secretBodyFields } from '@saymon-sdk/core/snippets';
import type { Endpoint } from './registry.ts';
import type { CallInput, UploadInfo, WireRequest } from './wire.ts';

// curl comes from core, the same generator as the CLI's `--dry-run`
export { type SnippetAuth, shellQuote } from '@saymon-sdk/core/snippets';

export const LANGUAGES = [
  { id: 'curl', label: 'curl' },
  { id: 'fetch', label: 'fetch' },
  { id: 'browser', label: '@saymon-sdk/browser' },
  { id: 'node', label: '@saymon-sdk/node' },
  { id: 'python', label: 'Python (saymon_sdk)' },
  { id: 'httpx', label: 'Python (httpx)' },
  { id: 'requests', label: 'Python (requests)' },
  { id: 'httpie', label: 'HTTPie' },
  { id: 'wget', label: 'wget' },
] as const;
export type Language = (typeof LANGUAGES)[number]['id'];

export interface SnippetRequest {
  endpoint: Pick<Endpoint, 'id' | 'method' | 'path' | 'bodyKind'>;
  /** The server root the snippet talks to (`http://127.0.0.1:8080`). */
  server: string;
  input: CallInput;
  wire: WireRequest;
  auth: SnippetAuth;
}

const SESSION_PATH = '/node/api/users/session';

// ---- literals ----

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

interface LiteralStyle {
  scalar(value: unknown): string | undefined;
  key(key: string): string;
  step: string;
  /** Padding inside braces of a one-line object (`{ a: 1 }` in JS, `{"a": 1}` in Python). */
  pad: string;
}

/** A list or record on one line when it fits in 80 columns, else one item per line. */
function literal(style: LiteralStyle, value: unknown, indent: string): string {
  const scalar = style.scalar(value);
  if (scalar !== undefined) return scalar;
  const inner = `${indent}${style.step}`;
  const list = Array.isArray(value);
  const parts = list
    ? (value as unknown[]).map((v) => literal(style, v, inner))
    : Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== undefined)
        .map(([k, v]) => `${style.key(k)}: ${literal(style, v, inner)}`);
  const [open, close] = list ? ['[', ']'] : ['{', '}'];
  if (parts.length === 0) return `${open}${close}`;
  const pad = list ? '' : style.pad;
  const flat = `${open}${pad}${parts.join(', ')}${pad}${close}`;
  return flat.length <= 80 && !flat.includes('\n')
    ? flat
    : `${open}\n${parts.map((p) => `${inner}${p},`).join('\n')}\n${indent}${close}`;
}

const jsString = (text: string) => `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
const JS: LiteralStyle = {
  scalar: (v) =>
    v === null || v === undefined
      ? String(v)
      : typeof v === 'string'
        ? jsString(v)
        : typeof v !== 'object'
          ? String(v)
          : undefined,
  key: (k) => (IDENTIFIER.test(k) ? k : jsString(k)),
  step: '  ',
  pad: ' ',
};
const PY: LiteralStyle = {
  scalar: (v) =>
    v === null || v === undefined
      ? 'None'
      : v === true
        ? 'True'
        : v === false
          ? 'False'
          : typeof v === 'string'
            ? JSON.stringify(v)
            : typeof v !== 'object'
              ? String(v)
              : undefined,
  key: (k) => JSON.stringify(k),
  step: '    ',
  pad: '',
};

/** A JavaScript literal (single quotes, bare keys where they are identifiers), indented by two. */
export function jsLiteral(value: unknown, indent = ''): string {
  return literal(JS, value, indent);
}

/** A Python literal (dicts, lists, True/False/None), indented by four. */
export function pyLiteral(value: unknown, indent = ''): string {
  return literal(PY, value, indent);
}

// ---- a body's secrets ----

/** A JSON body with its secrets marked (`secretBodyFields` of core); a body that is not JSON has none. */
export function markedBody(body: unknown): MarkedBody {
  return secretBodyFields(body instanceof FormData ? undefined : body);
}

/** `code` with each secret's marker, as `quote` writes a string, replaced by `read(variable)`. */
export function readSecrets(
  code: string,
  { variables, marker }: MarkedBody,
  quote: (text: string) => string,
  read: (variable: string) => string,
): string {
  return variables.reduce((text, variable) => text.replaceAll(quote(marker(variable)), read(variable)), code);
}

/** The comment line naming where a body's secrets come from (none without secrets). */
export function secretsComment(comment: '//' | '#', { variables }: MarkedBody, from = 'the environment'): string[] {
  return variables.length ? [`${comment} the body's secrets come from ${from}: ${variables.join(', ')}`] : [];
}

const jsEnv = (variable: string) => `process.env.${variable}`;
const pyEnv = (variable: string) => `os.environ[${JSON.stringify(variable)}]`;
const pyString = (text: string) => JSON.stringify(text);

// ---- generic ----

function url(request: SnippetRequest): string {
  return `${request.server}${request.wire.pathAndQuery}`;
}

/** Node: the file read into a `FormData` by its name (`form`). */
function jsForm(upload: UploadInfo): string[] {
  const type = upload.type ? `, { type: ${jsLiteral(upload.type)} }` : '';
  return [
    'const form = new FormData();',
    `form.append(${jsLiteral(upload.field)}, await openAsBlob(${jsLiteral(upload.name)}${type}), ${jsLiteral(upload.name)});`,
  ];
}
const OPEN_AS_BLOB = "import { openAsBlob } from 'node:fs';";

function fetchSnippet(request: SnippetRequest): string {
  const { wire, auth } = request;
  const json = wire.body !== undefined && isJson(wire);
  const marked = markedBody(json ? JSON.parse(wire.body as string) : undefined);
  const lines: string[] = [
    ...secretsComment('//', marked),
    ...(wire.upload ? [OPEN_AS_BLOB, '', ...jsForm(wire.upload), ''] : []),
  ];
  const headers: string[] = [];
  let target = jsLiteral(url(request));
  if (auth.type === 'token') {
    lines.push(
      `const url = new URL(${jsLiteral(url(request))});`,
      `url.searchParams.set('api-token', process.env.SAYMON_TOKEN);`,
    );
    target = 'url';
  }
  if (auth.type === 'basic') {
    headers.push(
      `Authorization: \`Basic \${btoa(\`${auth.login.replace(/[`$\\]/g, '\\$&')}:\${process.env.SAYMON_PASSWORD}\`)}\``,
    );
  }
  if (auth.type === 'session') {
    lines.push(
      '// log in: keep the sid and csrf cookies',
      `const login = await fetch(${jsLiteral(`${request.server}${SESSION_PATH}`)}, {`,
      `  method: 'POST',`,
      `  headers: { 'Content-Type': 'application/json' },`,
      `  body: JSON.stringify({ login: ${jsLiteral(auth.login)}, password: process.env.SAYMON_PASSWORD }),`,
      '});',
      `const cookies = login.headers.getSetCookie().map((c) => c.split(';')[0]);`,
      `const csrf = cookies.find((c) => c.startsWith('csrf='))?.slice(5) ?? '';`,
      '',
    );
    headers.push(`Cookie: cookies.join('; ')`);
    if (wire.method !== 'GET') headers.push(`'x-csrf-token': csrf`);
  }
  for (const [name, value] of Object.entries(wire.headers)) headers.push(`${jsLiteral(name)}: ${jsLiteral(value)}`);
  const options: string[] = [];
  if (wire.method !== 'GET') options.push(`  method: '${wire.method}',`);
  if (headers.length) options.push(`  headers: {\n${headers.map((h) => `    ${h},`).join('\n')}\n  },`);
  if (wire.body !== undefined) {
    options.push(
      json
        ? `  body: JSON.stringify(${readSecrets(jsLiteral(marked.body, '  '), marked, jsString, jsEnv)}),`
        : `  body: ${jsLiteral(wire.body)},`,
    );
  }
  if (wire.upload) options.push('  body: form,');
  lines.push(
    options.length
      ? `const response = await fetch(${target}, {\n${options.join('\n')}\n});`
      : `const response = await fetch(${target});`,
    'console.log(response.status, await response.text());',
    'if (!response.ok) process.exit(1);',
  );
  return lines.join('\n');
}

function httpx(request: SnippetRequest): string {
  const { wire, auth } = request;
  const marked = markedBody(wire.body !== undefined && isJson(wire) ? JSON.parse(wire.body) : undefined);
  const lines = [...secretsComment('#', marked), 'import os', '', 'import httpx', ''];
  const [path, search = ''] = wire.pathAndQuery.split('?');
  const params = [...new URLSearchParams(search)].map(([k, v]) => `(${pyLiteral(k)}, ${pyLiteral(v)})`);
  if (auth.type === 'token') params.push(`("api-token", os.environ["SAYMON_TOKEN"])`);
  const args = [pyLiteral(wire.method), pyLiteral(path)];
  if (params.length) args.push(`params=[${params.join(', ')}]`);
  const headers = Object.entries(wire.headers).filter(
    ([n]) => !(wire.body !== undefined && n === 'content-type' && isJson(wire)),
  );
  if (auth.type === 'session' && wire.method !== 'GET') headers.push(['x-csrf-token', '__CSRF__']);
  if (headers.length) {
    args.push(
      `headers={${headers.map(([n, v]) => `${pyLiteral(n)}: ${v === '__CSRF__' ? 'client.cookies["csrf"]' : pyLiteral(v)}`).join(', ')}}`,
    );
  }
  if (wire.body !== undefined)
    args.push(
      isJson(wire)
        ? `json=${readSecrets(pyLiteral(marked.body, '    '), marked, pyString, pyEnv)}`
        : `content=${pyLiteral(wire.body)}`,
    );
  if (wire.upload) args.push(`files={${pyLiteral(wire.upload.field)}: ${pyFile(wire.upload, false)}}`);
  const clientArgs = [`base_url=${pyLiteral(request.server)}`];
  if (auth.type === 'basic') clientArgs.push(`auth=(${pyLiteral(auth.login)}, os.environ["SAYMON_PASSWORD"])`);
  lines.push(`with httpx.Client(${clientArgs.join(', ')}) as client:`);
  if (auth.type === 'session') {
    lines.push(
      '    # log in: the client keeps the sid and csrf cookies',
      `    client.post(${pyLiteral(SESSION_PATH)}, json={"login": ${pyLiteral(auth.login)}, "password": os.environ["SAYMON_PASSWORD"]}).raise_for_status()`,
    );
  }
  lines.push(
    `    response = client.request(${args.join(', ')})`,
    '    print(response.status_code, response.text)',
    '    response.raise_for_status()',
  );
  return lines.join('\n');
}

/** Python: the file as httpx and saymon_sdk take it, `(name, content, type)`, opened by its name. */
function pyFile(upload: UploadInfo, bytes: boolean): string {
  const open = `open(${pyLiteral(upload.name)}, "rb")${bytes ? '.read()' : ''}`;
  return `(${pyLiteral(upload.name)}, ${open}${upload.type ? `, ${pyLiteral(upload.type)}` : ''})`;
}

const isJson = (wire: WireRequest) => Boolean(wire.headers['content-type']?.includes('json'));

// ---- SDK ----

const FORM = '\u0000form';

/**
 * The SDK input literal: path parameters at the top level, then `query` and `body` (`form` for an upload); the
 * body's secrets marked (`marked`, from `markedBody(input.body)`) and read by `read`.
 */
function sdkArgument(input: CallInput, marked: MarkedBody, read: (variable: string) => string): string {
  const value: Record<string, unknown> = { ...(input.path ?? {}) };
  if (input.query && Object.keys(input.query).length) value.query = input.query;
  if (input.upload) value.body = FORM;
  else if (input.body !== undefined) value.body = marked.body;
  if (!Object.keys(value).length) return '';
  return readSecrets(jsLiteral(value).replace(jsLiteral(FORM), 'form'), marked, jsString, read);
}

function jsAuth(auth: SnippetAuth, secret: (name: 'password' | 'token') => string): string {
  switch (auth.type) {
    case 'basic':
    case 'session':
      return `{ type: '${auth.type}', login: ${jsLiteral(auth.login)}, password: ${secret('password')} }`;
    case 'token':
      return `{ type: 'token', token: ${secret('token')} }`;
    case 'none':
      return 'undefined';
  }
}

function sdkSnippet(request: SnippetRequest, runtime: 'browser' | 'node'): string {
  const [group, verb] = request.endpoint.id.split('.');
  const secret =
    runtime === 'node'
      ? (name: 'password' | 'token') =>
          name === 'password' ? 'process.env.SAYMON_PASSWORD' : 'process.env.SAYMON_TOKEN'
      : (name: 'password' | 'token') =>
          `prompt(${jsLiteral(name === 'password' ? 'SAYMON password' : 'SAYMON API token')})`;
  const client = [`  url: ${jsLiteral(request.server)},`];
  if (request.auth.type !== 'none') client.push(`  auth: ${jsAuth(request.auth, secret)},`);
  const upload = request.input.upload;
  const form: string[] = [];
  if (upload && runtime === 'node') form.push(...jsForm(upload));
  if (upload && runtime === 'browser') {
    form.push(
      `// the file from an <input type="file"> of the page (${upload.name})`,
      'const form = new FormData();',
      `form.append(${jsLiteral(upload.field)}, document.querySelector('input[type=file]').files[0]);`,
    );
  }
  const marked = markedBody(upload ? undefined : request.input.body);
  // in a page there is no environment: the page asks, as for the password of the auth
  const read = runtime === 'node' ? jsEnv : (variable: string) => `prompt(${jsLiteral(variable)})`;
  const entity = /^(objects|links)\.addDocument$/.exec(request.endpoint.id)?.[1];
  if (upload && runtime === 'node' && entity) {
    form.push(
      `// or: uploadDocument(saymon, { entity: '${entity}', id, file: ${jsLiteral(upload.name)} }) from @saymon-sdk/node`,
    );
  }
  return [
    ...secretsComment('//', marked, runtime === 'node' ? 'the environment' : 'prompts naming them'),
    ...(upload && runtime === 'node' ? [OPEN_AS_BLOB] : []),
    `import { createClient } from '@saymon-sdk/${runtime}';`,
    '',
    `const saymon = createClient({\n${client.join('\n')}\n});`,
    ...form,
    `const result = await saymon.${group}.${verb}(${sdkArgument(request.input, marked, read)});`,
    runtime === 'node' ? 'console.log(JSON.stringify(result, null, 2));' : 'console.log(result);',
  ].join('\n');
}

function python(request: SnippetRequest): string {
  const { auth, input } = request;
  const marked = markedBody(input.upload ? undefined : input.body);
  const imports = ['Client'];
  let authArg = '';
  if (auth.type === 'basic' || auth.type === 'session') {
    const cls = auth.type === 'basic' ? 'BasicAuth' : 'SessionAuth';
    imports.unshift(cls);
    authArg = `, auth=${cls}(${pyLiteral(auth.login)}, os.environ["SAYMON_PASSWORD"])`;
  } else if (auth.type === 'token') {
    imports.push('TokenAuth');
    authArg = ', auth=TokenAuth(os.environ["SAYMON_TOKEN"])';
  }
  const [group = '', verb = ''] = request.endpoint.id.split('.');
  const args = Object.entries(input.path ?? {}).map(([name, value]) => `${pyName(name)}=${pyLiteral(value)}`);
  if (input.query && Object.keys(input.query).length) args.push(`query=${pyLiteral(input.query, '    ')}`);
  // a multipart endpoint takes the form as its body; a document upload (JSON otherwise) takes `files=`
  if (input.upload && request.endpoint.bodyKind === 'multipart')
    args.push(`body={${pyLiteral(input.upload.field)}: ${pyFile(input.upload, true)}}`);
  else if (input.upload) args.push(`files={${pyLiteral(input.upload.field)}: ${pyFile(input.upload, false)}}`);
  else if (input.body !== undefined)
    args.push(`body=${readSecrets(pyLiteral(marked.body, '    '), marked, pyString, pyEnv)}`);
  return [
    ...secretsComment('#', marked),
    'import json',
    ...(auth.type === 'none' && marked.variables.length === 0 ? [] : ['import os']),
    '',
    `from saymon_sdk import ${imports.sort().join(', ')}`,
    '',
    `with Client(${pyLiteral(request.server)}${authArg}) as client:`,
    `    result = client.${pySnake(group)}.${pySnake(verb)}(${args.join(', ')})`,
    '    # records are pydantic models: the fields the server sent, as JSON',
    '    print(json.dumps(result, default=lambda record: record.model_dump(mode="json", exclude_unset=True), indent=2))',
  ].join('\n');
}

// biome-ignore format: one line of Python's keywords
const PY_KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);

/** saymon_sdk's names (python-codegen's `snake`): `listForObject` → `list_for_object`. */
function pySnake(name: string): string {
  const out = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/[-.]/g, '_')
    .toLowerCase();
  return PY_KEYWORDS.has(out) ? `${out}_` : out;
}

/** A keyword argument as saymon_sdk names it: as in TypeScript, a Python keyword with a trailing underscore. */
const pyName = (name: string) => (PY_KEYWORDS.has(name) ? `${name}_` : name);

export function snippet(language: Language, request: SnippetRequest): string {
  switch (language) {
    case 'curl':
      return curlSnippet(request);
    case 'fetch':
      return fetchSnippet(request);
    case 'httpx':
      return httpx(request);
    case 'browser':
    case 'node':
      return sdkSnippet(request, language);
    case 'python':
      return python(request);
    case 'requests':
    case 'httpie':
    case 'wget':
      throw new Error(`${language} snippets load on first use: call loadSnippet`);
  }
}

/** Whether a language's generator loads on first use (Scalar's, `snippets-har.ts`). */
export const isLazy = (language: Language): language is 'requests' | 'httpie' | 'wget' =>
  language === 'requests' || language === 'httpie' || language === 'wget';

/** Any language's snippet; the HAR-based ones load their generator on first use. */
export async function loadSnippet(language: Language, request: SnippetRequest): Promise<string> {
  if (!isLazy(language)) return snippet(language, request);
  const { harSnippet } = await import('./snippets-har.ts');
  return harSnippet(language, request);
}
