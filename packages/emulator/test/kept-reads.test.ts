/**
 * The front door of kept reads (`src/kept-reads.ts`) answers as the chain of middlewares it skips.
 * Over sockets, an emulator with the answer cache and one without take the same requests, each
 * twice: kept reads and others, for callers with good, wrong and no credentials, a token, a live and
 * an expired session, with and without an allowed or a foreign `Origin`, with an allowed and a
 * refused `Host`, with and without a fault set. Status, headers (but `Date`) and bytes must be the
 * same. In-process, the door answers a kept read at once (a `Response`, not a promise) and sends the
 * rest on; a request is authenticated once, whether the door sent it on or not.
 */
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEmulatorApp } from '../src/app.ts';
import { type RunningEmulator, startEmulator } from '../src/server.ts';

/** Every call of `authenticate`, by any part of the emulator. */
const auth = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../src/auth.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../src/auth.ts')>();
  return {
    ...real,
    authenticate: (...args: Parameters<typeof real.authenticate>) => {
      auth.calls++;
      return real.authenticate(...args);
    },
  };
});

const SESSION_TTL = 60_000;
let now = Date.UTC(2026, 10, 2, 9, 30);
const clock = () => now;
const ALLOWED_ORIGIN = 'https://app.example';
const options = {
  port: 0,
  seed: 'demo',
  now: clock,
  sessionTtl: SESSION_TTL,
  allowedOrigins: [ALLOWED_ORIGIN],
} as const;

let cached: RunningEmulator;
let plain: RunningEmulator;
beforeAll(async () => {
  cached = await startEmulator({ ...options, answerCache: true });
  plain = await startEmulator(options);
});
afterAll(async () => {
  await cached.close();
  await plain.close();
});

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A request over a socket with the headers given as they are (`Host` included), the answer but its `Date`. */
function ask(emulator: RunningEmulator, method: string, path: string, headers: Record<string, string>, body = '') {
  return new Promise<Answer>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: emulator.port, method, path, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        const { date: _date, ...rest } = res.headers;
        resolve({ status: res.statusCode ?? 0, headers: rest, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end(body);
  });
}

const basic = (login: string, password: string) => `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`;

/** A session opened on `emulator` (each emulator gives its own ids). */
async function openSession(emulator: RunningEmulator): Promise<string> {
  const body = JSON.stringify({ login: 'viewer', password: 'viewer' });
  const answer = await ask(
    emulator,
    'POST',
    '/node/api/users/session',
    { host: 'localhost', 'content-type': 'application/json' },
    body,
  );
  return JSON.parse(answer.body) as string;
}

describe('the front door of kept reads answers as the chain it skips', { timeout: 60_000 }, () => {
  it('for every caller, origin, host and fault', async () => {
    for (const emulator of [cached, plain]) {
      emulator.store.state.users[Object.keys(emulator.store.state.users)[1] as string]!.authenticationToken = 'a-token';
      emulator.store.changed();
    }
    const sessions = new Map([cached, plain].map((e) => [e, '']));
    const expiring = new Map([cached, plain].map((e) => [e, '']));
    for (const emulator of [cached, plain]) expiring.set(emulator, await openSession(emulator));
    now += SESSION_TTL / 2;
    for (const emulator of [cached, plain]) sessions.set(emulator, await openSession(emulator));
    const id = Object.keys(plain.store.state.objects).at(-1) as string;
    const paths = [
      '/node/api/objects',
      '/node/api/objects?fields=name',
      `/node/api/objects/${id}`,
      `//node/api//objects/${id}`,
      '/node/api/objects/nosuch',
      '/node/api/objects/%E0%A4%A',
      '/node/api/objects/%',
      '/node/api/objects/%2e%2e/1',
      '/node/api/objects/1?api-token=a-token',
      '/node/api/objects?auth-token=wrong',
      '/node/api/users/current',
      '/node/api/nosuch',
    ];
    type Caller = (emulator: RunningEmulator) => Record<string, string>;
    const callers: Record<string, Caller> = {
      admin: () => ({ authorization: basic('admin', 'saymon') }),
      viewer: () => ({ authorization: basic('viewer', 'viewer') }),
      'a wrong password': () => ({ authorization: basic('admin', 'wrong') }),
      'no base64': () => ({ authorization: 'Basic !!!' }),
      nobody: () => ({}),
      'a session': (e) => ({ cookie: `sid=${sessions.get(e)}` }),
      'a session in X-Session-Id': (e) => ({ 'x-session-id': sessions.get(e) as string }),
      'an expired session': (e) => ({ cookie: `sid=${expiring.get(e)}` }),
    };
    const ways: Record<string, Record<string, string>> = {
      plain: { host: 'localhost' },
      'an allowed origin': { host: 'localhost', origin: ALLOWED_ORIGIN },
      'a foreign origin': { host: 'localhost', origin: 'https://evil.example' },
      'same origin': { host: 'localhost:8080', origin: 'http://localhost:8080' },
      'a refused host': { host: 'evil.example' },
    };
    let asked = 0;
    const round = async (label: string) => {
      for (const path of paths)
        for (const [who, caller] of Object.entries(callers))
          for (const [way, extra] of Object.entries(ways)) {
            const what = `${label}: GET ${path} by ${who}, ${way}`;
            const answers: Answer[] = [];
            for (const emulator of [cached, plain])
              for (let i = 0; i < 2; i++)
                answers.push(await ask(emulator, 'GET', path, { ...extra, ...caller(emulator) }));
            const [first, again, expected, expectedAgain] = answers;
            expect(first, what).toEqual(expected);
            expect(again, `${what} (again)`).toEqual(expectedAgain);
            asked++;
          }
    };
    const hits = () => cached.answers?.counts.hits ?? 0;
    await round('no fault');
    const kept = hits();
    expect(kept).toBeGreaterThan(20);
    for (const emulator of [cached, plain])
      await ask(
        emulator,
        'POST',
        '/__emulator/faults',
        { host: 'localhost', 'content-type': 'application/json' },
        JSON.stringify({ kind: 'error', path: '/node/api/objects/*', status: 502 }),
      );
    await round('a fault set');
    expect(asked).toBeGreaterThan(700);
    expect(hits()).toBeGreaterThan(kept);
  });
});

describe('the front door in-process', () => {
  const ADMIN = { authorization: basic('admin', 'saymon') };
  const get = (path: string, headers: Record<string, string> = ADMIN) =>
    new Request(`http://emulator${path}`, { headers });

  it('answers a kept read at once, and sends the rest on through the chain', async () => {
    const emulator = createEmulatorApp({ seed: 'demo', answerCache: true });
    const { app } = emulator;
    expect(app.fetch(get('/node/api/objects/1'))).toBeInstanceOf(Promise); // not kept yet
    const first = await app.fetch(get('/node/api/objects/1'));
    const kept = app.fetch(get('/node/api/objects/1'));
    expect(kept).toBeInstanceOf(Response);
    expect(await (kept as Response).text()).toBe(await first.text());
    expect(app.fetch(get('/node/api/objects/1', {}))).toBeInstanceOf(Response); // 401 from the door
    expect(app.fetch(get('/node/api/objects/1', { ...ADMIN, origin: 'http://localhost:5173' }))).toBeInstanceOf(
      Promise,
    );
    expect(app.fetch(get('/node/api/users/current'))).toBeInstanceOf(Promise);
    emulator.faults.add({ kind: 'latency', delayMs: 0 });
    expect(app.fetch(get('/node/api/objects/1'))).toBeInstanceOf(Promise);
    emulator.faults.clear();
    expect(app.fetch(get('/node/api/objects/1'))).toBeInstanceOf(Response);
    expect(createEmulatorApp({ seed: 'demo' }).app.fetch(get('/node/api/objects/1'))).toBeInstanceOf(Promise);
  });

  it('authenticates each request once, whether the door sent it on or not', async () => {
    const { fetch } = createEmulatorApp({ seed: 'demo', answerCache: true });
    const once = async (what: string, request: Request, status: number) => {
      const before = auth.calls;
      expect((await fetch(request)).status, what).toBe(status);
      expect(auth.calls - before, what).toBe(1);
    };
    await once('a read not kept yet', get('/node/api/objects'), 200);
    await once('a kept read', get('/node/api/objects'), 200);
    await once('a read that is never kept', get('/node/api/users/current'), 200);
    await once('a kept read with an Origin', get('/node/api/objects', { ...ADMIN, origin: 'http://localhost' }), 200);
    await once('a refused read', get('/node/api/objects', {}), 401);
    await once(
      'a write',
      new Request('http://emulator/node/api/objects/1', {
        method: 'PATCH',
        headers: { ...ADMIN, 'content-type': 'application/json' },
        body: '{"name":"Root again"}',
      }),
      200,
    );
    await once('a read after the write', get('/node/api/objects'), 200);
  });
});
