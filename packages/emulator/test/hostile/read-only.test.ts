/**
 * The read-only user changes nothing: every non-GET call is refused with 403, except the reads
 * (searches and previews sent as POST or PATCH, by their effect mark) and the `open` ones (one's own
 * logout and favourites), which leave everything other users see as it was.
 */
import { endpoints } from '@saymon-sdk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningEmulator, startEmulator } from '../../src/server.ts';
import { Findings, VIEWER } from './findings.ts';

const VIEWER_ID = '578cf86daa6ca8853bec66df';
let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ port: 0, seed: 'demo' });
});
afterAll(() => emulator.close());

/** The state minus what is the viewer's own (sessions, logs, favourites, the id counter). */
function shared(): Record<string, string> {
  // meta.seq counts ids handed out, also for the viewer's own log entries
  const { sessions: _s, sessionLog: _l, auditLog: _a, eventLog: _e, meta: _m, users, ...rest } = emulator.store.state;
  const { favorites: _f, ...viewer } = users[VIEWER_ID] as unknown as Record<string, unknown>;
  const all: Record<string, unknown> = { ...rest, users: { ...users, [VIEWER_ID]: viewer } };
  return Object.fromEntries(Object.entries(all).map(([key, value]) => [key, JSON.stringify(value)]));
}

describe('hostile: read-only user', () => {
  it('is refused every call that changes data, and the open ones change nothing shared', async () => {
    const findings = new Findings('read-only user');
    const before = shared();
    for (const endpoint of endpoints.filter((e) => e.method !== 'GET' && e.auth !== false)) {
      const path = endpoint.path.replace(/:[A-Za-z_]\w*/g, '1');
      for (const body of ['{"name":"x","value":"x","ids":["1"]}', '[{"id":"1"}]']) {
        const response = await fetch(emulator.url + path, {
          method: endpoint.method,
          headers: { authorization: VIEWER, 'content-type': 'application/json' },
          body,
        });
        await response.body?.cancel();
        // a read sent as POST (search, history, API v2), or a call on one's own data only
        const open = endpoint.effect === 'read' || endpoint.permissionsSource === 'open';
        findings.check(
          `viewer ${endpoint.method} ${path} ${body}`,
          open
            ? response.status < 500
              ? undefined
              : `HTTP ${response.status}`
            : response.status === 403
              ? undefined
              : `HTTP ${response.status}`,
        );
      }
    }
    const after = shared();
    const changed = Object.keys(after).filter((key) => after[key] !== before[key]);
    findings.check('shared state after the sweep', changed.length === 0 ? undefined : `changed: ${changed.join(', ')}`);
    findings.print();
    expect(findings.found).toEqual([]);
  });
});
