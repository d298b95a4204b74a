import { inspect } from 'node:util';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createClient } from '../src/client/create-client.ts';
import type { SaymonError } from '../src/errors.ts';
import type { RequestLogInfo } from '../src/transport/options.ts';
import { ADMIN, startAuthServer } from './auth-server.ts';
import { json, startServer } from './server.ts';

const TOKEN = 'tok-5f0c2d7e-secret-value';
const PASSWORD = ADMIN.password;

/** Every way an error is commonly printed or logged. */
function renderings(error: unknown): string[] {
  return [
    (error as Error).message,
    String(error),
    JSON.stringify(error),
    inspect(error, { depth: 10 }),
    inspect(error, { depth: 10, showHidden: true }),
    (error as Error).stack ?? '',
  ];
}

function expectNoSecret(texts: string[], secrets: string[]) {
  for (const text of texts) for (const secret of secrets) expect(text).not.toContain(secret);
}

describe('secrets never appear in errors or log payloads', () => {
  it('api-token in the URL of an API error, a network error and a timeout', async () => {
    const server = await startServer((req, res) =>
      req.path.endsWith('/slow') ? undefined : json(res, 401, { code: 'Unauthorized', message: `bad token ${TOKEN}` }),
    );
    onTestFinished(() => server.close());
    const client = createClient({ url: server.url, auth: { type: 'token', token: TOKEN }, retry: 0, timeout: 200 });
    const apiError = await client.users.current().catch((e: unknown) => e);
    expect((apiError as SaymonError).request?.url).toContain('api-token=[REDACTED]');
    const timeout = await client.objects.get({ id: 'slow' }).catch((e: unknown) => e);
    const url = server.url;
    await server.close();
    const network = await createClient({ url, auth: { type: 'token', token: TOKEN }, retry: 0 })
      .users.current()
      .catch((e: unknown) => e);
    for (const error of [apiError, timeout, network]) expectNoSecret(renderings(error), [TOKEN]);
  });

  it('Basic credentials and session ids', async () => {
    const server = await startAuthServer();
    onTestFinished(() => server.close());
    const basic = createClient({ url: server.url, auth: { type: 'basic', login: 'admin', password: PASSWORD } });
    const header = `Basic ${Buffer.from(`admin:${PASSWORD}`).toString('base64')}`;
    const notFound = await basic.objects.get({ id: 'missing' }).catch((e: unknown) => e);
    expectNoSecret(renderings(notFound), [PASSWORD, header.slice(6)]);

    const session = createClient({ url: server.url, auth: { type: 'session', login: 'admin', password: PASSWORD } });
    await session.users.current();
    const [sid] = [...server.sessions.keys()];
    const csrf = server.sessions.get(sid ?? '')?.csrf ?? '';
    server.expireAllSessions();
    const wrongLogin = createClient({
      url: server.url,
      auth: { type: 'session', login: 'admin', password: `${PASSWORD}x` },
    });
    const loginError = await wrongLogin.users.current().catch((e: unknown) => e);
    const missing = await session.objects.get({ id: 'missing' }).catch((e: unknown) => e);
    for (const error of [loginError, missing]) expectNoSecret(renderings(error), [PASSWORD, sid ?? '', csrf]);
  });

  it('validation errors do not echo the rejected values', async () => {
    const server = await startServer();
    onTestFinished(() => server.close());
    const client = createClient({ url: server.url });
    const error = await client.users
      .changePassword({ id: '1', body: { password: 12345678, oldPassword: PASSWORD } as never })
      .catch((e: unknown) => e);
    expect(error).toBeDefined();
    expectNoSecret(renderings(error), [PASSWORD, '12345678']);
  });

  it('hook payloads meant for logging carry redacted URLs and headers', async () => {
    const server = await startServer((_, res) => json(res, 200, { id: '1' }));
    onTestFinished(() => server.close());
    const seen: RequestLogInfo[] = [];
    const hooks = {
      beforeRequest: (i: RequestLogInfo) => void seen.push(i),
      afterResponse: (i: RequestLogInfo) => void seen.push(i),
    };
    await createClient({ url: server.url, auth: { type: 'token', token: TOKEN }, hooks }).objects.get({ id: '1' });
    await createClient({
      url: server.url,
      auth: { type: 'basic', login: 'admin', password: PASSWORD },
      hooks,
    }).objects.get({ id: '1' });
    expect(seen).toHaveLength(4);
    expectNoSecret(
      seen.map((i) => JSON.stringify(i)),
      [TOKEN, PASSWORD, Buffer.from(`admin:${PASSWORD}`).toString('base64')],
    );
    expect(seen[2]?.headers.authorization).toBe('[REDACTED]');
  });
});

describe('the one classifier decides what is secret by name', () => {
  it('hides secret-named fields of an error body and secret-named query parameters, whatever their value', async () => {
    const server = await startServer((_req, res) =>
      json(res, 400, { message: 'refused', bindPassword: 'ldap-pw-1', newPassword: 'np-2', monkey: 'banana' }),
    );
    onTestFinished(() => server.close());
    const client = createClient({ url: server.url, auth: { type: 'basic', login: 'admin', password: 'pw' }, retry: 0 });
    const error = (await client.users
      .current({ extraQuery: { currentPassword: 'cp-3', sessionId: 'si-4', monkey: 'm' } })
      .catch((e: unknown) => e)) as SaymonError & { body: unknown };
    expectNoSecret(renderings(error), ['ldap-pw-1', 'np-2', 'cp-3', 'si-4']);
    expect(error.body).toMatchObject({ message: 'refused', bindPassword: '[REDACTED]', monkey: 'banana' });
    expect(error.request?.url).toContain('monkey=m');
  });
});

describe('the registry marks decide what of a call is secret', () => {
  it('keeps a session id in the path, and passwords a server echoes, out of errors', async () => {
    const server = await startServer((req, res) => json(res, 400, { message: `refused ${req.path} ${req.body}` }));
    onTestFinished(() => server.close());
    const client = createClient({ url: server.url, auth: { type: 'basic', login: 'admin', password: 'pw' }, retry: 0 });
    const verify = (await client.sessions.verify({ id: 'sid-0a1b2c3d' }).catch((e: unknown) => e)) as SaymonError;
    expect(verify.request?.url).toContain('/node/api/users/session/verify/[REDACTED]');
    const change = await client.users
      .changePassword({ id: '1', body: { currentPassword: 'cur-9f8e7d', newPassword: 'new-6c5b4a' } })
      .catch((e: unknown) => e);
    for (const error of [verify, change])
      expectNoSecret(renderings(error), ['sid-0a1b2c3d', 'cur-9f8e7d', 'new-6c5b4a']);
  });
});
