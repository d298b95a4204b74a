/** The Node client holds no credential where a rendering can reach it: auth, TLS key, proxy credentials. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, type AuthServer, startAuthServer } from '../../core/test/auth-server.ts';
import { findLeaks } from '../../core/test/renderings.ts';
import { createClient, type NodeClientOptions } from '../src/client.ts';
import { createClientFromEnv } from '../src/env.ts';

let server: AuthServer;
beforeAll(async () => {
  server = await startAuthServer();
});
afterAll(() => server.close());

// PEM-shaped stand-ins: the dispatcher keeps them until it connects (no key generation needed here)
const certs = {
  ca: '-----BEGIN CERTIFICATE-----\nCA-stand-in\n-----END CERTIFICATE-----\n',
  cert: '-----BEGIN CERTIFICATE-----\nCERT-stand-in\n-----END CERTIFICATE-----\n',
  key: '-----BEGIN PRIVATE KEY-----\nprivate-key-stand-in-0123456789abcdef0123456789abcdef\n-----END PRIVATE KEY-----\n',
};
const PROXY_PASSWORD = 'proxy-pw-4711';

describe('no secret in the Node client object', () => {
  const token = 'tok-0123456789abcdef';
  const kinds: [string, NodeClientOptions['auth'], string[]][] = [
    ['basic', { type: 'basic', ...ADMIN }, [ADMIN.password]],
    ['token', { type: 'token', token }, [token]],
    ['token (custom param)', { type: 'token', token, param: 'key' }, [token]],
    ['session login', { type: 'session', login: ADMIN.login, password: ADMIN.password }, [ADMIN.password]],
    [
      'session sid + csrf',
      { type: 'session', sid: 'sid-abcdef123456', csrf: 'csrf-abcdef123456' },
      ['sid-abcdef123456', 'csrf-abcdef123456'],
    ],
  ];

  it.each(kinds)('%s (with a TLS client key and proxy credentials)', async (kind, auth, secrets) => {
    const client = createClient({
      url: server.url,
      auth,
      tls: { ca: certs.ca, cert: certs.cert, key: certs.key },
      proxy: `http://user:${PROXY_PASSWORD}@127.0.0.1:9`,
    });
    const plain = createClient({ url: server.url, auth });
    await plain.users.current().catch(() => undefined);
    const sessions = [...server.sessions].flatMap(([sid, s]) => [sid, s.csrf]);
    const keyLine = certs.key.split('\n').find((l) => l.length > 40) ?? certs.key;
    const report = findLeaks(
      { client, core: client.core, options: client.core.options, plain, derived: plain.extend({ timeout: 1 }) },
      [...secrets, ...sessions, PROXY_PASSWORD, keyLine],
    );
    expect(report.leaks).toEqual([]);
    console.log(`node ${kind}: ${report.checked} renderings checked, 0 leaks`);
  });

  it('createClientFromEnv: the same, and SAYMON_URL with credentials is refused without showing them', () => {
    const env = {
      SAYMON_URL: server.url,
      SAYMON_LOGIN: 'admin',
      SAYMON_PASSWORD: 'env-pw-98765',
      SAYMON_AUTH: 'session',
    };
    expect(findLeaks({ client: createClientFromEnv({}, env) }, ['env-pw-98765']).leaks).toEqual([]);
    let error: unknown;
    try {
      createClientFromEnv({}, { SAYMON_URL: 'https://admin:env-pw-98765@saymon.example.com', SAYMON_TOKEN: 't0k3n-x' });
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ name: 'SaymonValidationError' });
    expect(JSON.stringify(error)).not.toContain('env-pw-98765');
    expect((error as Error).message).toContain('auth');
  });
});
