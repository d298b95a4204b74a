/**
 * Secrets of a JSON body in snippets: every kind but curl wrote a body's `password` literally (fetch, both SDKs,
 * saymon_sdk, httpx, requests, HTTPie, wget). Every kind, under every auth, for a password change, an LDAP
 * `bindPassword`, a password-named property, a login and a new user: the secret never shows, every ordinary value
 * still does (a value holding a marker's text too), and a comment names the variable the secret is read from.
 */
import { getEndpoint } from '@saymon-sdk/core';
import { describe, expect, it } from 'vitest';
import { Findings } from '../../../../packages/emulator/test/hostile/findings.ts';
import { LANGUAGES, loadSnippet, type SnippetAuth } from '../../src/lib/snippets.ts';
import { type CallInput, dryRun } from '../../src/lib/wire.ts';

/** Requests whose body holds a secret (`secret`), what must be written out (`kept`), the variables named. */
const VECTORS: {
  name: string;
  endpoint: string;
  input: CallInput;
  secret: string[];
  kept: string[];
  vars: string[];
}[] = [
  {
    name: 'a password change',
    endpoint: 'users.changePassword',
    input: { path: { id: '1' }, body: { currentPassword: 'Old-Secret-1', newPassword: 'New-Secret-2' } },
    secret: ['Old-Secret-1', 'New-Secret-2'],
    kept: [],
    vars: ['CURRENT_PASSWORD', 'NEW_PASSWORD'],
  },
  {
    name: 'a bindPassword in the configuration',
    endpoint: 'configuration.update',
    input: { body: { ldap: { url: 'ldap://dir', bindDn: 'cn=svc', bindPassword: 'Ldap-Secret-3' } } },
    secret: ['Ldap-Secret-3'],
    kept: ['ldap://dir', 'cn=svc'],
    vars: ['BIND_PASSWORD'],
  },
  {
    name: 'a password-named property',
    endpoint: 'properties.createForObject',
    input: { path: { id: '1' }, body: { name: 'db_password', value: 'Db-Secret-4' } },
    secret: ['Db-Secret-4'],
    kept: ['db_password'],
    vars: ['DB_PASSWORD'],
  },
  {
    name: 'a login in the body',
    endpoint: 'sessions.create',
    input: { body: { login: 'admin', password: 'Login-Secret-5' } },
    secret: ['Login-Secret-5'],
    kept: ['admin'],
    vars: ['PASSWORD'],
  },
  {
    name: 'a new user with quotes in the password',
    endpoint: 'users.create',
    input: { body: { login: 'ops', password: `it's "Quoted-Secret-6" \\ $HOME` } },
    secret: ['Quoted-Secret-6'],
    kept: ['ops'],
    vars: ['PASSWORD'],
  },
  {
    // a marker's text typed as a value was taken for a secret: read from the environment in its place
    name: "a value holding the secret marker's text",
    endpoint: 'users.create',
    input: { body: { login: 'ops', password: 'Marker-Secret-7', displayName: '@@saymon-secret:PASSWORD@@' } },
    secret: ['Marker-Secret-7'],
    kept: ['@@saymon-secret:PASSWORD@@'],
    vars: ['PASSWORD'],
  },
];

const AUTHS: SnippetAuth[] = [
  { type: 'basic', login: 'admin' },
  { type: 'session', login: 'admin' },
  { type: 'token' },
];

describe('hostile: secrets of a body in snippets', () => {
  it('no kind, under no auth, writes a body secret; each names its variables and keeps the rest', async () => {
    const findings = new Findings('playground snippets of bodies with secrets');
    for (const vector of VECTORS) {
      const endpoint = getEndpoint(vector.endpoint as 'objects.get');
      const result = await dryRun(endpoint, vector.input);
      if (!result.ok) throw new Error(`${vector.name}: ${result.message}`);
      for (const auth of AUTHS) {
        for (const { id } of LANGUAGES) {
          const text = await loadSnippet(id, {
            endpoint,
            server: 'http://127.0.0.1:8080',
            input: vector.input,
            wire: result.wire,
            auth,
          });
          const leaked = vector.secret.filter((s) => text.includes(s));
          const lost = vector.kept.filter((s) => !text.includes(s));
          const comment = /^(?:#|\/\/) the body's secrets come from [^\n]*/m.exec(text)?.[0] ?? '';
          const unnamed = vector.vars.filter((v) => !comment.includes(v));
          findings.check(
            `${vector.name}: ${id}, ${auth.type}`,
            leaked.length
              ? `wrote ${leaked.join(', ')}`
              : lost.length
                ? `lost ${lost.join(', ')}`
                : unnamed.length
                  ? `names no ${unnamed.join(', ')}`
                  : vector.kept.reduce((rest, k) => rest.replaceAll(k, ''), text).includes('@@saymon-secret')
                    ? 'left a marker'
                    : undefined,
          );
        }
      }
    }
    findings.print();
    expect(findings.found).toEqual([]);
  });
});
