/** The emulator as a library: in-process fetch, CORS for browsers, unknown routes, bad JSON. */
import { createClient } from '@saymon-sdk/node';
import { describe, expect, it } from 'vitest';
import { createEmulatorApp } from '../src/app.ts';

const basic = `Basic ${Buffer.from('admin:saymon').toString('base64')}`;

describe('in-process', () => {
  it('answers through app.fetch, and the SDK can use it as its fetch', async () => {
    const { fetch: handle } = createEmulatorApp({ seed: 'empty' });
    const response = await handle(
      new Request('http://emulator/node/api/objects/1', { headers: { authorization: basic } }),
    );
    expect(response.status).toBe(200);
    const client = createClient({
      url: 'http://emulator',
      auth: { type: 'basic', login: 'admin', password: 'saymon' },
      fetch: (input, init) => handle(new Request(input, init)),
    });
    await expect(client.objects.get({ id: '1' })).resolves.toMatchObject({ id: '1', name: 'Root' });
  });
});

describe('HTTP behaviour', () => {
  const { fetch: handle } = createEmulatorApp({ seed: 'empty' });

  it('allows credentialed CORS from another origin', async () => {
    const preflight = await handle(
      new Request('http://emulator/node/api/objects', {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:5173',
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-csrf-token',
        },
      }),
    );
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(preflight.headers.get('access-control-allow-credentials')).toBe('true');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('x-csrf-token');
  });

  it('unknown routes answer ResourceNotFound', async () => {
    const response = await handle(
      new Request('http://emulator/node/api/nothing/here', { headers: { authorization: basic } }),
    );
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ code: 'ResourceNotFound', message: '/api/nothing/here does not exist' });
  });

  it('malformed JSON answers 400 InvalidContent', async () => {
    const response = await handle(
      new Request('http://emulator/node/api/objects', {
        method: 'POST',
        headers: { authorization: basic, 'content-type': 'application/json' },
        body: '{"name": @',
      }),
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 'InvalidContent',
      message: expect.stringMatching(/^Invalid JSON: /),
    });
  });

  it('input is checked with core schemas and answered as SAYMON does', async () => {
    const send = async (path: string, init: RequestInit = {}) => {
      const headers = { authorization: basic, 'content-type': 'application/json' };
      const response = await handle(new Request(`http://emulator/node/api${path}`, { headers, ...init }));
      return { status: response.status, body: await response.json() };
    };
    const missing = (name: string) => ({
      status: 400,
      body: { code: 'BadRequest', message: `Mandatory "${name}" parameter is absent/empty.` },
    });
    // no query at all, and one without the required parameter
    expect(await send('/objects/1/history')).toEqual(missing('from'));
    expect(await send('/objects/1/history?metrics=cpu')).toEqual(missing('from'));
    expect(await send('/objects', { method: 'POST', body: '{"name": 5}' })).toEqual({
      status: 400,
      body: { code: 'BadRequest', message: 'Invalid body.name: expected text, received a number' },
    });
    // plain words, not the validator's (`expected a template_literal string`)
    expect(await send('/event-log?limit=ten')).toEqual({
      status: 400,
      body: { code: 'BadRequest', message: 'Invalid query.limit: expected a number, received text' },
    });
    expect(await send('/objects/1/manual-state', { method: 'PUT', body: '{"state_id": 3, "since": "soon"}' })).toEqual({
      status: 400,
      body: { code: 'BadRequest', message: 'Invalid body.since: expected a number, received text' },
    });
    expect(await send('/objects', { method: 'POST' })).toEqual({
      status: 400,
      body: { code: 'BadRequest', message: 'The request body is empty.' },
    });
  });

  it('no credentials: 401 with the nested Not logged in message', async () => {
    const response = await handle(new Request('http://emulator/node/api/objects/1'));
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      code: 'Unauthorized',
      message: '{"errorCode":3,"message":"Not logged in."}',
    });
  });

  it('answers HEAD as the GET of the same path, without its body; a write stays unmatched', async () => {
    const head = await handle(
      new Request('http://emulator/node/api/objects/1', { method: 'HEAD', headers: { authorization: basic } }),
    );
    const get = await handle(new Request('http://emulator/node/api/objects/1', { headers: { authorization: basic } }));
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe(get.headers.get('content-type'));
    expect(await head.text()).toBe('');
    const anonymous = await handle(new Request('http://emulator/node/api/objects/1', { method: 'HEAD' }));
    expect(anonymous.status).toBe(401);
    const unknown = await handle(
      new Request('http://emulator/node/api/no-such-thing', { method: 'HEAD', headers: { authorization: basic } }),
    );
    expect(unknown.status).toBe(404);
  });

  it('tolerates a double slash before node/api', async () => {
    const response = await handle(
      new Request('http://emulator//node/api/objects/1', { headers: { authorization: basic } }),
    );
    expect(response.status).toBe(200);
  });
});

describe('audit log', () => {
  it('records a configuration change without the mail credentials', async () => {
    const { fetch: handle } = createEmulatorApp({ seed: 'empty' });
    const fetch = (input: RequestInfo | URL, init?: RequestInit) => handle(new Request(input, init));
    const admin = createClient({
      url: 'http://emulator',
      auth: { type: 'basic', login: 'admin', password: 'saymon' },
      fetch,
    });
    const me = await admin.users.current();
    await admin.users.create({ body: { login: 'auditor', password: 'auditor-pw', permissions: ['manage-users'] } });
    const transport = { host: 'smtp.example.com', user: 'mailer', pass: 'smtp-secret' };
    await admin.configuration.update({ body: {}, extraBody: { server: { email: { disabled: false, transport } } } });
    await admin.configuration.update({ body: {}, extraBody: { server: { email: { disabled: true } } } });

    const auditor = createClient({
      url: 'http://emulator',
      auth: { type: 'basic', login: 'auditor', password: 'auditor-pw' },
      fetch,
    });
    const log = JSON.stringify(await auditor.users.auditLog({ id: me.id }));
    expect(log).toContain('"disabled":true');
    expect(log).not.toContain('smtp-secret');
    expect(log).not.toContain('transport');
    // the configuration itself keeps them, for manage-configuration
    expect(JSON.stringify(await admin.configuration.get())).toContain('smtp-secret');
  });
});
