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

async function upload(
  objectId: string,
  text: string,
  type = 'text/plain',
  name = `${text}.txt`,
): Promise<{ id: string; value: string }> {
  const form = new FormData();
  form.set('file', new Blob([text], { type }), name);
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

  it('serves an uploaded file as data, never as a page that runs on the API origin', async () => {
    const findings = new Findings('stored documents');
    const owner = String((await post('/node/api/objects', { name: 'Docs', parent_id: '1' })).id);
    const script = '<script>fetch("/node/api/users",{method:"POST"})</script>';
    for (const [type, name] of [
      ['text/html', 'page.html'],
      ['text/html; charset=utf-8', 'page.htm'],
      ['application/xhtml+xml', 'page.xhtml'],
      ['image/svg+xml', 'logo.svg'],
      ['text/xml', 'feed.xml'],
      ['application/javascript', 'app.js'],
      ['', 'no-type'],
      ['text/plain', 'quote".html'],
      ['text/plain', 'line\r\nSet-Cookie: sid=x.txt'],
    ] as const) {
      const doc = await upload(owner, script, type, name);
      const response = await fetch(emulator.url + doc.value, { headers: { authorization: ADMIN } });
      const body = await response.text();
      const sent = response.headers.get('content-type') ?? '';
      const disposition = response.headers.get('content-disposition') ?? '';
      const problems = [
        response.status !== 200 && `HTTP ${response.status}`,
        body !== script && 'the bytes changed',
        /html|xml|script|svg/i.test(sent) && `served as ${sent}`,
        !disposition.startsWith('attachment;') && `disposition ${disposition || 'none'}`,
        /["\r\n]/.test(disposition.replace(/^attachment; /, '')) && `disposition ${JSON.stringify(disposition)}`,
        response.headers.get('x-content-type-options') !== 'nosniff' && 'no nosniff',
        !/default-src 'none'/.test(response.headers.get('content-security-policy') ?? '') && 'no restrictive CSP',
        response.headers.has('set-cookie') && 'a header from the file name',
      ].filter(Boolean);
      findings.check(`${type || '(no type)'} ${JSON.stringify(name)}`, problems.join(', ') || undefined);
    }
    findings.print();
    expect(findings.found).toEqual([]);
  });
});
