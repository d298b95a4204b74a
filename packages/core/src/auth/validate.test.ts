import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createClient } from '../client/create-client.ts';
import { SaymonValidationError } from '../errors.ts';
import type { AuthOptions } from './types.ts';

let sent = 0;
const fetch = async () => {
  sent++;
  return new Response('"x"');
};
const url = 'http://127.0.0.1:9';

function refusal(auth: AuthOptions | Record<string, unknown>, secret: string) {
  const before = sent;
  let error: unknown;
  try {
    createClient({ url, auth: auth as AuthOptions, fetch });
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(SaymonValidationError);
  const e = error as SaymonValidationError;
  for (const text of [e.message, JSON.stringify(e), inspect(e, { showHidden: true, depth: 5 }), String(e)])
    expect(text).not.toContain(secret);
  expect(sent).toBe(before);
  return e;
}

describe('credentials that cannot be sent are refused up front, without showing them', () => {
  it.each([
    ['CR/LF in a sid', { type: 'session', sid: 'S123\r\nX-Admin: 1' }, 'S123'],
    ['cookie injection in a sid', { type: 'session', sid: 'S456; admin=1' }, 'S456'],
    ['a comma in a sid', { type: 'session', sid: 'S789,admin=1' }, 'S789'],
    ['a space in a sid', { type: 'session', sid: 'S000 admin' }, 'S000'],
    ['a CSRF token with ;', { type: 'session', sid: 'fine-sid', csrf: 'C111; x=1' }, 'C111'],
    ['an empty sid', { type: 'session', sid: '' }, 'never-shown'],
    ['a non-string sid', { type: 'session', sid: 42 }, 'never-shown'],
    ['a Basic login with ":"', { type: 'basic', login: 'ad:min', password: 'pw-secret-1' }, 'pw-secret-1'],
    ['a Basic login with LF', { type: 'basic', login: 'adm\nin', password: 'pw-secret-2' }, 'pw-secret-2'],
    ['a session login with CR', { type: 'session', login: 'adm\rin', password: 'pw-secret-3' }, 'pw-secret-3'],
    ['a non-string password', { type: 'basic', login: 'admin', password: 12345678 }, '12345678'],
    ['a token with CR/LF', { type: 'token', token: 'T-secret\r\n' }, 'T-secret'],
    ['a token with a space', { type: 'token', token: 'T-secret x' }, 'T-secret'],
    ['a bad token parameter name', { type: 'token', token: 'T-secret-ok', param: 'a b' }, 'T-secret-ok'],
  ])('%s', (_, auth, secret) => {
    const error = refusal(auth, secret);
    expect(error.issues[0]?.path[0]).toBe('auth');
    expect(error.issues[0]?.code).toBe('invalid_credential');
  });

  it('names the field and the rule', () => {
    const error = refusal({ type: 'session', sid: 'S; admin=1' }, 'admin=1');
    expect(error.message).toBe(
      'Invalid input: auth.sid: is not a valid cookie value: it may not hold spaces, control characters, ", ;, , or \\',
    );
  });

  it('accepts the values real servers hand out', () => {
    expect(() =>
      createClient({ url, auth: { type: 'session', sid: 's%3AAbC.dEf-123_~', csrf: 'Zx9-_' }, fetch }),
    ).not.toThrow();
    expect(() =>
      createClient({ url, auth: { type: 'basic', login: 'ädmin', password: 'p: w\r\n"' }, fetch }),
    ).not.toThrow();
    expect(() => createClient({ url, auth: { type: 'token', token: '0a1b-2c3d' }, fetch })).not.toThrow();
  });
});

describe('server URLs with credentials', () => {
  it('an invalid URL with user:password@ never shows the password', () => {
    for (const bad of [
      'http://admin:hunter2-pw@exa mple.com',
      'http://admin:hun/ter2-pw@[bad',
      'admin:hunter2-pw@:99999',
    ]) {
      const error = (() => {
        try {
          createClient({ url: bad });
        } catch (e) {
          return e as SaymonValidationError;
        }
      })();
      expect(error).toBeInstanceOf(SaymonValidationError);
      for (const text of [error?.message, JSON.stringify(error), inspect(error)]) {
        expect(text).not.toContain('hunter2');
        expect(text).not.toContain('ter2-pw');
      }
    }
  });

  it('a valid URL with credentials is refused: they belong in `auth`', () => {
    const error = (() => {
      try {
        createClient({ url: 'https://admin:hunter2-pw@saymon.example.com/node/api' });
      } catch (e) {
        return e as SaymonValidationError;
      }
    })();
    expect(error).toBeInstanceOf(SaymonValidationError);
    expect(error?.issues[0]?.code).toBe('credentials_in_url');
    expect(error?.message).toContain('put them in `auth`');
    expect(error?.message).not.toContain('hunter2');
    expect(error?.message).not.toContain('admin');
  });
});

describe('a custom strategy that sets a value that cannot be sent', () => {
  it('fails with a typed error that does not show the value', async () => {
    const client = createClient({
      url,
      fetch,
      auth: {
        type: 'custom',
        authorize(request) {
          request.headers.set('X-Key', 'K-secret\r\nX-Admin: 1');
        },
      },
    });
    const error = await client.users.current().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonValidationError);
    expect(inspect(error, { showHidden: true, depth: 5 })).not.toContain('K-secret');
  });
});

describe('headers that cannot be sent', () => {
  it('are refused in client options and per call, without showing the value', async () => {
    let error: unknown;
    try {
      createClient({ url, fetch, headers: { Authorization: 'Bearer H-secret\r\nX: 1' } });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(SaymonValidationError);
    expect(inspect(error, { depth: 5 })).not.toContain('H-secret');
    expect((error as SaymonValidationError).issues[0]).toMatchObject({ path: ['headers', 'Authorization'] });
    const client = createClient({ url, fetch });
    const before = sent;
    const perCall = await client.users.current(undefined, { headers: { 'X-Key': 'H-secret\n' } }).catch((e) => e);
    expect(perCall).toBeInstanceOf(SaymonValidationError);
    expect(inspect(perCall, { depth: 5 })).not.toContain('H-secret');
    const route = await client
      .call({ method: 'GET', path: '/node/api/x' }, { headers: { 'Bad Name': 'v' } })
      .catch((e: unknown) => e);
    expect(route).toBeInstanceOf(SaymonValidationError);
    expect(sent).toBe(before);
  });
});
