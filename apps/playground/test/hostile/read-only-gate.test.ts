/**
 * The read-only switch on a real target: "Create a token and use it" replaced a real integration's
 * token because the check lived in one send path only. Every request of the app now passes one gate
 * (`src/lib/gate.ts`); here every way the app sends — each call of the registry that changes data,
 * the token flow, a logout, a document download, raw requests with spelled-around paths — runs
 * against an emulator over HTTP with the switch on, and nothing that changes data may reach it.
 */

import { examplesOf } from '@saymon-sdk/core/docs';
import { type RunningEmulator, startEmulator } from '@saymon-sdk/emulator';
import { beforeAll, describe, expect, it } from 'vitest';
import { Findings } from '../../../../packages/emulator/test/hostile/findings.ts';
import { gatedFetch, refusal } from '../../src/lib/gate.ts';
import { allEndpoints, isMutating } from '../../src/lib/registry.ts';
import { Caller, type Target } from '../../src/lib/send.ts';

let real: RunningEmulator;
beforeAll(async () => {
  real = await startEmulator({ port: 0, seed: 'demo' });
  return () => real.close();
});

const ADMIN = { type: 'basic', login: 'admin', password: 'saymon' } as const;

/** A real target whose requests past the gate are counted, then sent to the emulator over HTTP. */
function realTarget() {
  const reached: string[] = [];
  const target: Target = {
    kind: 'real',
    url: real.url,
    server: real.url,
    fetch: async (input, init) => {
      const request = new Request(input, init);
      reached.push(`${request.method} ${new URL(request.url).pathname}`);
      return globalThis.fetch(request);
    },
  };
  const writes = () => reached.filter((line) => !/^(GET|HEAD) /.test(line));
  return { target, reached, writes };
}

const adminToken = () => Object.values(real.store.state.users).find((u) => u.login === 'admin')?.authenticationToken;

describe('hostile: the read-only switch', () => {
  it('no call that changes data reaches a real server, whatever path the app takes', async () => {
    const findings = new Findings('playground read-only gate');
    const { target, writes } = realTarget();
    const caller = new Caller(target, ADMIN, true);
    const objects = Object.keys(real.store.state.objects).length;

    for (const endpoint of allEndpoints.filter(isMutating)) {
      const before = writes().length;
      const outcome = await caller.send(endpoint, examplesOf(endpoint)[0] ?? {});
      findings.check(
        `${endpoint.id} (Send)`,
        writes().length > before
          ? `${writes().at(-1)} reached the server`
          : outcome.kind === 'sent'
            ? 'reported as sent'
            : undefined,
      );
    }

    const token = adminToken();
    const before = writes().length;
    const flow = await caller.createToken();
    findings.check(
      'Create a token and use it',
      writes().length > before || adminToken() !== token
        ? "the token was replaced on the real server (a real integration's token)"
        : flow.kind === 'created'
          ? 'reported a new token'
          : !/Read-only/.test(flow.message)
            ? `refused without saying why: ${flow.message}`
            : undefined,
    );
    findings.check(
      'state of the real server',
      Object.keys(real.store.state.objects).length !== objects ? 'objects changed' : undefined,
    );

    // reads still pass, and a download is a read
    const reads = new Caller(target, ADMIN, true);
    const list = allEndpoints.find((e) => e.id === 'objects.list');
    const read = list ? await reads.send(list, {}) : undefined;
    findings.check(
      'a read under read-only',
      read?.kind === 'sent' && read.exchange?.status === 200 ? undefined : 'refused',
    );
    const file = await reads.download('/node-resources/docs/none.txt');
    findings.check('a document download under read-only', file.kind === 'blocked' ? 'refused' : undefined);
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it('spelled-around requests are matched to their endpoint, and unknown writes are refused', async () => {
    const findings = new Findings('playground read-only raw requests');
    const base = 'http://127.0.0.1:5173/__real';
    const settings = { kind: 'real', url: base, readOnly: () => true, proxySession: () => false } as const;
    const sent: string[] = [];
    const gated = gatedFetch(settings, async (input) => {
      sent.push(String((input as Request).url));
      return new Response('{}');
    });
    const attempts: [string, string][] = [
      ['post', `${base}/node/api/objects`],
      ['POST', `${base}/node/api/objects/`],
      ['POST', `${base}//node/api/objects`],
      ['POST', `${base}/node/api/users/current/../../objects`],
      ['POST', `${base}/node/api/%6fbjects`],
      ['PUT', `${base}/node/api/objects/1`],
      ['PATCH', `${base}/node/api/objects/1`],
      ['DELETE', `${base}/node/api/objects/1?method=GET`],
      ['POST', `${base}/node/api/auth-tokens`],
      ['POST', `${base}/node/api/not-in-the-registry`],
      ['POST', `${base}/../node/api/objects`],
      ['GET', 'http://127.0.0.1:8080/node/api/objects'],
      ['POST', 'http://127.0.0.1:5173/__local/node/api/objects'],
      ['POST', 'http://127.0.0.1:5173/__realx/node/api/objects'],
    ];
    for (const [method, url] of attempts) {
      const before = sent.length;
      const error = await gated(url, { method }).then(
        () => undefined,
        (e: Error) => e,
      );
      findings.check(`${method} ${url}`, sent.length > before ? 'sent' : !error ? 'no error' : undefined);
    }
    // the gate's verdict for every endpoint agrees with the registry's effect
    for (const endpoint of allEndpoints) {
      const path = endpoint.path.replace(/:\w+/g, '1');
      const refused = refusal(endpoint.method, `${base}${path}`, settings) !== undefined;
      if (refused !== isMutating(endpoint))
        findings.check(endpoint.id, refused ? 'a read refused' : 'a write let through');
      else findings.check(endpoint.id, undefined);
    }
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it('with the switch off, a write goes through (the gate is not a wall)', async () => {
    const { target, writes } = realTarget();
    const caller = new Caller(target, ADMIN, false);
    const create = allEndpoints.find((e) => e.id === 'objects.create');
    if (!create) throw new Error('objects.create is in the registry');
    const outcome = await caller.send(create, { body: { name: 'written with read-only off', parent_id: '1' } });
    expect(outcome.kind).toBe('sent');
    expect(writes()).toEqual(['POST /node/api/objects']);
  });
});
