/**
 * Recordings end to end: a session recorded through the validating proxy (`--record`), an emulator
 * seeded from it (`--seed-from`), every recorded request replayed against that emulator with the
 * same shapes answered (status, schema, keys); the same on the doctor tests' drifted server, where
 * the replay reports the drift; and a malformed recording refused at start-up.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type RecordedExchange, recordedJson } from '@saymon-sdk/core/recording';
import { createClient } from '@saymon-sdk/node';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { startProxy as startDriftedServer } from '../../cli/test/doctor-servers.ts';
import { tempDir } from '../../core/test/temp-dir.ts';
import { openRecorder } from '../src/proxy/recorder.ts';
import { startProxy } from '../src/proxy/server.ts';
import { readRecordingFolder } from '../src/recording/read-folder.ts';
import { replayRecording } from '../src/recording/replay.ts';
import { stateFromRecording } from '../src/recording/seed-from.ts';
import { type RunningEmulator, startEmulator } from '../src/server.ts';
import { run, start } from './cli-process.ts';

const BASIC = { authorization: `Basic ${Buffer.from('admin:saymon').toString('base64')}` };

let real: RunningEmulator;
beforeAll(async () => {
  real = await startEmulator({ port: 0, seed: 'demo' });
  const admin = createClient({ url: real.url, auth: { type: 'basic', login: 'admin', password: 'saymon' } });
  await admin.users.create({ body: { login: 'operator', password: 'operator-pw', displayName: 'Operator' } });
});
afterAll(() => real.close());

/** Records a session of reads through the proxy in front of `target`; the recording's folder. */
async function recordSession(target: string): Promise<string> {
  const dir = join(tempDir('saymon-replay-'), 'recording');
  const proxy = await startProxy({ port: 0, target, recorder: await openRecorder(dir, 'a test'), log: () => {} });
  onTestFinished(() => proxy.close());
  const get = async (path: string) => {
    const answer = await fetch(`${proxy.url}${path}`, { headers: BASIC });
    return answer.ok ? ((await answer.json()) as unknown) : undefined;
  };
  const objects = (await get('/node/api/objects')) as { id: string }[];
  for (const object of objects.slice(0, 4)) await get(`/node/api/objects/${object.id}`);
  await get('/node/api/objects/1/children');
  await get('/node/api/objects?fields=name,class_id');
  const links = (await get('/node/api/links')) as { id: string }[];
  if (links[0]) await get(`/node/api/links/${links[0].id}`);
  const classes = (await get('/node/api/classes')) as { id: string }[];
  await get(`/node/api/classes/${classes[0]?.id}`);
  await get('/node/api/incidents');
  await get('/node/api/users');
  await get('/node/api/users/current');
  return dir;
}

/** How many incidents the recorded list answered (it leaves the cleared ones out). */
function recordedIncidents(exchanges: readonly RecordedExchange[]): number {
  const answer = recordedJson(exchanges.find((e) => e.endpoint === 'incidents.list')?.response.body);
  return Array.isArray(answer) ? answer.length : -1;
}

async function seededFrom(dir: string) {
  const recording = await readRecordingFolder(dir);
  const { state, summary } = stateFromRecording(recording.exchanges, { password: 'recorded' });
  const seeded = await startEmulator({ port: 0, state });
  onTestFinished(() => seeded.close());
  const replay = () =>
    replayRecording(recording.exchanges, ({ method, path, body }) =>
      fetch(`${seeded.url}${path}`, {
        method,
        headers: { ...BASIC, ...(body ? { 'content-type': 'application/json' } : {}) },
        ...(body ? { body } : {}),
      }),
    );
  return { recording, summary, seeded, replay };
}

describe('replaying a recording against an emulator seeded from it', () => {
  it('answers every recorded request with the same shapes', async () => {
    const dir = await recordSession(real.url);
    const { recording, summary, seeded, replay } = await seededFrom(dir);
    expect(recording.exchanges.length).toBeGreaterThan(10);
    expect(summary).toMatchObject({
      objects: Object.keys(real.store.state.objects).length,
      links: Object.keys(real.store.state.links).length,
      // the incidents the list answered (it leaves the cleared ones out)
      incidents: recordedIncidents(recording.exchanges),
      users: 1,
      skippedUsers: 2,
      drifted: 0,
    });
    expect(await replay()).toEqual([]);
    // the Basic login of the recording session is no secret: logins and names containing it survive
    expect(JSON.stringify(recording.exchanges)).toContain('"login":"admin"');
    // the recorded user logs in with the documented password; the emulator's admin stays
    const operator = createClient({
      url: seeded.url,
      auth: { type: 'basic', login: 'operator', password: 'recorded' },
    });
    await expect(operator.users.current()).resolves.toMatchObject({ login: 'operator' });
    const old = createClient({ url: seeded.url, auth: { type: 'basic', login: 'operator', password: 'operator-pw' } });
    await expect(old.users.current()).rejects.toMatchObject({ status: 401 });
  });

  it('reports the drift of a recording made on a drifted server instead of passing', async () => {
    const drifted = await startDriftedServer(real.url, {
      'objects.list': {
        edit: (list) => (list as Record<string, unknown>[]).map((o) => ({ ...o, name: 42, extra: 1 })),
      },
      'incidents.list': { status: 500, body: { code: 'Internal', message: 'drifted' } },
    });
    onTestFinished(() => drifted.close());
    const dir = await recordSession(drifted.url);
    const { summary, replay } = await seededFrom(dir);
    expect(summary.drifted).toBeGreaterThan(0);
    const differences = await replay();
    const byEndpoint = new Map(differences.map((d) => [d.request, d.problems.join('; ')]));
    expect(byEndpoint.get('GET /node/api/objects')).toMatch(/recorded answer \d+\.name: /);
    expect(byEndpoint.get('GET /node/api/incidents')).toMatch(/status 200, recorded 500/);
  });
});

describe('--seed-from', () => {
  it('starts with the recording and says how recorded users log in', async () => {
    const dir = await recordSession(real.url);
    const emulator = await start(['--seed-from', dir, '--seed-password', 'pw-for-tests']);
    expect(emulator.output()).toMatch(
      /seed: recording .*: \d+ objects, \d+ links, \d+ classes, \d+ incidents, 1 users/,
    );
    expect(emulator.output()).toMatch(/recorded users log in with their login and the password "pw-for-tests"/);
    const answer = await fetch(`${emulator.url}/node/api/users/current`, {
      headers: { authorization: `Basic ${Buffer.from('operator:pw-for-tests').toString('base64')}` },
    });
    expect(answer.status).toBe(200);
  });

  it.each([
    ['a folder that is not a recording', () => tempDir('saymon-replay-'), /cannot read recording\.json/],
    [
      'a line that is not JSON',
      () => {
        const dir = tempDir('saymon-replay-');
        writeFileSync(
          join(dir, 'recording.json'),
          JSON.stringify({ format: 'saymon-recording', version: 1, recordedBy: 't', recordedAt: 't', exchanges: 1 }),
        );
        writeFileSync(join(dir, 'exchanges.jsonl'), '{"endpoint":\n');
        return dir;
      },
      /exchanges\.jsonl line 1: not JSON/,
    ],
    [
      'another version',
      () => {
        const dir = join(tempDir('saymon-replay-'), 'v9');
        mkdirSync(dir);
        writeFileSync(join(dir, 'recording.json'), JSON.stringify({ format: 'saymon-recording', version: 9 }));
        writeFileSync(join(dir, 'exchanges.jsonl'), '');
        return dir;
      },
      /version 9 is not one this reader knows/,
    ],
  ])('refuses %s with exit 2', (_, make, message) => {
    const ran = run(['--port', '0', '--seed-from', make()]);
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(message);
  });
});
