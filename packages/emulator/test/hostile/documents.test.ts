/** Documents: a user who cannot see an object cannot fetch its document, by API or by the file's URL. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/server.ts';
import { ADMIN, basic, Findings } from './findings.ts';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'empty' });
});
afterAll(() => emulator.close());

async function post(path: string, body: unknown): Promise<Record<string, unknown>> {
  const response = await fetch(emulator.url + path, {
    method: 'POST',
    headers: { authorization: ADMIN, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.ok).toBe(true);
  return (await response.json()) as Record<string, unknown>;
}

async function upload(objectId: string, text: string): Promise<{ id: string; value: string }> {
  const form = new FormData();
  form.set('file', new Blob([text], { type: 'text/plain' }), `${text}.txt`);
  const response = await fetch(`${emulator.url}/node/api/objects/${objectId}/docs`, {
    method: 'POST',
    headers: { authorization: ADMIN },
    body: form,
  });
  expect(response.ok).toBe(true);
  return (await response.json()) as { id: string; value: string };
}

describe('hostile: documents', () => {
  it('applies visibility to document downloads', async () => {
    const findings = new Findings('document visibility');
    const seen = String((await post('/node/api/objects', { name: 'Seen', parent_id: '1' })).id);
    const hidden = String((await post('/node/api/objects', { name: 'Hidden', parent_id: '1' })).id);
    const seenDoc = await upload(seen, 'seen-file');
    const hiddenDoc = await upload(hidden, 'hidden-file');
    await post('/node/api/users', {
      login: 'limited',
      password: 'limited',
      objectPermissions: { include: [seen], exclude: [] },
    });
    await post('/node/api/users', {
      login: 'excluded',
      password: 'excluded',
      objectPermissions: { include: ['1'], exclude: [hidden] },
    });
    for (const login of ['limited', 'excluded']) {
      const authorization = basic(login, login);
      for (const [doc, owner, visible] of [
        [seenDoc, seen, true],
        [hiddenDoc, hidden, false],
      ] as const) {
        for (const url of [doc.value, `/node/api/objects/${owner}/docs/${doc.id}`]) {
          for (const auth of [{ authorization }, {}] as Record<string, string>[]) {
            const response = await fetch(emulator.url + url, { headers: auth });
            const text = await response.text();
            const expected = !('authorization' in auth) ? 401 : visible ? 200 : 404;
            findings.check(
              `${'authorization' in auth ? login : 'anonymous'} GET ${url}`,
              response.status === expected &&
                (expected !== 200 || !url.startsWith('/node-resources') || text === 'seen-file')
                ? undefined
                : `HTTP ${response.status}`,
            );
          }
        }
      }
    }
    const admin = await fetch(emulator.url + hiddenDoc.value, { headers: { authorization: ADMIN } });
    findings.check(
      'admin downloads the hidden one',
      admin.status === 200 && (await admin.text()) === 'hidden-file' ? undefined : `HTTP ${admin.status}`,
    );
    for (const bad of [
      '/node-resources/docs/uid/%',
      '/node-resources/docs/uid/__proto__/x',
      '/node-resources/docs/uid/constructor/x',
    ]) {
      const response = await fetch(emulator.url + bad, { headers: { authorization: ADMIN } });
      await response.body?.cancel();
      findings.check(`GET ${bad}`, response.status === 404 ? undefined : `HTTP ${response.status}`);
    }
    findings.print();
    expect(findings.found).toEqual([]);
  });
});
