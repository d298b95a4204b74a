/**
 * `saymon doctor` end to end: against the emulator (reads only, nothing changed, every endpoint
 * conforms or says why it was not tried), against a drifted server (each difference named with its
 * path), and the recordings it writes (scanned for every credential that crossed the wire).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { endpoints } from '@saymon-sdk/core';
import { MANIFEST_FILE } from '@saymon-sdk/core/recording';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { tempDir } from '../../core/test/temp-dir.ts';
import { type RunningEmulator, startEmulator } from '../../emulator/src/server.ts';
import { markdownReport } from '../src/doctor/markdown.ts';
import type { DoctorReport, EndpointReport } from '../src/doctor/outcome.ts';
import { run } from '../src/run.ts';
import { startProxy } from './doctor-servers.ts';

const ADMIN = { SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: 'saymon' };
/** Fast pacing for tests; the defaults (2 in flight, 5 per second) are for real servers. */
const FAST = ['--in-flight', '4', '--rate', '100'];

async function doctor(args: string[], env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const result = await run(['doctor', ...args], {
    env,
    stdout: { write: (c) => out.push(String(c)) },
    stderr: { write: (c) => err.push(String(c)) },
    stdin: [],
  });
  return { exitCode: result.exitCode, stdout: out.join(''), stderr: err.join('') };
}

async function report(url: string, env: Record<string, string>, extra: string[] = []) {
  const ran = await doctor([url, '-o', 'json', ...FAST, ...extra], env);
  return { ...ran, report: JSON.parse(ran.stdout) as DoctorReport };
}

/** Every endpoint conforms, or was not tried and says why: the emulator and the registry agree. */
function expectNoDrift(r: DoctorReport) {
  for (const e of r.endpoints) {
    if (e.outcome === 'not-tried') expect(e.reason, e.id).toMatch(/\w{6,}/);
    else expect(e.outcome, `${e.id}: ${JSON.stringify(e.findings ?? e.reason)}`).toBe('conforms');
  }
  expect(r.summary.drift).toBe(0);
}

const byId = (r: DoctorReport) => new Map<string, EndpointReport>(r.endpoints.map((e) => [e.id, e]));

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'demo' });
});
afterAll(async () => {
  await emulator?.close();
});

describe('saymon doctor against the emulator', () => {
  it('reports every endpoint: conforms, or not tried with a reason; it sends only reads', async () => {
    const proxy = await startProxy(emulator.url);
    onTestFinished(() => proxy.close());
    const { report: r, stderr, exitCode } = await report(proxy.url, ADMIN);
    expect(r.endpoints.map((e) => e.id).sort()).toEqual(endpoints.map((e) => e.id).sort());
    expect(r.version).toMatch(/^[0-9a-f]+$/);
    expectNoDrift(r);
    // every read the registry has is either called or says why not; nothing else is called
    const writes = endpoints.filter((e) => e.effect !== 'read').map((e): string => e.id);
    expect(r.endpoints.filter((e) => writes.includes(e.id)).every((e) => e.outcome === 'not-tried')).toBe(true);
    expect(r.summary.conforms).toBeGreaterThan(50);
    // a read that needs a query or body sends the first documented example that is data, not placeholders
    const found = byId(r);
    expect(found.get('objects.search')).toMatchObject({ outcome: 'conforms', example: 'example 1' });
    expect(found.get('objects.history')).toMatchObject({ outcome: 'conforms', example: 'example 1' });
    expect(found.get('jobs.findByEntities')?.reason).toMatch(
      /needs input .*no documented example without placeholders/,
    );
    expect(stderr).toBe(
      `saymon doctor: 230 endpoints: ${r.summary.conforms} conform, 0 drift, 0 absent, 0 forbidden, 0 failed, ${r.summary['not-tried']} not tried\n`,
    );
    expect(exitCode).toBe(0);
    // each read is sent once: the lists that name ids are the same calls as their own checks
    const sent = proxy.queries.map((q) => `${q.id}?${q.query}`);
    expect(sent.filter((key, i) => sent.indexOf(key) !== i)).toEqual([]);
    // logs and histories are asked for one page
    expect(proxy.calls).toContain('eventLog.list');
    expect(proxy.queries.filter((q) => q.id === 'eventLog.list').map((q) => q.query)).toEqual(['limit=100']);
    const reads = new Set(endpoints.filter((e) => e.effect === 'read').map((e): string => e.id));
    expect(proxy.calls.filter((id) => !reads.has(id))).toEqual([]);
    expect(proxy.calls.length).toBeGreaterThan(r.summary.conforms);
  });

  it('finds no drift with session auth either, and logs its session out', async () => {
    const proxy = await startProxy(emulator.url);
    onTestFinished(() => proxy.close());
    const { report: r, stderr, exitCode } = await report(proxy.url, { ...ADMIN, SAYMON_AUTH: 'session' });
    expectNoDrift(r);
    expect(r.summary.conforms).toBeGreaterThan(50);
    // the calls only a session reaches (its own audit log) are checked too
    expect(byId(r).get('users.auditLog')?.outcome).toBe('conforms');
    expect(stderr).toMatch(/ 0 drift, 0 absent, 0 forbidden, 0 failed, /);
    expect(exitCode).toBe(0);
    expect(proxy.calls).toContain('sessions.create');
    expect(proxy.calls.at(-1)).toBe('sessions.delete');
  });

  it("reports what a read-only user may not read as forbidden, not as the server's failure", async () => {
    const { report: r } = await report(emulator.url, { SAYMON_LOGIN: 'viewer', SAYMON_PASSWORD: 'viewer' });
    const forbidden = r.endpoints.filter((e) => e.outcome === 'forbidden');
    expect(forbidden.map((e) => e.id)).toContain('users.sessionLog');
    expect(forbidden.every((e) => e.status === 403)).toBe(true);
    expect(r.summary.failed).toBe(0);
  });

  it('refuses a recording folder that is not empty, before sending anything', async () => {
    const dir = tempDir('saymon-doctor-');
    writeFileSync(join(dir, 'mine.txt'), 'keep me');
    const proxy = await startProxy(emulator.url);
    onTestFinished(() => proxy.close());
    const ran = await doctor([proxy.url, '--record', dir], ADMIN);
    expect(ran.exitCode).toBe(2);
    expect(ran.stderr).toMatch(/--record .*not empty/);
    expect(proxy.credentials.size).toBe(0);
    expect(readdirSync(dir)).toEqual(['mine.txt']);
  });

  it('takes no unknown flag and no second URL', async () => {
    expect((await doctor([emulator.url, '--write'], ADMIN)).exitCode).toBe(2);
    expect((await doctor([emulator.url, emulator.url], ADMIN)).exitCode).toBe(2);
    expect((await doctor([emulator.url, '--rate', '0'], ADMIN)).exitCode).toBe(2);
    const nowhere = await doctor([], {});
    expect(nowhere.exitCode).toBe(2);
    expect(nowhere.stderr).toMatch(/SAYMON_URL is not set/);
    const help = await doctor(['--help'], {});
    expect(help.stdout).toMatch(/^Usage: saymon doctor/);
  });
});

describe('saymon doctor against a drifted server', () => {
  it('names each difference with its path: extra, missing, wrong type, absent route, forbidden', async () => {
    const each = (edit: (item: Record<string, unknown>) => void) => (value: unknown) => {
      for (const item of Array.isArray(value) ? value : [value]) edit(item as Record<string, unknown>);
      return value;
    };
    const proxy = await startProxy(emulator.url, {
      'objects.list': { edit: each((o) => Object.assign(o, { metrics_cache: { cpu: 1 } })) },
      'objects.get': { edit: each((o) => delete o.name) },
      'users.current': { edit: each((u) => Object.assign(u, { login: 42 })) },
      'classes.list': { status: 404, body: { code: 'ResourceNotFound', message: '/api/classes does not exist' } },
      'tags.list': { status: 403, body: { code: 'Forbidden', message: 'no right to read tags' } },
    });
    onTestFinished(() => proxy.close());
    const { report: r, exitCode } = await report(proxy.url, ADMIN);
    const found = byId(r);
    expect(found.get('objects.list')).toMatchObject({
      outcome: 'drift',
      findings: [{ kind: 'extra', path: '[].metrics_cache', seen: 'object' }],
    });
    expect(found.get('objects.get')).toMatchObject({
      outcome: 'drift',
      findings: [{ kind: 'missing', path: 'name', expected: 'string', seen: 'missing' }],
    });
    expect(found.get('users.current')).toMatchObject({
      outcome: 'drift',
      findings: [{ kind: 'type', path: 'login', expected: 'string', seen: 'number' }],
    });
    expect(found.get('classes.list')).toMatchObject({ outcome: 'absent', status: 404 });
    expect(found.get('tags.list')).toMatchObject({ outcome: 'forbidden', status: 403 });
    expect(found.get('classes.get')).toMatchObject({
      outcome: 'not-tried',
      reason: 'its id comes from classes.list, and it was absent',
    });
    expect(exitCode).toBe(1);
    const markdown = markdownReport(r);
    for (const line of [
      '- extra field `[].metrics_cache` (object)',
      '- missing field `name` (registry: string)',
      '- wrong type at `login`: number (registry: string)',
      '| `classes.list` | GET /node/api/classes |',
      '| `tags.list` | GET /node/api/tags |',
    ])
      expect(markdown).toContain(line);
  });

  it('says the credentials were rejected (exit code 4) and the server unreachable (exit code 3)', async () => {
    const rejected = await report(emulator.url, { SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: 'wrong-password' });
    expect(rejected.exitCode).toBe(4);
    const session = await report(emulator.url, {
      SAYMON_LOGIN: 'admin',
      SAYMON_PASSWORD: 'wrong-password',
      SAYMON_AUTH: 'session',
    });
    expect(session.exitCode).toBe(4);
    const proxy = await startProxy(emulator.url);
    const url = proxy.url;
    await proxy.close();
    const gone = await report(url, ADMIN);
    expect(gone.exitCode).toBe(3);
    // the version call got no answer: nothing else was sent
    expect(gone.report.summary).toMatchObject({ failed: 1, 'not-tried': 229 });
    expect(gone.report.endpoints.find((e) => e.id === 'objects.list')?.reason).toMatch(
      /^not sent: the version call got no answer/,
    );
  });
});

describe('saymon doctor --record', () => {
  /** Every file of a recording, as text. */
  const contents = (dir: string) => readdirSync(dir).map((name) => readFileSync(join(dir, name), 'utf8'));

  it.each(['basic', 'token', 'session'] as const)('holds no credential the run used (%s auth)', async (kind) => {
    const password = `Doctor-Pw-${kind}-7781`;
    const login = `doctor-${kind}`;
    const admin = (await import('@saymon-sdk/node')).createClient({
      url: emulator.url,
      auth: { type: 'basic', login: 'admin', password: 'saymon' },
    });
    const user = await admin.users.create({ body: { login, password, permissions: ['manage-objects'] } });
    const proxy = await startProxy(emulator.url);
    onTestFinished(() => proxy.close());
    let env: Record<string, string> = { SAYMON_LOGIN: login, SAYMON_PASSWORD: password };
    if (kind === 'session') env = { ...env, SAYMON_AUTH: 'session' };
    if (kind === 'token') {
      const token = String(await admin.authTokens.create({ id: String(user.id) }));
      env = { SAYMON_TOKEN: token };
      proxy.credentials.add(token);
    }
    const dir = join(tempDir('saymon-doctor-'), 'recording');
    const ran = await report(proxy.url, env, ['--record', dir]);
    expect(ran.report.summary.conforms).toBeGreaterThan(20);
    const manifest = JSON.parse(readFileSync(join(dir, MANIFEST_FILE), 'utf8'));
    expect(manifest).toMatchObject({ format: 'saymon-recording', version: 1, recordedBy: 'saymon doctor' });
    expect(manifest.exchanges).toBeGreaterThan(20);
    const lines = readFileSync(join(dir, 'exchanges.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(manifest.exchanges);
    // the credentials that crossed the wire: the password, the Basic header, the token, sid and csrf
    const secrets = [password, ...proxy.credentials].filter((s) => s.length >= 6 && s !== login);
    expect(new Set(secrets).size).toBeGreaterThanOrEqual(kind === 'session' ? 3 : 2);
    const text = contents(dir).join('\n') + ran.stdout;
    for (const secret of secrets) expect(text.includes(secret), `a ${kind} credential in the recording`).toBe(false);
    // login and logout are not recorded: only the reads
    for (const line of lines) expect(JSON.parse(line).endpoint).not.toMatch(/^sessions\.(create|delete)$/);
  });
});
