/**
 * The Node adapter against a hostile server on 127.0.0.1: a custom token parameter from the
 * environment stays redacted, and document downloads stream (bounded in size and time, typed
 * errors, no partial file) instead of being buffered. Prints the vectors tried and findings left.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';
import {
  SaymonApiError,
  SaymonNetworkError,
  SaymonRedirectError,
  SaymonResponseTooLargeError,
  SaymonTimeoutError,
} from '@saymon-sdk/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Behaviour,
  cut,
  drip,
  echo,
  endless,
  type HostileServer,
  redirect,
  startHostileServer,
} from '../../../core/test/hostile/server.ts';
import { startServer, type TestServer } from '../../../core/test/server.ts';
import { createClient } from '../../src/client.ts';
import { downloadDocument, downloadDocumentToFile } from '../../src/documents.ts';
import { createClientFromEnv } from '../../src/env.ts';

const TOKEN = 'tok-env-8d1e77c2-secret';
const MiB = 1024 * 1024;
let server: HostileServer;
let other: TestServer;
const dir = mkdtempSync(join(tmpdir(), 'saymon-hostile-'));
beforeAll(async () => {
  server = await startHostileServer();
  other = await startServer();
});
afterAll(async () => {
  await server.close();
  await other.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Serves the document record, and `content` for the file it points to. */
function documentServer(content: Behaviour): Behaviour {
  return (req, res, s) => {
    if (/\/docs\/[^/]+$/.test(req.path)) {
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(
        JSON.stringify({ id: 'd1', type_id: 7, name: 'big.bin', value: '/node-resources/docs/uid/d1/big.bin' }),
      );
    }
    return content(req, res, s);
  };
}

const client = (extra: Parameters<typeof createClient>[0] extends infer O ? Partial<O> : never = {}) =>
  createClient({ url: server.url, auth: { type: 'token', token: TOKEN, param: 'key' }, retry: 0, ...extra });
const ref = { entity: 'objects', id: '42', docId: 'd1' } as const;
const partFiles = () => readdirSync(dir).filter((name) => name.includes('.part'));

interface Vector {
  name: string;
  run(): Promise<string[]>;
}
const vectors: Vector[] = [];
const add = (name: string, run: () => Promise<string[]>) => vectors.push({ name, run });
const leak = (values: unknown[]) =>
  values.flatMap((value, i) =>
    [inspect(value, { depth: 10, showHidden: true }), JSON.stringify(value) ?? '', String(value)].some((text) =>
      text.includes(TOKEN),
    )
      ? [`token shown in rendering #${i}`]
      : [],
  );
const typed = (error: unknown, type: abstract new (...args: never[]) => Error) =>
  error instanceof type ? [] : [`expected ${type.name}, got ${inspect(error).slice(0, 200)}`];

for (const status of [404, 500]) {
  add(`SAYMON_TOKEN_PARAM=key: a ${status} and the hooks show key=[REDACTED]`, async () => {
    server.behave(echo('json', status));
    const seen: unknown[] = [];
    const saymon = createClientFromEnv(
      { retry: 0, hooks: { beforeRequest: (i) => void seen.push(i), afterResponse: [(i) => void seen.push(i)] } },
      { SAYMON_URL: server.url, SAYMON_TOKEN: TOKEN, SAYMON_TOKEN_PARAM: 'key' },
    );
    const error = await saymon.objects.get({ id: '1' }).catch((e: unknown) => e);
    const findings = typed(error, SaymonApiError);
    if (server.requests.at(-1)?.query.get('key') !== TOKEN) findings.push('the token was not sent as key');
    if (!(error as SaymonApiError).request?.url.includes('key=[REDACTED]')) findings.push('key not redacted');
    return [...findings, ...leak([error, ...seen])];
  });
}
add('download of 1 GiB streams: a paused consumer holds the server back', async () => {
  server.behave(documentServer(endless(1024 * MiB, { type: 'application/octet-stream', contentLength: true })));
  const { body, size } = await downloadDocument(client(), ref);
  const findings: string[] = [];
  if (size !== 1024 * MiB) findings.push(`size ${size}`);
  await new Promise<void>((resolve) => body.once('readable', () => resolve()));
  await new Promise((r) => setTimeout(r, 300));
  if (server.bytesSent > 32 * MiB) findings.push(`${server.bytesSent} bytes buffered ahead of the consumer`);
  body.destroy();
  return findings;
});
add('download over maxDownloadBytes: typed error, no file left', async () => {
  server.behave(documentServer(endless(1024 * MiB, { type: 'application/octet-stream' })));
  const target = join(dir, 'limited.bin');
  const error = await downloadDocumentToFile(client(), ref, target, { maxDownloadBytes: 4 * MiB }).catch((e) => e);
  const findings = typed(error, SaymonResponseTooLargeError);
  if (existsSync(target) || partFiles().length) findings.push('a file was left behind');
  if (server.bytesSent > 40 * MiB) findings.push(`${server.bytesSent} bytes read`);
  return [...findings, ...leak([error])];
});
add('download over maxDownloadBytes by Content-Length: refused before reading', async () => {
  server.behave(documentServer(endless(1024 * MiB, { type: 'application/octet-stream', contentLength: true })));
  const error = await downloadDocument(client({ maxDownloadBytes: MiB }), ref).catch((e) => e);
  const findings = typed(error, SaymonResponseTooLargeError);
  if ((error as SaymonResponseTooLargeError).contentLength !== 1024 * MiB) findings.push('Content-Length not named');
  return [...findings, ...leak([error])];
});
add('download that drips: the timeout bounds the whole file, no file left', async () => {
  server.behave(documentServer(drip(200, 250)));
  const target = join(dir, 'drip.bin');
  const error = await downloadDocumentToFile(client(), ref, target, { timeout: 1_500 }).catch((e) => e);
  const findings = typed(error, SaymonTimeoutError);
  if (existsSync(target) || partFiles().length) findings.push('a file was left behind');
  return [...findings, ...leak([error])];
});
add('download cut in the middle: a network error, no file left', async () => {
  server.behave(documentServer(cut({ contentLength: true })));
  const target = join(dir, 'cut.bin');
  const error = await downloadDocumentToFile(client(), ref, target).catch((e) => e);
  const findings = typed(error, SaymonNetworkError);
  if ((error as SaymonNetworkError).reason !== 'BODY_INCOMPLETE') findings.push('reason not BODY_INCOMPLETE');
  if (existsSync(target) || partFiles().length) findings.push('a file was left behind');
  return [...findings, ...leak([error])];
});
for (const status of [302, 307]) {
  add(`download redirected (${status}) to another origin: refused, nothing sent there`, async () => {
    server.behave(documentServer(redirect(status, (req) => `${other.url}${req.path}?key=${TOKEN}`)));
    const before = other.requests.length;
    const error = await downloadDocument(client(), ref).catch((e) => e);
    const findings = typed(error, SaymonRedirectError);
    if (other.requests.length !== before) findings.push('a request reached the other origin');
    return [...findings, ...leak([error])];
  });
}

describe('node adapter against a hostile server', () => {
  const results: string[][] = [];
  it.each(vectors.map((v) => [v.name, v] as const))('%s', async (_, vector) => {
    const findings = await vector.run();
    results.push(findings);
    expect(findings).toEqual([]);
  });
  afterAll(() => {
    const found = results.reduce((n, f) => n + f.length, 0);
    console.log(`hostile node suite: ${results.length} of ${vectors.length} vectors tried; findings left: ${found}`);
  });
});
