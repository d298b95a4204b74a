/**
 * The validating proxy over real HTTP: a second emulator stands in as the real server, and the
 * doctor tests' drifted server (a pass-through that changes chosen answers) as one that drifted.
 * Reads pass and conform; writes are refused unless allowed; every violation is a log line and a
 * header; sessions stay on the proxy's side; a recording is written through core's redaction.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXCHANGES_FILE, MANIFEST_FILE, parseRecording } from '@saymon-sdk/core/recording';
import { createClient } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startProxy as startDriftedServer } from '../../cli/test/doctor-servers.ts';
import { tempDir } from '../../core/test/temp-dir.ts';
import { PROXY_HEADER, VIOLATIONS_HEADER } from '../src/proxy/app.ts';
import { openRecorder } from '../src/proxy/recorder.ts';
import { type StartProxyOptions, startProxy } from '../src/proxy/server.ts';
import { type RunningEmulator, startEmulator } from '../src/server.ts';

const ADMIN = { login: 'admin', password: 'saymon' };

let real: RunningEmulator;
beforeAll(async () => {
  real = await startEmulator({ port: 0, seed: 'demo' });
});
afterAll(() => real.close());

async function proxy(options: Partial<StartProxyOptions> = {}) {
  const lines: string[] = [];
  const running = await startProxy({ port: 0, target: real.url, log: (line) => lines.push(line), ...options });
  onTestFinished(() => running.close());
  return { ...running, lines };
}

describe('the validating proxy', () => {
  it('forwards reads that conform: no violation header, no log line', async () => {
    const p = await proxy();
    const client = createClient({ url: p.url, auth: { type: 'basic', ...ADMIN }, responseValidation: 'strict' });
    const objects = await client.objects.list();
    expect(objects.length).toBeGreaterThan(3);
    await client.objects.get({ id: String(objects[0]?.id) });
    await client.incidents.list();
    const answer = await fetch(`${p.url}/node/api/objects`, {
      headers: { authorization: `Basic ${Buffer.from('admin:saymon').toString('base64')}` },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get(VIOLATIONS_HEADER)).toBeNull();
    expect(p.lines).toEqual([]);
  });

  it('refuses writes with a typed 403 naming the flag, and forwards nothing', async () => {
    const p = await proxy();
    const client = createClient({ url: p.url, auth: { type: 'basic', ...ADMIN } });
    const before = Object.keys(real.store.state.objects).length;
    const refused = await client.objects.create({ body: { name: 'through the proxy' } }).catch((e: unknown) => e);
    expect(refused).toMatchObject({ status: 403, code: 'ProxyReadOnly' });
    expect(String((refused as Error).message)).toMatch(
      /objects\.create \(the registry marks it write\).*--proxy-writes/,
    );
    const raw = await fetch(`${p.url}/node/api/objects/1`, { method: 'DELETE' });
    expect(raw.headers.get(PROXY_HEADER)).toBe('read-only');
    expect(Object.keys(real.store.state.objects)).toHaveLength(before);
  });

  it('forwards writes with --proxy-writes', async () => {
    const p = await proxy({ writes: true });
    const client = createClient({ url: p.url, auth: { type: 'basic', ...ADMIN } });
    const created = await client.objects.create({ body: { name: 'written through the proxy' } });
    expect(real.store.state.objects[String(created.id)]?.name).toBe('written through the proxy');
    await client.objects.delete({ id: String(created.id) });
  });

  it('keeps the real session: the client holds stand-ins that the real server never issued', async () => {
    const p = await proxy({ writes: true });
    const client = createClient({ url: p.url, auth: { type: 'session', ...ADMIN } });
    const created = await client.objects.create({ body: { name: 'session write' } });
    const { sid } = (await client.session()) ?? { sid: '' };
    expect(sid).toMatch(/^proxy-/);
    expect(Object.keys(real.store.state.sessions)).not.toContain(sid);
    await client.objects.delete({ id: String(created.id) });
    await client.logout();
  });

  it('forwards HEAD as the read it is: no refusal, no violation, no body', async () => {
    const p = await proxy();
    const answer = await fetch(`${p.url}/node/api/objects`, {
      method: 'HEAD',
      headers: { authorization: `Basic ${Buffer.from('admin:saymon').toString('base64')}` },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers.get(PROXY_HEADER)).toBeNull();
    expect(answer.headers.get(VIOLATIONS_HEADER)).toBeNull();
    expect(await answer.text()).toBe('');
    expect(p.lines).toEqual([]);
  });

  it('checks a stand-in session as the real one it stands for, and forgets it at logout', async () => {
    const p = await proxy();
    const client = createClient({ url: p.url, auth: { type: 'session', ...ADMIN } });
    await client.objects.list();
    const { sid } = (await client.session()) ?? { sid: '' };
    expect(sid).toMatch(/^proxy-/);
    const checker = createClient({ url: p.url, auth: { type: 'basic', ...ADMIN } });
    expect(await checker.sessions.verify({ id: sid })).toBe(true);
    expect(await checker.sessions.verify({ id: 'proxy-never-handed-out' })).not.toBe(true);
    await client.logout();
    expect(await checker.sessions.verify({ id: sid })).not.toBe(true);
    expect(p.lines.join('\n')).not.toContain(sid);
  });

  it('reports a drifted answer and a request off the schema: one log line each and a header', async () => {
    const drifted = await startDriftedServer(real.url, {
      'objects.list': { edit: (list) => (list as { name: unknown }[]).map((o) => ({ ...o, name: 42 })) },
    });
    onTestFinished(() => drifted.close());
    const p = await proxy({ target: drifted.url });
    const auth = { authorization: `Basic ${Buffer.from('admin:saymon').toString('base64')}` };
    const answer = await fetch(`${p.url}/node/api/objects`, { headers: auth });
    expect(answer.status).toBe(200);
    const header = answer.headers.get(VIOLATIONS_HEADER) ?? '';
    expect(header).toMatch(/^\d+; answer \d+\.name: /);
    expect(Number(header.split(';')[0])).toBeGreaterThan(1);
    expect(p.lines[0]).toMatch(/^saymon-emulator proxy: objects\.list GET \/node\/api\/objects: answer \d+\.name: /);
    expect(p.lines.join('\n')).not.toMatch(/admin|saymon:|Basic /);

    const before = p.lines.length;
    const bad = await fetch(`${p.url}/node/api/objects/1/history`, { headers: auth });
    expect(bad.headers.get(VIOLATIONS_HEADER)).toMatch(/^\d+; request query/);
    expect(p.lines.length).toBeGreaterThan(before);
  });

  it('records in the doctor’s format, through the shared redaction', async () => {
    const dir = join(tempDir('saymon-proxy-'), 'recording');
    const recorder = await openRecorder(dir, 'saymon-emulator --proxy');
    const p = await proxy({ recorder });
    const client = createClient({ url: p.url, auth: { type: 'session', ...ADMIN } });
    await client.objects.list();
    await client.users.list();
    await client.logout();
    const recording = parseRecording(
      readFileSync(join(dir, MANIFEST_FILE), 'utf8'),
      readFileSync(join(dir, EXCHANGES_FILE), 'utf8'),
    );
    expect(recording.manifest).toMatchObject({ recordedBy: 'saymon-emulator --proxy', exchanges: 2 });
    expect(recording.exchanges.map((e) => e.endpoint)).toEqual(['objects.list', 'users.list']);
    const text = readFileSync(join(dir, EXCHANGES_FILE), 'utf8');
    for (const secret of ['saymon', ...Object.keys(real.store.state.sessions)])
      expect(text.includes(`"${secret}"`), 'a credential in the recording').toBe(false);
  });
});
