/**
 * What the hostile suites share: the credentials of each auth kind, a client that records every
 * hook and logger payload, and the leak check (a secret in any form, or half of one, in any
 * rendering: message, String, JSON, inspect with showHidden, stack, causes).
 */
import { inspect } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuthOptions } from '../../src/auth/types.ts';
import type { CoreOptions } from '../../src/client/core.ts';
import { createClient, type SaymonClient } from '../../src/client/create-client.ts';
import { startServer, type TestServer } from '../server.ts';
import { type HostileServer, startHostileServer } from './server.ts';

/** The hostile server and a second one on another port (another origin); started before the file's tests. */
export const ctx = {} as { server: HostileServer; other: TestServer };
export function useHostileServers() {
  beforeAll(async () => {
    ctx.server = await startHostileServer();
    ctx.other = await startServer((_, res) => res.end('{"stolen":true}'));
  });
  afterAll(async () => {
    await ctx.server.close();
    await ctx.other.close();
  });
}

export const PASSWORD = 's3cr3t "pä&ss" <w>/ord+1';
export const TOKEN = 'tok-5f0c2d7e-9a1b-secret';
const REUSED_SID = 'sid-reused-0123456789abcdef';
const REUSED_CSRF = 'csrf-reused-fedcba9876543210';
const BASIC = Buffer.from(`admin:${PASSWORD}`).toString('base64');

export const AUTH: Record<string, AuthOptions> = {
  basic: { type: 'basic', login: 'admin', password: PASSWORD },
  token: { type: 'token', token: TOKEN },
  'token param=key': { type: 'token', token: TOKEN, param: 'key' },
  session: { type: 'session', login: 'admin', password: PASSWORD },
  'session reuse': { type: 'session', sid: REUSED_SID, csrf: REUSED_CSRF },
};
export const AUTH_KINDS = Object.keys(AUTH);

function secrets(): string[] {
  return [
    PASSWORD,
    TOKEN,
    REUSED_SID,
    REUSED_CSRF,
    BASIC,
    ...ctx.server.sessions.keys(),
    ...ctx.server.sessions.values(),
  ];
}

/** The forms a leaked secret could take in a rendering, and its halves (a secret cut in two). */
function forms(secret: string): string[] {
  const out = [
    secret,
    JSON.stringify(secret).slice(1, -1),
    JSON.stringify(JSON.stringify(secret).slice(1, -1)).slice(1, -1),
    encodeURIComponent(secret),
    secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  ];
  const half = Math.floor(secret.length / 2);
  if (half >= 8) out.push(secret.slice(0, half), secret.slice(half));
  return [...new Set(out)];
}

function render(value: unknown): string[] {
  const out = [inspect(value, { depth: 10 }), inspect(value, { depth: 10, showHidden: true })];
  try {
    out.push(JSON.stringify(value) ?? '');
  } catch {}
  if (value instanceof Error) {
    out.push(value.message, String(value), value.stack ?? '');
    if (value.cause) out.push(...render(value.cause));
  }
  return out;
}

export function leaks(values: unknown[]): string[] {
  const findings: string[] = [];
  // each value is rendered once, then searched for every form of every secret
  const rendered = values.map((value) => render(value).join('\n'));
  const all = [...new Set(secrets().flatMap(forms))];
  rendered.forEach((text, index) => {
    for (const form of all)
      if (text.includes(form))
        findings.push(`secret ${JSON.stringify(form.slice(0, 12))}… shown in rendering #${index}`);
  });
  return findings;
}

export interface Probe {
  client: SaymonClient;
  /** Everything hooks and the logger received. */
  seen: unknown[];
}

export function probe(kind: string, extra: Partial<CoreOptions> = {}): Probe {
  const seen: unknown[] = [];
  const record = (label: string) => (payload: unknown) => {
    seen.push({ label, payload });
  };
  const client = createClient({
    url: ctx.server.url,
    auth: AUTH[kind],
    retry: { limit: 2, delay: () => 1 },
    timeout: 10_000,
    logger: { warn: (message, details) => seen.push({ message, details }) },
    hooks: {
      beforeRequest: [record('beforeRequest')],
      afterResponse: record('afterResponse'),
      beforeRetry: [record('beforeRetry')],
      onError: [record('onError'), record('onError 2')],
      beforeError: (error) => void seen.push({ label: 'beforeError', error }),
      onValidationIssue: record('onValidationIssue'),
    },
    ...extra,
  });
  return { client, seen };
}

export async function failure(run: () => Promise<unknown>): Promise<unknown> {
  try {
    const value = await run();
    return { resolved: value };
  } catch (error) {
    return error;
  }
}

export function expectType(error: unknown, type: abstract new (...args: never[]) => Error, findings: string[]) {
  if (!(error instanceof type)) {
    const shown = error instanceof Error ? `${error.name}: ${error.message}` : inspect(error).slice(0, 200);
    findings.push(`expected ${type.name}, got ${shown}`);
  }
}

export interface Vector {
  group: string;
  name: string;
  run(): Promise<string[]>;
}

/** A list of vectors and the function that adds one. */
export function vectorList() {
  const vectors: Vector[] = [];
  const add = (group: string, name: string, run: () => Promise<string[]>) =>
    vectors.push({ group, name: `${group}: ${name}`, run });
  return { vectors, add };
}

/** Runs each vector as a test (its findings must be empty) and prints the figures at the end. */
export function runVectors(title: string, vectors: Vector[]) {
  const results: { findings: string[] }[] = [];
  describe(title, () => {
    it.each(vectors.map((v) => [v.name, v] as const))('%s', async (_, vector) => {
      const findings = await vector.run();
      results.push({ findings });
      expect(findings).toEqual([]);
    });
    afterAll(() => {
      const groups = new Map<string, number>();
      for (const v of vectors) groups.set(v.group, (groups.get(v.group) ?? 0) + 1);
      const found = results.reduce((n, r) => n + r.findings.length, 0);
      const byGroup = [...groups].map(([g, n]) => `${g} ${n}`).join(', ');
      console.log(
        `${title}: ${results.length} of ${vectors.length} vectors tried (${byGroup}); findings left: ${found}`,
      );
    });
  });
}
