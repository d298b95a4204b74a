/**
 * Secrets in history (IndexedDB) and share links (`#…?r=`): a password change's
 * `newPassword`/`currentPassword`, session and token ids in paths, `bindPassword`-style
 * configuration keys and password-named properties were kept; and an ordinary value that merely
 * contained the current password was replaced, then replayed as "[REDACTED]" (an object got that
 * name). Redaction follows the registry's secret marks and core's one classifier, never a
 * substring of a value, and a replay never sends the marker: it asks for the value.
 */
import { describe, expect, it } from 'vitest';
import { Findings } from '../../../../packages/emulator/test/hostile/findings.ts';
import { parseShareHash, redactInput, shareHash } from '../../src/lib/redact.ts';
import { endpointById } from '../../src/lib/registry.ts';
import { type AuthSettings, Caller, secretsOf, type Target } from '../../src/lib/send.ts';
import type { CallInput } from '../../src/lib/wire.ts';

const AUTH: AuthSettings = { type: 'basic', login: 'admin', password: 'saymon' };

/** Requests holding a secret (`secret`), and what must be kept as typed (`kept`). */
const VECTORS: { name: string; endpoint: string; input: CallInput; secret: string[]; kept?: string[] }[] = [
  {
    name: 'a password change',
    endpoint: 'users.changePassword',
    input: { path: { id: '1' }, body: { currentPassword: 'Old-Secret-1', newPassword: 'New-Secret-2' } },
    secret: ['Old-Secret-1', 'New-Secret-2'],
  },
  {
    name: 'a session id in the path',
    endpoint: 'sessions.verify',
    input: { path: { id: 'sess-8c1d77aa' } },
    secret: ['sess-8c1d77aa'],
  },
  {
    name: 'a metric token id in the path',
    endpoint: 'metricTokens.delete',
    input: { path: { id: 'mt-51f0e2bb' } },
    secret: ['mt-51f0e2bb'],
  },
  {
    name: 'a bindPassword in the configuration',
    endpoint: 'configuration.update',
    input: { body: { ldap: { url: 'ldap://dir', bindDn: 'cn=svc', bindPassword: 'Ldap-Secret-3' } } },
    secret: ['Ldap-Secret-3'],
    kept: ['ldap://dir', 'cn=svc'],
  },
  {
    name: 'a password-named property',
    endpoint: 'properties.createForObject',
    input: { path: { id: '1' }, body: { name: 'db_password', value: 'Db-Secret-4' } },
    secret: ['Db-Secret-4'],
    kept: ['db_password'],
  },
  {
    name: 'a login in the body',
    endpoint: 'sessions.create',
    input: { body: { login: 'admin', password: 'Login-Secret-5' } },
    secret: ['Login-Secret-5'],
    kept: ['admin'],
  },
  {
    name: 'a value that merely contains the password',
    endpoint: 'objects.create',
    input: { body: { name: 'saymon-prod-dc', parent_id: '1' } },
    secret: [],
    kept: ['saymon-prod-dc'],
  },
  {
    name: 'a filter that contains the password',
    endpoint: 'objects.list',
    input: { query: { fields: 'name,saymon_id' } },
    secret: [],
    kept: ['name,saymon_id'],
  },
];

const decoded = (hash: string) => {
  const r = hash.split('?r=')[1] ?? '';
  return atob(r.replace(/-/g, '+').replace(/_/g, '/'));
};

describe('hostile: secrets in history and share links', () => {
  it('history entries and links keep no secret, and keep every ordinary value as typed', () => {
    const findings = new Findings('playground history and links');
    for (const vector of VECTORS) {
      const stored = JSON.stringify(redactInput(vector.endpoint, vector.input, secretsOf(AUTH)));
      const link = shareHash(vector.endpoint, vector.input, secretsOf(AUTH));
      for (const [where, text] of [
        ['history', stored],
        ['share link', decoded(link)],
      ] as const) {
        const leaked = vector.secret.filter((s) => text.includes(s));
        const lost = (vector.kept ?? []).filter((s) => !text.includes(s));
        findings.check(
          `${vector.name} (${where})`,
          leaked.length ? `kept ${leaked.join(', ')}` : lost.length ? `replaced ${lost.join(', ')}` : undefined,
        );
      }
    }
    // a tampered link cannot bring a secret in
    const raw = btoa(JSON.stringify({ body: { currentPassword: 'Smuggled-6' } })).replace(/=+$/, '');
    const tampered = JSON.stringify(parseShareHash(`#/users.changePassword?r=${raw}`));
    findings.check('a tampered link', tampered.includes('Smuggled-6') ? 'restored the secret' : undefined);
    findings.print();
    expect(findings.found).toEqual([]);
  });

  it('a replay never sends the marker: it asks for the value', async () => {
    const findings = new Findings('playground replay of redacted requests');
    const sent: string[] = [];
    const target: Target = {
      kind: 'local',
      url: 'http://127.0.0.1:9/node-never',
      server: 'http://127.0.0.1:9',
      fetch: async (input, init) => {
        const request = new Request(input, init);
        sent.push(`${request.method} ${request.url} ${await request.text()}`);
        return new Response('{}', { headers: { 'content-type': 'application/json' } });
      },
    };
    const caller = new Caller(target, AUTH, false);
    for (const vector of VECTORS.filter((v) => v.secret.length)) {
      const endpoint = endpointById(vector.endpoint);
      const shared = parseShareHash(shareHash(vector.endpoint, vector.input, secretsOf(AUTH)));
      if (!endpoint || !shared) throw new Error(`${vector.endpoint}: no endpoint or link`);
      const before = sent.length;
      const outcome = await caller.send(endpoint, shared.input);
      findings.check(
        `${vector.name} replayed`,
        sent.length > before
          ? `sent: ${sent.at(-1)}`
          : outcome.kind !== 'invalid' || !outcome.issues.some((i) => /type it again/.test(i.message))
            ? `answered ${outcome.kind} without asking for the value`
            : undefined,
      );
    }
    findings.print();
    expect(findings.found).toEqual([]);
  });
});
