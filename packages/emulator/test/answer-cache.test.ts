/**
 * The answer cache (`answerCache`, `src/answer-cache.ts`) answers exactly as the emulator without
 * it. Two emulators from the same seed, on the same clock, take the same requests. Every read the
 * cache covers is asked twice of each, for every caller (the demo users, a user who sees part of
 * the tree, one who sees none, a token, a session), with and without `fields`, for every object
 * and for ids that do not exist: status, headers and bytes must be the same, and the cached
 * emulator's second answers must come from its cache. The round is repeated after each kind of
 * change: writes, failed writes, changed rights, manual state pins falling due as the clock moves,
 * stat pushes, faults, a reset, fixtures written to `store.state` with `store.changed()`.
 */
import { describe, expect, it, onTestFinished } from 'vitest';
import { createEmulatorApp, type EmulatorApp } from '../src/app.ts';
import { DEMO_USERS } from '../src/seed/index.ts';
import { startEmulator } from '../src/server.ts';
import type { UserRecord } from '../src/store/state.ts';

const MINUTE = 60_000;
let now = Date.UTC(2026, 10, 2, 9, 30);
const clock = () => now;
const cached = createEmulatorApp({ seed: 'demo', now: clock, answerCache: true });
const plain = createEmulatorApp({ seed: 'demo', now: clock });
const apps = [cached, plain] as const;

const LIST_QUERIES = [
  '',
  'fields=name',
  'fields=name,path',
  'fields=path',
  'fields=id,parent_id,state_id,manual_state,last_state_update',
  'fields=',
  'fields=nosuch',
  'fields=name&fields=class_id',
  'limit=2',
];
const GET_QUERIES = ['', 'fields=name,path', 'fields=state_id,manual_state', 'fields=path&fields=name'];

/** Who calls: headers (and a query) for each emulator, since sessions differ between them. */
interface Caller {
  name: string;
  headers: (app: EmulatorApp) => Record<string, string>;
  query?: string;
}

const basic = (login: string, password: string): Caller => ({
  name: login,
  headers: () => ({ authorization: `Basic ${btoa(`${login}:${password}`)}` }),
});

const callers: Caller[] = [basic(DEMO_USERS.admin.login, DEMO_USERS.admin.password), basic('viewer', 'viewer')];

interface Answer {
  status: number;
  headers: [string, string][];
  body: Buffer;
}

async function ask(app: EmulatorApp, method: string, url: string, headers: Record<string, string>, body?: unknown) {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    (init.headers as Record<string, string>)['content-type'] = 'application/json';
  }
  const response = await app.fetch(new Request(`http://emulator${url}`, init));
  return { status: response.status, headers: [...response.headers], body: Buffer.from(await response.arrayBuffer()) };
}

function expectSame(actual: Answer, expected: Answer, what: string) {
  const view = (a: Answer) => ({ what, status: a.status, headers: a.headers, text: a.body.toString('utf8') });
  expect(view(actual)).toEqual(view(expected));
  expect(Buffer.compare(actual.body, expected.body), what).toBe(0);
}

/** A change sent to both emulators; both must answer it alike (writes answer from the same state). */
async function write(method: string, url: string, body?: unknown, caller = callers[0] as Caller) {
  const [a, b] = await Promise.all(apps.map((app) => ask(app, method, url, caller.headers(app), body)));
  expectSame(a as Answer, b as Answer, `${method} ${url}`);
  return JSON.parse((a as Answer).body.toString('utf8') || 'null') as unknown;
}

function urlOf(path: string, query: string, caller: Caller) {
  const parts = [query, caller.query ?? ''].filter(Boolean);
  return parts.length ? `${path}?${parts.join('&')}` : path;
}

/** Every covered read: the list with each query, each object, and ids that do not exist. */
function everyRead(): string[] {
  const ids = Object.keys(plain.store.state.objects);
  const discovery = Object.values(plain.store.state.objects).find((o) => o.discovery_id !== undefined);
  const odd = ['nosuch', '000000000000000000000000', ...(discovery ? [`discovery id:${discovery.discovery_id}`] : [])];
  const reads: string[] = [];
  for (const query of LIST_QUERIES) reads.push(`/node/api/objects|${query}`);
  ids.forEach((id, i) => {
    reads.push(`/node/api/objects/${encodeURIComponent(id)}|`);
    // the other queries on every fifth object: the field selection is the same code for all
    if (i % 5 === 0) for (const query of GET_QUERIES.slice(1)) reads.push(`/node/api/objects/${id}|${query}`);
  });
  for (const id of odd)
    for (const query of GET_QUERIES) reads.push(`/node/api/objects/${encodeURIComponent(id)}|${query}`);
  return reads;
}

/** Reads (`path|query`), for every caller, twice of each emulator; returns how many were 200s. */
async function readsAlike(label: string, reads: string[]): Promise<number> {
  let ok = 0;
  for (const caller of callers) {
    for (const read of reads) {
      const [path, query] = read.split('|') as [string, string];
      const url = urlOf(path, query, caller);
      const what = `${label}: ${caller.name} GET ${url}`;
      const first = await ask(cached, 'GET', url, caller.headers(cached));
      const again = await ask(cached, 'GET', url, caller.headers(cached));
      const expected = await ask(plain, 'GET', url, caller.headers(plain));
      const expectedAgain = await ask(plain, 'GET', url, caller.headers(plain));
      expectSame(first, expected, what);
      expectSame(again, expectedAgain, `${what} (again)`);
      if (expected.status === 200) ok++;
    }
  }
  return ok;
}

const root = (): { child_ids: string[] } => plain.store.state.objects['1'] as { child_ids: string[] };
/** An object with children under the root, and one of its children. */
const branch = () => {
  const id = root().child_ids.find((c) => (plain.store.state.objects[c]?.child_ids as string[])?.length) as string;
  const children = (plain.store.state.objects[id]?.child_ids ?? []) as string[];
  return { id, child: children[0] as string };
};
const leaf = () => branch().child;

/**
 * The reads kept last in a round, checked first in the next: a whole round keeps more answers
 * than the cache holds, so these are the ones still kept when the next change comes.
 */
function keptReads(): string[] {
  const ids = ['1', branch().id, leaf(), ...Object.keys(plain.store.state.objects).slice(-3)];
  const reads = LIST_QUERIES.map((query) => `/node/api/objects|${query}`);
  for (const id of ids) for (const query of GET_QUERIES) reads.push(`/node/api/objects/${id}|${query}`);
  return reads;
}

/**
 * A round of reads: those kept from before (after whatever changed since), then every read, then
 * the kept ones again. The cached emulator answers at least every repeated 200 from its cache.
 */
async function round(label: string) {
  const before = cached.answers?.counts.hits ?? 0;
  let ok = 0;
  ok += await readsAlike(`${label} (kept from before)`, keptReads());
  ok += await readsAlike(label, everyRead());
  ok += await readsAlike(`${label} (kept for the next)`, keptReads());
  const hits = (cached.answers?.counts.hits ?? 0) - before;
  expect(ok).toBeGreaterThan(0);
  expect(hits, `${label}: answers from the cache`).toBeGreaterThanOrEqual(ok);
  expect(hits).toBeLessThanOrEqual(2 * ok);
}

/** The parts of the two states that differ (sessions have random ids, so they are left out). */
function sameStates() {
  const a = cached.store.state as unknown as Record<string, unknown>;
  const b = plain.store.state as unknown as Record<string, unknown>;
  const parts = Object.keys(b).filter(
    (key) => key !== 'sessions' && key !== 'sessionLog' && JSON.stringify(a[key]) !== JSON.stringify(b[key]),
  );
  expect(parts).toEqual([]);
}

// each round asks some 8,000 reads in-process
describe('answers with the cache are the answers without it', { timeout: 120_000 }, () => {
  it('the two emulators start from the same state', () => {
    sameStates();
    expect(cached.answers).toBeDefined();
    expect(plain.answers).toBeUndefined();
  });

  it('for the demo users', async () => {
    await round('start');
  });

  it('for a user who sees part of the tree, one who sees none, a token and a session', async () => {
    const { id, child } = branch();
    const partial = { login: 'partial', password: 'partial-pw' };
    await write('POST', '/node/api/users', {
      ...partial,
      permissions: [],
      objectPermissions: { include: [id], exclude: [child] },
    });
    callers.push(basic(partial.login, partial.password));
    // a fixture written to both states directly, noted with changed()
    for (const app of apps) {
      const users = app.store.state.users;
      users.nobody = { ...(users[Object.keys(users)[1] as string] as UserRecord), id: 'nobody', login: 'nobody' };
      (users.nobody as UserRecord).password = 'nobody-pw';
      (users.nobody as UserRecord).objectPermissions = { include: [], exclude: [] };
      (users.nobody as UserRecord).authenticationToken = 'token-of-nobody';
      app.store.changed();
    }
    sameStates();
    callers.push(basic('nobody', 'nobody-pw'));
    callers.push({ name: 'nobody by token', headers: () => ({}), query: 'api-token=token-of-nobody' });
    const sids = new Map<EmulatorApp, string>();
    for (const app of apps) {
      const login = await ask(app, 'POST', '/node/api/users/session', {}, { login: 'partial', password: 'partial-pw' });
      sids.set(app, JSON.parse(login.body.toString('utf8')) as string);
    }
    callers.push({ name: 'partial by session', headers: (app) => ({ cookie: `sid=${sids.get(app)}` }) });
    await round('more users');
  });

  it('after writes to objects, and failed ones', async () => {
    await write('PATCH', `/node/api/objects/${leaf()}`, { name: 'Renamed leaf' });
    await round('after a rename');
    const made = (await write('POST', '/node/api/objects', {
      name: 'New one',
      class_id: 1,
      parent_id: [branch().id],
    })) as {
      id: string;
    };
    await round('after a create');
    await write('DELETE', `/node/api/objects/${made.id}`);
    await write('PATCH', '/node/api/objects/nosuch', { name: 'x' });
    await write('PATCH', `/node/api/objects/${leaf()}`, { name: 12 });
    await round('after a delete and failed writes');
  });

  it('after changed rights', async () => {
    const partial = Object.values(plain.store.state.users).find((u) => u.login === 'partial') as UserRecord;
    await write('PATCH', `/node/api/users/${partial.id}`, {
      objectPermissions: { include: [branch().id], exclude: [] },
    });
    await round('after partial sees the whole branch');
  });

  it('as manual state pins fall due and expire with the clock', async () => {
    const target = leaf();
    const current = String(plain.store.state.objects[target]?.state_id);
    const other = Object.keys(plain.store.state.states).find((s) => s !== current) as string;
    await write('PUT', `/node/api/objects/${target}/manual-state`, {
      stateId: other,
      since: now + MINUTE,
      until: now + 3 * MINUTE,
      reason: 'maintenance',
    });
    await round('pin set, not yet in effect');
    now += MINUTE;
    await round('pin in effect');
    expect(String(plain.store.state.objects[target]?.state_id)).toBe(other);
    now += MINUTE;
    await round('pin still in effect');
    now += MINUTE;
    await round('pin expired');
    expect(plain.store.state.objects[target]?.manual_state).toBeNull();
    sameStates();
  });

  it('after stat pushes', async () => {
    await write('POST', `/node/api/objects/${leaf()}/stat`, { cpu: { load: 0.97 } });
    await round('after a stat push');
  });

  it('while a fault truncates the list, and after it is cleared', async () => {
    await write('POST', '/__emulator/faults', { kind: 'truncate', method: 'GET', path: '/node/api/objects' });
    await round('with a truncate fault');
    await write('DELETE', '/__emulator/faults');
    await round('fault cleared');
  });

  it('after a fixture written directly and noted with changed()', async () => {
    for (const app of apps) {
      (app.store.state.objects[leaf()] as { name: string }).name = 'Written directly';
      app.store.changed();
    }
    await round('after a direct write');
  });

  it('after a reset', async () => {
    await write('POST', '/__emulator/reset', { seed: 'demo' });
    sameStates();
    await round('after a reset');
  });
});

describe('what the cache does not see', () => {
  it('a change made to store.state without store.changed(): the kept answer stays until it is called', async () => {
    const app = createEmulatorApp({ seed: 'demo', answerCache: true });
    const headers = { authorization: `Basic ${btoa('admin:saymon')}` };
    const name = async () =>
      JSON.parse((await ask(app, 'GET', '/node/api/objects/1?fields=name', headers)).body.toString()).name;
    const before = await name();
    (app.store.state.objects['1'] as { name: string }).name = 'Changed directly';
    expect(await name()).toBe(before);
    app.store.changed();
    expect(await name()).toBe('Changed directly');
  });
});

describe('over a socket', () => {
  it('a kept answer goes out as the built one did: status, headers but the date, bytes', async () => {
    const at = () => Date.UTC(2026, 10, 2, 9, 30);
    const running = await Promise.all(
      [true, false].map((answerCache) => startEmulator({ port: 0, now: at, answerCache })),
    );
    onTestFinished(() => Promise.all(running.map((emulator) => emulator.close())).then(() => undefined));
    const headers = { authorization: `Basic ${btoa('admin:saymon')}` };
    const get = async (base: string, path: string) => {
      const response = await fetch(`${base}${path}`, { headers });
      const shown = [...response.headers].filter(([name]) => name !== 'date');
      return { status: response.status, headers: shown, body: Buffer.from(await response.arrayBuffer()) };
    };
    const [withCache, without] = running as [(typeof running)[0], (typeof running)[0]];
    for (const path of ['/node/api/objects', '/node/api/objects/1', '/node/api/objects/1?fields=name,path']) {
      const expected = await get(without.url, path);
      expect(expected.headers).toContainEqual(['content-length', String(expected.body.length)]);
      for (let i = 0; i < 3; i++) expectSame(await get(withCache.url, path), expected, `${path} #${i + 1}`);
    }
    expect(withCache.answers?.counts).toEqual({ hits: 6, kept: 3 });
  });
});
