/**
 * @saymon-sdk/core/snippets — a request as a `curl` command, for tools that show what a call sends:
 * the playground's curl snippet and the CLI's `--dry-run` print the same text from this one
 * generator. Built from the request as the SDK sends it (method, path and query, headers, body).
 *
 * No command holds a credential: Basic auth reads `$SAYMON_PASSWORD` (the login name is written
 * out), a token `$SAYMON_TOKEN`, a session logs in with `$SAYMON_PASSWORD` into a cookie jar; the
 * values of a JSON body's secret fields (by the one classifier: `password`, `newPassword`, a
 * property named `bindPassword`, …) are read from shell variables named after them (`$PASSWORD`),
 * written as JSON by awk and piped in, so any value makes a valid body.
 * An upload reads its file by name (`--form file=@name`).
 */
import { isSecretName, isSecretProperty } from './secret-names.ts';

/** How the command authenticates; the secret itself always comes from the environment. */
export type SnippetAuth = { type: 'basic' | 'session'; login: string } | { type: 'token' } | { type: 'none' };

/** A file sent as multipart/form-data: its form field, file name and type (never its bytes). */
export interface SnippetUpload {
  readonly field: string;
  readonly name: string;
  readonly type: string;
}

/** The request as sent, without credentials. */
export interface SnippetWire {
  readonly method: string;
  /** Path and query as sent (`/node/api/objects?fields=name`), without credentials. */
  readonly pathAndQuery: string;
  /** Request headers other than credentials (`content-type`). */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as sent, for JSON and text bodies. */
  readonly body?: string | undefined;
  /** The file of a multipart upload. */
  readonly upload?: SnippetUpload | undefined;
  /** The text fields of a multipart form beside its file. */
  readonly form?: readonly (readonly [name: string, value: string])[] | undefined;
}

export interface CurlRequest {
  /** The server root (`http://127.0.0.1:8080`). */
  readonly server: string;
  readonly wire: SnippetWire;
  readonly auth: SnippetAuth;
  /** The query parameter a token travels in (`api-token` unless the client was told another). */
  readonly tokenParam?: string | undefined;
}

const SESSION_PATH = '/node/api/users/session';

/**
 * An awk program printing the environment variable `variable` as the inside of a JSON string, for any
 * value (quotes, backslashes, newlines, control characters, `$`, any UTF-8): one character at a time, so
 * no awk's own escaping rules for `gsub` replacements matter (mawk, gawk and busybox differ there).
 * The one escaper of every shell snippet: the session login's password and a JSON body's secrets.
 */
export function jsonStringAwk(variable: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) throw new TypeError(`not a shell variable name: ${variable}`);
  return [
    'BEGIN {',
    String.raw`for (k = 1; k < 32; k++) ctl[sprintf("%c", k)] = sprintf("\\u%04x", k);`,
    `s = ENVIRON["${variable}"];`,
    'for (i = 1; i <= length(s); i++) {',
    'c = substr(s, i, 1);',
    String.raw`if (c == "\\" || c == "\"") c = "\\" c; else if (c in ctl) c = ctl[c];`,
    'o = o c',
    '}',
    'printf "%s", o',
    '}',
  ].join(' ');
}

/** `jsonStringAwk` of `$SAYMON_PASSWORD`, the password a session logs in with. */
export const JSON_STRING_AWK = jsonStringAwk('SAYMON_PASSWORD');

/** A shell word in single quotes. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A shell variable name from a field name: `newPassword` → `NEW_PASSWORD`. */
function variableOf(name: string): string {
  const words = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toUpperCase()
    .split(/[^A-Z0-9]+/)
    .filter(Boolean);
  const variable = words.join('_') || 'SECRET';
  return /^[0-9]/.test(variable) ? `_${variable}` : variable;
}

/** The value with every secret replaced by a marker naming its variable; the variables found. */
function markSecrets(value: unknown, variables: Set<string>, marker: (v: string) => string, name?: string): unknown {
  if (value !== null && typeof value === 'object') {
    if (Array.isArray(value)) return value.map((item) => markSecrets(item, variables, marker, name));
    const record = value as Record<string, unknown>;
    const secretValue = isSecretProperty(record) ? (record.name as string) : undefined;
    return Object.fromEntries(
      Object.entries(record).map(([key, item]) => [
        key,
        key === 'value' && secretValue !== undefined
          ? markSecrets(item, variables, marker, secretValue)
          : markSecrets(item, variables, marker, isSecretName(key) ? key : undefined),
      ]),
    );
  }
  if (name === undefined || value === null || value === undefined) return value;
  const variable = variableOf(name);
  variables.add(variable);
  return marker(variable);
}

/** A JSON body with each secret field's value replaced by its marker, and the variables named (sorted). */
export interface MarkedBody {
  readonly body: unknown;
  readonly variables: readonly string[];
  /** The marker standing for `variable` in `body`: a text no value of this body contains, so none is taken for one. */
  marker(variable: string): string;
}

/**
 * The body's secret fields (the one classifier, `isSecretName` / `isSecretProperty`) as markers naming the
 * environment variable each is read from (`password` → `marker('PASSWORD')`): every snippet kind writes a
 * body from this and turns each marker into its language's read of that variable, never the value.
 */
export function secretBodyFields(body: unknown): MarkedBody {
  // a value that holds the marker's text would be taken for a secret: the prefix is one no value holds
  const text = JSON.stringify(body) ?? '';
  let prefix = '@@saymon-secret:';
  for (let n = 0; text.includes(prefix); n++) prefix = `@@saymon-secret-${n}:`;
  const marker = (variable: string) => `${prefix}${variable}@@`;
  const found = new Set<string>();
  const marked = markSecrets(body, found, marker);
  return { body: marked, variables: [...found].sort(), marker };
}

/** The shell variable holding an environment variable's value written as JSON (`PASSWORD` → `password_as_json`). */
const asJson = (variable: string) => `${variable.toLowerCase()}_as_json`;

/**
 * Shell lines that print a marked JSON body (`secretBodyFields`) with each secret read from its environment variable:
 * awk writes each as JSON (`jsonStringAwk`, any value) into a shell variable, and the last line, a `printf`, prints
 * the body. The caller pipes that line into its tool or into a file; no process lists a secret among its arguments.
 */
export function shellSecretBody(marked: MarkedBody): string[] {
  // literal JSON and secrets alternate: `{"password":"`, PASSWORD, `"}`
  const pieces = JSON.stringify(marked.body)
    .split(new RegExp(marked.marker('(\\w+)')))
    .map((piece, i) => (i % 2 === 1 ? `"$${asJson(piece)}"` : piece && shellQuote(piece)))
    .filter(Boolean);
  return [
    ...marked.variables.map((v) => `${asJson(v)}=$(awk ${shellQuote(jsonStringAwk(v))})`),
    `printf '%s' ${pieces.join(' ')}`,
  ];
}

/**
 * The body's argument. A JSON body with secrets is piped in (`--data-binary @-`): awk writes each secret's
 * environment variable as JSON (`jsonStringAwk`, any value), printf puts the pieces together, and no
 * process lists a secret among its arguments; `before` holds those lines.
 */
function dataArgument(wire: SnippetWire): { arg: string; variables: readonly string[]; before: string[] } {
  const body = wire.body as string;
  const flag = body.startsWith('@') ? '--data-raw' : '--data';
  const plain = { arg: `${flag} ${shellQuote(body)}`, variables: [], before: [] };
  if (!wire.headers['content-type']?.includes('json')) return plain;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return plain;
  }
  const marked = secretBodyFields(parsed);
  if (marked.variables.length === 0) return plain;
  const lines = shellSecretBody(marked);
  const before = [...lines.slice(0, -1), `${lines.at(-1)} |`];
  const { variables } = marked;
  return { arg: '--data-binary @-', variables, before };
}

/** The request as a `curl` command (a session adds its login first, into a cookie jar). */
export function curlSnippet(request: CurlRequest): string {
  const { wire, auth, server } = request;
  const lines: string[] = [];
  const args: string[] = [];
  if (wire.method !== 'GET') args.push(`--request ${wire.method}`);
  if (auth.type === 'token') {
    // double quotes so the shell expands the variable; the rest of the URL is percent-encoded
    const param = encodeURIComponent(request.tokenParam ?? 'api-token');
    const join = wire.pathAndQuery.includes('?') ? '&' : '?';
    const target = `${server}${wire.pathAndQuery}`.replace(/["$`\\]/g, '\\$&');
    args.push(`"${target}${join}${param}=$SAYMON_TOKEN"`);
  } else {
    args.push(shellQuote(`${server}${wire.pathAndQuery}`));
  }
  if (auth.type === 'basic') args.push(`--user "${auth.login.replace(/["$`\\]/g, '\\$&')}:$SAYMON_PASSWORD"`);
  if (auth.type === 'session') {
    lines.push(
      '# log in once: the cookie jar keeps sid and csrf and is removed on exit; awk writes the password as JSON',
      `jar=$(mktemp) && trap 'rm -f "$jar"' EXIT`,
      `password_json=$(awk ${shellQuote(JSON_STRING_AWK)})`,
      // the body goes through a pipe: no process lists the password among its arguments
      `printf '{"login":%s,"password":"%s"}' ${shellQuote(JSON.stringify(auth.login))} "$password_json" |`,
      `  curl --silent --fail --cookie-jar "$jar" --request POST ${shellQuote(`${server}${SESSION_PATH}`)} \\`,
      `    --header 'Content-Type: application/json' --data-binary @- > /dev/null`,
      '',
    );
    args.push('--cookie "$jar"');
    if (wire.method !== 'GET') args.push(`--header "x-csrf-token: $(awk '$6 == "csrf" { print $7 }' "$jar")"`);
  }
  for (const [name, value] of Object.entries(wire.headers)) args.push(`--header ${shellQuote(`${name}: ${value}`)}`);
  if (wire.body !== undefined) {
    const { arg, variables, before } = dataArgument(wire);
    if (variables.length > 0) {
      lines.unshift(
        `# the body's secrets come from the environment: ${variables.map((v) => `$${v}`).join(', ')}`,
        '# (awk writes each as JSON, for any value; the body goes to curl through a pipe)',
      );
      lines.push(...before);
    }
    args.push(arg);
  }
  for (const [name, value] of wire.form ?? []) args.push(`--form-string ${shellQuote(`${name}=${value}`)}`);
  if (wire.upload) {
    const { field, name, type } = wire.upload;
    args.push(`--form ${shellQuote(`${field}=@${name}${type ? `;type=${type}` : ''}`)}`);
  }
  // the status after the answer; an HTTP error fails the command (exit 22) and still shows its body
  args.push('--fail-with-body', `--write-out '\\n%{http_code}\\n'`);
  lines.push(`curl ${args.join(' \\\n  ')}`);
  return lines.join('\n');
}
