/**
 * The SDK against a hostile server, over real HTTP on 127.0.0.1: secrets echoed back in every
 * form, redirects to another origin (a second server on another port), drips, endless and cut
 * bodies, HTML where JSON belongs. Each vector lists its findings; the suite prints how many
 * vectors it tried and how many findings are left (the target is zero).
 */
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthOptions } from '../src/auth/types.ts';
import type { CoreOptions } from '../src/client/core.ts';
import { createClient, type SaymonClient } from '../src/client/create-client.ts';
import {
  SaymonApiError,
  SaymonNetworkError,
  SaymonRedirectError,
  SaymonResponseFormatError,
  SaymonResponseTooLargeError,
  SaymonTimeoutError,
} from '../src/errors.ts';
import {
  credentialsOf,
  cut,
  drip,
  echo,
  endless,
  type HostileServer,
  hostileLogin,
  loginPage,
  redirect,
  startHostileServer,
} from './hostile-server.ts';
import { type Captured, startServer, type TestServer } from './server.ts';

const PASSWORD = 's3cr3t "pä&ss" <w>/ord+1';
const TOKEN = 'tok-5f0c2d7e-9a1b-secret';
const REUSED_SID = 'sid-reused-0123456789abcdef';
const REUSED_CSRF = 'csrf-reused-fedcba9876543210';
const BASIC = Buffer.from(`admin:${PASSWORD}`).toString('base64');

const AUTH: Record<string, AuthOptions> = {
  basic: { type: 'basic', login: 'admin', password: PASSWORD },
  token: { type: 'token', token: TOKEN },
  'token param=key': { type: 'token', token: TOKEN, param: 'key' },
  session: { type: 'session', login: 'admin', password: PASSWORD },
  'session reuse': { type: 'session', sid: REUSED_SID, csrf: REUSED_CSRF },
};
const KINDS = Object.keys(AUTH);

let server: HostileServer;
let other: TestServer;
beforeAll(async () => {
  server = await startHostileServer();
  other = await startServer((_, res) => res.end('{"stolen":true}'));
});
afterAll(async () => {
  await server.close();
  await other.close();
});

function secrets(): string[] {
  return [PASSWORD, TOKEN, REUSED_SID, REUSED_CSRF, BASIC, ...server.sessions.keys(), ...server.sessions.values()];
}

/** The forms a leaked secret could take in a rendering, and its halves (a secret cut in two). */
function forms(secret: string): string[] {
  const out = [
    secret,
    JSON.stringify(secret).slice(1, -1),
    JSON.stringify(JSON.stringify(secret).slice(1, -1)).slice(1, -1),
    encodeURIComponent(secret),
    secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  ];
  const half = Math.floor(secret.length / 2);
  if (half >= 8) out.push(secret.slice(0, half), secret.slice(half));
  return [...new Set(out)];
}

function render(value: unknown): string[] {
  const out = [inspect(value, { depth: 10 }), inspect(value, { depth: 10, showHidden: true })];
  try {
    out.push(JSON.stringify(value) ?? '');
  } catch {}
  if (value instanceof Error) {
    out.push(value.message, String(value), value.stack ?? '');
    if (value.cause) out.push(...render(value.cause));
  }
  return out;
}

function leaks(values: unknown[]): string[] {
  const findings: string[] = [];
  for (const secret of secrets()) {
    for (const form of forms(secret)) {
      values.forEach((value, index) => {
        if (render(value).some((text) => text.includes(form)))
          findings.push(`secret ${JSON.stringify(form.slice(0, 12))}… shown in rendering #${index}`);
      });
    }
  }
  return findings;
}

interface Probe {
  client: SaymonClient;
  /** Everything hooks and the logger received. */
  seen: unknown[];
}

function probe(kind: string, extra: Partial<CoreOptions> = {}): Probe {
  const seen: unknown[] = [];
  const record = (label: string) => (payload: unknown) => {
    seen.push({ label, payload });
  };
  const client = createClient({
    url: server.url,
    auth: AUTH[kind],
    retry: { limit: 2, delay: () => 1 },
    timeout: 10_000,
    logger: { warn: (message, details) => seen.push({ message, details }) },
    hooks: {
      beforeRequest: [record('beforeRequest')],
      afterResponse: record('afterResponse'),
      beforeRetry: [record('beforeRetry')],
      onError: [record('onError'), record('onError 2')],
      beforeError: (error) => void seen.push({ label: 'beforeError', error }),
      onValidationIssue: record('onValidationIssue'),
    },
    ...extra,
  });
  return { client, seen };
}

async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    const value = await run();
    return { resolved: value };
  } catch (error) {
    return error;
  }
}

function expectType(error: unknown, type: abstract new (...args: never[]) => Error, findings: string[]) {
  if (!(error instanceof type)) {
    const shown = error instanceof Error ? `${error.name}: ${error.message}` : inspect(error).slice(0, 200);
    findings.push(`expected ${type.name}, got ${shown}`);
  }
}

interface Vector {
  group: string;
  name: string;
  run(): Promise<string[]>;
}
const vectors: Vector[] = [];
const add = (group: string, name: string, run: () => Promise<string[]>) =>
  vectors.push({ group, name: `${group}: ${name}`, run });

// --- secrets echoed by the server --------------------------------------------------------------
const ECHO_FORMS = ['json', 'json-in-json', 'html', 'invalid-json', 'header', 'plain'] as const;
for (const kind of KINDS) {
  for (const form of ECHO_FORMS) {
    add('secret echo', `${kind}, 500 with the credentials as ${form}`, async () => {
      server.behave(echo(form, 500));
      const { client, seen } = probe(kind);
      const error = await failure(() => client.objects.get({ id: '1' }));
      const findings: string[] = [];
      expectType(error, SaymonApiError, findings);
      if (form === 'header' && error instanceof SaymonApiError) {
        if (error.headers.get('retry-after') !== '7') findings.push('Retry-After not readable');
        if (!error.headers.get('set-cookie')?.includes('[REDACTED]')) findings.push('set-cookie not redacted');
      }
      return [...findings, ...leaks([error, ...seen])];
    });
  }
  add('secret echo', `${kind}, 200 JSON endpoint answers invalid JSON quoting the credentials`, async () => {
    server.behave(echo('invalid-json', 200));
    const { client, seen } = probe(kind);
    const error = await failure(() => client.objects.get({ id: '1' }));
    const findings: string[] = [];
    expectType(error, SaymonResponseFormatError, findings);
    return [...findings, ...leaks([error, ...seen])];
  });
  add('secret echo', `${kind}, 200 HTML login page quoting the credentials`, async () => {
    server.behave(loginPage());
    const { client, seen } = probe(kind);
    const error = await failure(() => client.objects.get({ id: '1' }));
    const findings: string[] = [];
    expectType(error, SaymonResponseFormatError, findings);
    return [...findings, ...leaks([error, ...seen])];
  });
  add('secret echo', `${kind}, error body cut by the size limit in the middle of a secret`, async () => {
    server.behave(echo('across-limit', 500, 120));
    const { client, seen } = probe(kind, { maxResponseBytes: 120 });
    const error = await failure(() => client.objects.get({ id: '1' }));
    const findings: string[] = [];
    expectType(error, SaymonApiError, findings);
    if (!(error as SaymonApiError).bodySnippet?.endsWith('[REDACTED]')) findings.push('the cut secret is not redacted');
    return [...findings, ...leaks([error, ...seen])];
  });
  add('secret echo', `${kind}, the credentials in the URL of error and hook payloads`, async () => {
    server.behave((_, res) => {
      res.writeHead(404, { 'content-type': 'application/json' });
      res.end('{"code":"ResourceNotFound","message":"nope"}');
    });
    const { client, seen } = probe(kind);
    const error = await failure(() => client.objects.get({ id: '1', query: { fields: ['name'] } }));
    const findings: string[] = [];
    expectType(error, SaymonApiError, findings);
    if (kind.startsWith('token') && !(error as SaymonApiError).request?.url.includes('=[REDACTED]'))
      findings.push('token parameter not shown as [REDACTED]');
    return [...findings, ...leaks([error, ...seen])];
  });
}

// --- redirects ---------------------------------------------------------------------------------
const REDIRECTS = [301, 302, 303, 307, 308];
/** Targets that also echo the request's credentials in their query, under names the SDK does not know. */
const echoed = (req: Captured) =>
  credentialsOf(req)
    .map((c, i) => `e${i}=${encodeURIComponent(c)}`)
    .join('&');
const TARGETS: Record<string, (req: Captured) => string> = {
  'another origin': (req) => `${other.url}${req.path}?${echoed(req)}&api-token=x`,
  'the same origin': (req) => `${req.path}-moved?${echoed(req)}`,
  'https on the same host': (req) => `${server.url.replace('http:', 'https:')}${req.path}?${echoed(req)}`,
};
for (const kind of KINDS) {
  for (const status of REDIRECTS) {
    for (const [where, target] of Object.entries(TARGETS)) {
      add('redirect', `${kind}, ${status} to ${where}`, async () => {
        server.behave(redirect(status, target));
        const { client, seen } = probe(kind);
        const before = other.requests.length;
        server.requests.length = 0;
        const error = await failure(() => client.objects.setState({ id: '1', body: { state_id: 3 } }));
        const findings: string[] = [];
        expectType(error, SaymonRedirectError, findings);
        if (other.requests.length !== before) findings.push('a request reached the other origin');
        const calls = server.requests.filter((r) => !r.path.endsWith('/users/session'));
        if (calls.length !== 1) findings.push(`the redirect was followed (${calls.length} requests)`);
        if (error instanceof SaymonRedirectError) {
          if (!error.location) findings.push('the target is not named');
          if (where === 'another origin' && (!error.crossOrigin || !error.location?.startsWith(other.url)))
            findings.push('the other origin is not named as such');
          if (where === 'the same origin' && error.crossOrigin !== false) findings.push('same origin not recognised');
          if (where === 'https on the same host' && !/redirects to https:.*use that URL/.test(error.message))
            findings.push(`no "use that URL" hint: ${error.message}`);
        }
        return [...findings, ...leaks([error, ...seen])];
      });
    }
  }
}
for (const status of REDIRECTS) {
  add('redirect', `session login answered ${status} to another origin`, async () => {
    hostileLogin(server, true);
    try {
      server.behave(redirect(status, (req) => `${other.url}${req.path}`));
      const { client, seen } = probe('session');
      const before = other.requests.length;
      const error = await failure(() => client.objects.get({ id: '1' }));
      const findings: string[] = [];
      expectType(error, SaymonRedirectError, findings);
      if (other.requests.length !== before) findings.push('the login (password) reached the other origin');
      return [...findings, ...leaks([error, ...seen])];
    } finally {
      hostileLogin(server, false);
    }
  });
}

// --- time --------------------------------------------------------------------------------------
const DRIPS: Record<
  string,
  { kind: string; behaviour: () => ReturnType<typeof drip>; call: (c: SaymonClient) => Promise<unknown> }
> = {
  'JSON answer': { kind: 'basic', behaviour: () => drip(200), call: (c) => c.objects.get({ id: '1' }) },
  'error answer': { kind: 'token', behaviour: () => drip(500), call: (c) => c.objects.get({ id: '1' }) },
  'POST answer': { kind: 'basic', behaviour: () => drip(200), call: (c) => c.objects.create({ body: { name: 'x' } }) },
  'binary answer, read as a stream': {
    kind: 'basic',
    behaviour: () => drip(200),
    call: async (c) => {
      const response = (await c.resources.image({ uid: 'x' })) as Response;
      return response.arrayBuffer();
    },
  },
  'session login': {
    kind: 'session',
    behaviour: () => drip(200),
    call: (c) => c.objects.get({ id: '1' }),
  },
};
for (const [name, spec] of Object.entries(DRIPS)) {
  add('slow drip', `${name}: a byte every 250 ms, timeout 2000`, async () => {
    if (name === 'session login') hostileLogin(server, true);
    try {
      server.behave(spec.behaviour());
      const { client, seen } = probe(spec.kind, { timeout: 2_000 });
      const started = Date.now();
      const error = await failure(() => spec.call(client));
      const findings: string[] = [];
      expectType(error, SaymonTimeoutError, findings);
      // loose bound: the drip alone lasts 60 s
      if (Date.now() - started > 15_000) findings.push('the timeout did not bound the body');
      return [...findings, ...leaks([error, ...seen])];
    } finally {
      hostileLogin(server, false);
    }
  });
}

// --- size --------------------------------------------------------------------------------------
const GiB = 1024 ** 3;
const MiB = 1024 ** 2;
const SIZES: [string, () => ReturnType<typeof endless>, Partial<CoreOptions>, number, string][] = [
  [
    '1 GiB with Content-Length, default limit',
    () => endless(GiB, { contentLength: true }),
    {},
    8 * MiB,
    'maxResponseBytes',
  ],
  ['1 GiB chunked, default limit (64 MiB)', () => endless(GiB), {}, 96 * MiB, 'maxResponseBytes'],
  ['1 GiB chunked, client limit 1 MiB', () => endless(GiB), { maxResponseBytes: MiB }, 24 * MiB, 'maxResponseBytes'],
  [
    '1 GiB text/html chunked, client limit 1 MiB',
    () => endless(GiB, { type: 'text/html' }),
    { maxResponseBytes: MiB },
    24 * MiB,
    'maxResponseBytes',
  ],
];
for (const [name, behaviour, options, bound, option] of SIZES) {
  add('huge body', name, async () => {
    server.behave(behaviour());
    const { client, seen } = probe('basic', options);
    const error = await failure(() => client.objects.get({ id: '1' }));
    const findings: string[] = [];
    expectType(error, SaymonResponseTooLargeError, findings);
    if (error instanceof SaymonResponseTooLargeError && error.option !== option) findings.push(`names ${error.option}`);
    if (server.bytesSent > bound) findings.push(`the client read ${server.bytesSent} bytes`);
    return [...findings, ...leaks([error, ...seen])];
  });
}
add('huge body', 'per-call limit 1 MiB overrides the client default', async () => {
  server.behave(endless(GiB));
  const { client, seen } = probe('basic');
  const error = await failure(() => client.objects.get({ id: '1' }, { maxResponseBytes: MiB }));
  const findings: string[] = [];
  expectType(error, SaymonResponseTooLargeError, findings);
  if ((error as SaymonResponseTooLargeError).limit !== MiB) findings.push('the per-call limit was not used');
  if (server.bytesSent > 24 * MiB) findings.push(`the client read ${server.bytesSent} bytes`);
  return [...findings, ...leaks([error, ...seen])];
});
add('huge body', '1 GiB error body: the status is reported, the body is not read', async () => {
  server.behave(endless(GiB, { status: 500, type: 'text/html' }));
  const { client, seen } = probe('basic');
  const error = await failure(() => client.objects.get({ id: '1' }));
  const findings: string[] = [];
  expectType(error, SaymonApiError, findings);
  if ((error as SaymonApiError).status !== 500) findings.push('status lost');
  if (server.bytesSent > 24 * MiB) findings.push(`the client read ${server.bytesSent} bytes`);
  return [...findings, ...leaks([error, ...seen])];
});
add('huge body', 'binary answer over maxDownloadBytes errors the stream', async () => {
  server.behave(endless(GiB, { type: 'application/octet-stream' }));
  const { client, seen } = probe('basic', { maxDownloadBytes: MiB });
  const error = await failure(async () => ((await client.resources.image({ uid: 'x' })) as Response).arrayBuffer());
  const findings: string[] = [];
  expectType(error, SaymonResponseTooLargeError, findings);
  if ((error as SaymonResponseTooLargeError).option !== 'maxDownloadBytes') findings.push('wrong option named');
  if (server.bytesSent > 24 * MiB) findings.push(`the client read ${server.bytesSent} bytes`);
  return [...findings, ...leaks([error, ...seen])];
});
add('huge body', 'binary answer streams: an unread body is not buffered', async () => {
  server.behave(endless(GiB, { type: 'application/octet-stream' }));
  const { client } = probe('basic');
  const response = (await client.resources.image({ uid: 'x' })) as Response;
  const reader = response.body?.getReader();
  await reader?.read();
  await new Promise((r) => setTimeout(r, 300));
  const findings: string[] = [];
  if (server.bytesSent > 32 * MiB) findings.push(`the client buffered ${server.bytesSent} bytes ahead`);
  await reader?.cancel();
  return findings;
});

// --- bodies cut in the middle ------------------------------------------------------------------
const METHODS: [string, (c: SaymonClient) => Promise<unknown>, number][] = [
  ['GET', (c) => c.objects.get({ id: '1' }), 3],
  ['PUT', (c) => c.objects.setState({ id: '1', body: { state_id: 3 } }), 3],
  ['DELETE', (c) => c.objects.delete({ id: '1' }), 3],
  ['POST', (c) => c.objects.create({ body: { name: 'x' } }), 1],
  ['POST idempotent', (c) => c.objects.create({ body: { name: 'x' } }, { idempotent: true }), 3],
  ['PATCH', (c) => c.objects.update({ id: '1', body: { name: 'x' } }), 1],
];
for (const [method, run, attempts] of METHODS) {
  for (const contentLength of [false, true]) {
    add(
      'cut body',
      `${method}, ${contentLength ? 'with' : 'without'} Content-Length: ${attempts} attempt(s)`,
      async () => {
        server.behave(cut({ contentLength }));
        const { client, seen } = probe('basic');
        server.requests.length = 0;
        const error = await failure(() => run(client));
        const findings: string[] = [];
        expectType(error, SaymonNetworkError, findings);
        if ((error as SaymonNetworkError).reason !== 'BODY_INCOMPLETE') findings.push('reason is not BODY_INCOMPLETE');
        if (server.requests.length !== attempts) findings.push(`${server.requests.length} attempts`);
        return [...findings, ...leaks([error, ...seen])];
      },
    );
  }
}

// --- not JSON where JSON belongs ---------------------------------------------------------------
const NOT_JSON: Record<string, () => ReturnType<typeof loginPage>> = {
  'HTML login page (text/html)': () => loginPage(),
  'HTML labelled application/json': () => loginPage('application/json'),
  'HTML without Content-Type': () => (_, res) => {
    res.writeHead(200);
    res.end('<html><body>Proxy login</body></html>');
  },
  'multi-line text/plain': () => (_, res) => {
    res.writeHead(200, { 'content-type': 'text/plain' });
    res.end('Service unavailable\nplease log in');
  },
  'JSON that stops early': () => (_, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"id":"1","name":"Ro');
  },
};
for (const [name, behaviour] of Object.entries(NOT_JSON)) {
  for (const mode of ['strict', 'warn', 'off'] as const) {
    add('not JSON', `${name}, responseValidation ${mode}`, async () => {
      server.behave(behaviour());
      const { client, seen } = probe('token param=key', { responseValidation: mode });
      const error = await failure(() => client.objects.get({ id: '1' }));
      const findings: string[] = [];
      expectType(error, SaymonResponseFormatError, findings);
      if (error instanceof SaymonResponseFormatError && !error.bodySnippet) findings.push('no snippet');
      return [...findings, ...leaks([error, ...seen])];
    });
  }
}

// -----------------------------------------------------------------------------------------------
const results: { name: string; group: string; findings: string[] }[] = [];

describe('hostile server', () => {
  it.each(vectors.map((v) => [v.name, v] as const))('%s', async (_, vector) => {
    const findings = await vector.run();
    results.push({ name: vector.name, group: vector.group, findings });
    expect(findings).toEqual([]);
  });

  afterAll(() => {
    const groups = new Map<string, number>();
    for (const v of vectors) groups.set(v.group, (groups.get(v.group) ?? 0) + 1);
    const found = results.reduce((n, r) => n + r.findings.length, 0);
    const byGroup = [...groups].map(([g, n]) => `${g} ${n}`).join(', ');
    console.log(
      `hostile transport suite: ${results.length} of ${vectors.length} vectors tried (${byGroup}); findings left: ${found}`,
    );
  });
});
