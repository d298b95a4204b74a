import type { RecordedExchange } from '@saymon-sdk/core/recording';
import { describe, expect, it } from 'vitest';
import { USER_IDS } from '../seed/base.ts';
import { stateFromRecording } from './seed-from.ts';

const answer = (endpoint: string, path: string, value: unknown, status = 200): RecordedExchange => ({
  endpoint,
  request: { method: 'GET', path },
  response: { status, contentType: 'application/json', body: { encoding: 'json', value } },
  durationMs: 1,
});

describe('stateFromRecording', () => {
  it('keeps ids, merges answers about one record and counts them', () => {
    const { state, summary } = stateFromRecording(
      [
        answer('objects.list', '/node/api/objects', [{ id: 'a1', name: 'web', parent_id: ['1'], class_id: 3 }]),
        answer('objects.get', '/node/api/objects/a1?fields=name', { id: 'a1', name: 'web-1' }),
        answer('objects.get', '/node/api/objects/zz', { code: 'NotFound' }, 404),
        answer('links.list', '/node/api/links', [{ id: 'l1', source: 'a1', target: '1' }]),
      ],
      { password: 'pw' },
    );
    expect(state.objects.a1).toMatchObject({ id: 'a1', name: 'web-1', class_id: 3 });
    expect(state.objects.zz).toBeUndefined();
    expect(state.links.l1).toMatchObject({ source: 'a1' });
    expect(summary).toMatchObject({ objects: 1, links: 1 });
  });

  it('gives recorded users the password and no token; admin and viewer stay; prototype keys go', () => {
    const { state, summary } = stateFromRecording(
      [
        answer('users.list', '/node/api/users', [
          { id: 'u1', login: 'ops', authenticationToken: '[REDACTED]', permissions: ['manage-objects'] },
          { id: USER_IDS.admin, login: 'admin' },
          { id: 'u2', login: 'viewer' },
          { id: '__proto__', login: 'evil' },
        ]),
        answer('objects.list', '/node/api/objects', JSON.parse('[{"id":"o1","name":"x","__proto__":{"polluted":1}}]')),
      ],
      { password: 'pw' },
    );
    expect(state.users.u1).toMatchObject({ login: 'ops', password: 'pw', authenticationToken: null });
    expect(state.users[USER_IDS.admin]).toMatchObject({ password: 'saymon' });
    expect(state.users.u2).toBeUndefined();
    expect(summary).toMatchObject({ users: 1, skippedUsers: 2 });
    expect(Object.hasOwn(state.objects.o1 as object, '__proto__')).toBe(false);
    expect(({} as { polluted?: number }).polluted).toBeUndefined();
  });

  it('counts answers off the registry and keeps them as recorded', () => {
    const { state, summary } = stateFromRecording(
      [answer('objects.list', '/node/api/objects', [{ id: 'o1', name: 42 }])],
      { password: 'pw' },
    );
    expect(summary.drifted).toBe(1);
    expect(state.objects.o1).toMatchObject({ name: 42 });
  });
});
