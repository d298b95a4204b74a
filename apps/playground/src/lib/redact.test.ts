import { describe, expect, it } from 'vitest';
import { parseShareHash, redactInput, shareHash } from './redact.ts';
import { secretsOf } from './send.ts';

describe('redaction of history entries and share links', () => {
  const auth = { type: 'basic', login: 'admin', password: 'hunter22' } as const;

  it('drops fields named like secrets and values equal to a secret, anywhere', () => {
    const input = {
      path: { id: '1' },
      query: { 'api-token': 'abc', filter: 'x hunter22 y' },
      body: { name: 'n', password: 'p4ss', nested: [{ csrf: 'c' }], note: btoa('admin:hunter22') },
    };
    expect(redactInput(input, secretsOf(auth))).toEqual({
      path: { id: '1' },
      query: { 'api-token': '[REDACTED]', filter: 'x [REDACTED] y' },
      body: { name: 'n', password: '[REDACTED]', nested: [{ csrf: '[REDACTED]' }], note: '[REDACTED]' },
    });
  });

  it('asks the one classifier: passwords of any name, secret properties, whole words only', () => {
    const body = {
      newPassword: 'n1',
      currentPassword: 'c1',
      bindPassword: 'b1',
      sessionId: 's1',
      monkey: 'banana',
      key: 'preset-key',
      properties: [
        { name: 'Password', value: 'v1' },
        { name: 'host', value: 'h1' },
      ],
    };
    expect(redactInput({ body }, []).body).toEqual({
      newPassword: '[REDACTED]',
      currentPassword: '[REDACTED]',
      bindPassword: '[REDACTED]',
      sessionId: '[REDACTED]',
      monkey: 'banana',
      key: 'preset-key',
      properties: [
        { name: 'Password', value: '[REDACTED]' },
        { name: 'host', value: 'h1' },
      ],
    });
  });

  it('a share link restores the request and never holds a secret', () => {
    const hash = shareHash(
      'users.create',
      { body: { login: 'bob', password: 'hunter22', name: 'Bob' } },
      secretsOf(auth),
    );
    expect(atob(hash.split('r=')[1]!.replace(/-/g, '+').replace(/_/g, '/'))).not.toContain('hunter22');
    expect(parseShareHash(hash)).toEqual({
      endpoint: 'users.create',
      input: { body: { login: 'bob', password: '[REDACTED]', name: 'Bob' } },
    });
    expect(shareHash('objects.list', {}, [])).toBe('#/objects.list');
    expect(parseShareHash('#/objects.get?r=!!')).toBeUndefined();
  });

  it('a tampered link cannot smuggle a secret field in', () => {
    const raw = btoa(JSON.stringify({ query: { token: 'zzz' } }));
    expect(parseShareHash(`#/objects.list?r=${raw.replace(/=+$/, '')}`)?.input).toEqual({
      query: { token: '[REDACTED]' },
    });
  });
});
