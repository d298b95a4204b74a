/**
 * The SDK against a hostile server over HTTP on 127.0.0.1, part 2: slow drips, endless bodies,
 * bodies cut in the middle, and HTML where JSON belongs (every validation mode). Prints the
 * vectors tried and the findings left (target: zero).
 */
import type { CoreOptions } from '../../src/client/core.ts';
import type { SaymonClient } from '../../src/client/create-client.ts';
import {
  SaymonApiError,
  SaymonNetworkError,
  SaymonResponseFormatError,
  SaymonResponseTooLargeError,
  SaymonTimeoutError,
} from '../../src/errors.ts';
import { ctx, expectType, failure, leaks, probe, runVectors, useHostileServers, vectorList } from './probe.ts';
import { busy, cut, drip, endless, gzipBomb, hostileLogin, loginPage } from './server.ts';

useHostileServers();
const { vectors, add } = vectorList();

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
      const response = (await c.resources.image({ id: 'x' })) as Response;
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
    if (name === 'session login') hostileLogin(ctx.server, true);
    try {
      ctx.server.behave(spec.behaviour());
      const { client, seen } = probe(spec.kind, { timeout: 2_000 });
      const started = Date.now();
      const error = await failure(() => spec.call(client));
      const findings: string[] = [];
      expectType(error, SaymonTimeoutError, findings);
      // loose bound: the drip alone lasts 60 s
      if (Date.now() - started > 15_000) findings.push('the timeout did not bound the body');
      return [...findings, ...leaks([error, ...seen])];
    } finally {
      hostileLogin(ctx.server, false);
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
    ctx.server.behave(behaviour());
    const { client, seen } = probe('basic', options);
    const error = await failure(() => client.objects.get({ id: '1' }));
    const findings: string[] = [];
    expectType(error, SaymonResponseTooLargeError, findings);
    if (error instanceof SaymonResponseTooLargeError && error.option !== option) findings.push(`names ${error.option}`);
    if (ctx.server.bytesSent > bound) findings.push(`the client read ${ctx.server.bytesSent} bytes`);
    return [...findings, ...leaks([error, ...seen])];
  });
}
add('huge body', 'per-call limit 1 MiB overrides the client default', async () => {
  ctx.server.behave(endless(GiB));
  const { client, seen } = probe('basic');
  const error = await failure(() => client.objects.get({ id: '1' }, { maxResponseBytes: MiB }));
  const findings: string[] = [];
  expectType(error, SaymonResponseTooLargeError, findings);
  if ((error as SaymonResponseTooLargeError).limit !== MiB) findings.push('the per-call limit was not used');
  if (ctx.server.bytesSent > 24 * MiB) findings.push(`the client read ${ctx.server.bytesSent} bytes`);
  return [...findings, ...leaks([error, ...seen])];
});
add('huge body', '1 GiB error body: the status is reported, the body is not read', async () => {
  ctx.server.behave(endless(GiB, { status: 500, type: 'text/html' }));
  const { client, seen } = probe('basic');
  const error = await failure(() => client.objects.get({ id: '1' }));
  const findings: string[] = [];
  expectType(error, SaymonApiError, findings);
  if ((error as SaymonApiError).status !== 500) findings.push('status lost');
  if (ctx.server.bytesSent > 24 * MiB) findings.push(`the client read ${ctx.server.bytesSent} bytes`);
  return [...findings, ...leaks([error, ...seen])];
});
add('huge body', 'binary answer over maxDownloadBytes errors the stream', async () => {
  ctx.server.behave(endless(GiB, { type: 'application/octet-stream' }));
  const { client, seen } = probe('basic', { maxDownloadBytes: MiB });
  const error = await failure(async () => ((await client.resources.image({ id: 'x' })) as Response).arrayBuffer());
  const findings: string[] = [];
  expectType(error, SaymonResponseTooLargeError, findings);
  if ((error as SaymonResponseTooLargeError).option !== 'maxDownloadBytes') findings.push('wrong option named');
  if (ctx.server.bytesSent > 24 * MiB) findings.push(`the client read ${ctx.server.bytesSent} bytes`);
  return [...findings, ...leaks([error, ...seen])];
});
add('huge body', 'binary answer streams: an unread body is not buffered', async () => {
  ctx.server.behave(endless(GiB, { type: 'application/octet-stream' }));
  const { client } = probe('basic');
  const response = (await client.resources.image({ id: 'x' })) as Response;
  const reader = response.body?.getReader();
  await reader?.read();
  await new Promise((r) => setTimeout(r, 300));
  const findings: string[] = [];
  if (ctx.server.bytesSent > 32 * MiB) findings.push(`the client buffered ${ctx.server.bytesSent} bytes ahead`);
  await reader?.cancel();
  return findings;
});

add('huge body', 'gzip bomb: 40 KiB that decode to 40 MiB, limit 1 MiB, says what it counted', async () => {
  ctx.server.behave(gzipBomb(40 * MiB));
  const { client, seen } = probe('basic', { maxResponseBytes: MiB });
  const error = await failure(() => client.objects.get({ id: '1' }));
  const findings: string[] = [];
  expectType(error, SaymonResponseTooLargeError, findings);
  const message = (error as Error).message;
  // the Content-Length of the encoded bytes is not what the limit was passed on
  if (/Content-Length/.test(message) || !/after decoding gzip/.test(message)) findings.push(`message: ${message}`);
  if ((error as SaymonResponseTooLargeError).contentLength !== undefined) findings.push('reports the encoded length');
  return [...findings, ...leaks([error, ...seen])];
});

// --- a server that asks to wait ----------------------------------------------------------------
for (const [status, seconds] of [
  [503, '10'],
  [429, '3600'],
  [503, 'Wed, 21 Oct 2099 07:28:00 GMT'],
] as const) {
  add('retry-after', `${status} Retry-After: ${seconds}, timeout 2000: the answer at once, not a timeout`, async () => {
    ctx.server.behave(busy(status, seconds));
    const { client, seen } = probe('basic', { timeout: 2_000 });
    const error = await failure(() => client.objects.get({ id: '1' }));
    const findings: string[] = [];
    expectType(error, SaymonApiError, findings);
    if (error instanceof SaymonApiError) {
      if (error.status !== status) findings.push(`status ${error.status}`);
      if (error.serverMessage !== 'Maintenance, come back later') findings.push('SAYMON message lost');
      if (error.headers?.get('retry-after') !== seconds) findings.push('Retry-After lost');
    }
    return [...findings, ...leaks([error, ...seen])];
  });
}

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
        ctx.server.behave(cut({ contentLength }));
        const { client, seen } = probe('basic');
        ctx.server.requests.length = 0;
        const error = await failure(() => run(client));
        const findings: string[] = [];
        expectType(error, SaymonNetworkError, findings);
        if ((error as SaymonNetworkError).reason !== 'BODY_INCOMPLETE') findings.push('reason is not BODY_INCOMPLETE');
        if (ctx.server.requests.length !== attempts) findings.push(`${ctx.server.requests.length} attempts`);
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
      ctx.server.behave(behaviour());
      const { client, seen } = probe('token param=key', { responseValidation: mode });
      const error = await failure(() => client.objects.get({ id: '1' }));
      const findings: string[] = [];
      expectType(error, SaymonResponseFormatError, findings);
      if (error instanceof SaymonResponseFormatError && !error.bodySnippet) findings.push('no snippet');
      return [...findings, ...leaks([error, ...seen])];
    });
  }
}

runVectors('hostile transport suite (time, size, cut, format)', vectors);
