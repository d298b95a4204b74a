import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { SaymonNetworkError, SaymonValidationError } from '@saymon-sdk/core';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { json, startServer, type TestServer } from '../../core/test/server.ts';
import { tempDir } from '../../core/test/temp-dir.ts';
import { createClient } from '../src/client.ts';
import { downloadDocument, downloadDocumentToFile, uploadDocument } from '../src/documents.ts';
import { createClientFromEnv } from '../src/env.ts';
import { USER_AGENT } from '../src/version.ts';
import { makeCertificates, type TestCertificates } from './tls.ts';

const listen = async (server: Server) => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return (server.address() as AddressInfo).port;
};

describe('TLS for on-prem installs', () => {
  let certs: TestCertificates;
  let server: Server;
  let url: string;
  beforeAll(async () => {
    certs = makeCertificates();
    server = createHttpsServer({ cert: certs.cert, key: certs.key }, (_, res) => {
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ id: '1', name: 'Root' }));
    });
    url = `https://127.0.0.1:${await listen(server)}`;
    // two RSA keys from openssl: seconds on a loaded CI machine
  }, 60_000);
  afterAll(() => {
    server.closeAllConnections();
    server.close();
  });

  it('rejects a certificate signed by an unknown CA', async () => {
    const error = await createClient({ url, retry: 0 })
      .objects.get({ id: '1' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SaymonNetworkError);
    expect((error as SaymonNetworkError).reason).toMatch(/CERT|SIGNATURE|ISSUER/);
  });

  it('accepts it with tls.ca', async () => {
    await expect(createClient({ url, tls: { ca: certs.ca } }).objects.get({ id: '1' })).resolves.toEqual({
      id: '1',
      name: 'Root',
    });
  });

  it('accepts anything only when rejectUnauthorized is explicitly false', async () => {
    await expect(
      createClient({ url, tls: { rejectUnauthorized: false } }).objects.get({ id: '1' }),
    ).resolves.toMatchObject({ id: '1' });
  });

  it('reads the CA file and the insecure switch from the environment', async () => {
    const caFile = join(tempDir('saymon-ca-'), 'ca.pem');
    writeFileSync(caFile, certs.ca);
    const env = { SAYMON_URL: url, SAYMON_TOKEN: 't', SAYMON_CA_FILE: caFile };
    await expect(createClientFromEnv({}, env).objects.get({ id: '1' })).resolves.toMatchObject({ id: '1' });
    await expect(
      createClientFromEnv({}, { SAYMON_URL: url, SAYMON_TOKEN: 't', SAYMON_INSECURE: '1' }).objects.get({ id: '1' }),
    ).resolves.toMatchObject({ id: '1' });
  });
});

describe('HTTP(S) proxy', () => {
  let proxy: Server;
  let proxyUrl: string;
  const tunnels: string[] = [];
  let target: TestServer;
  beforeAll(async () => {
    target = await startServer((_, res) => json(res, 200, { id: '7' }));
    proxy = createHttpServer((_, res) => {
      res.writeHead(405);
      res.end();
    });
    proxy.on('connect', (req, socket, head) => {
      tunnels.push(req.url ?? '');
      const [host, port] = (req.url ?? '').split(':');
      const upstream = connect(Number(port), host ?? '127.0.0.1', () => {
        socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.write(head);
        upstream.pipe(socket);
        socket.pipe(upstream);
      });
      upstream.on('error', () => socket.destroy());
      socket.on('error', () => upstream.destroy());
    });
    proxyUrl = `http://127.0.0.1:${await listen(proxy)}`;
  });
  afterAll(async () => {
    proxy.closeAllConnections();
    proxy.close();
    await target.close();
  });

  it('sends requests through the proxy', async () => {
    const client = createClient({ url: target.url, proxy: proxyUrl });
    await expect(client.objects.get({ id: '7' })).resolves.toEqual({ id: '7' });
    expect(tunnels).toContain(target.url.replace('http://', ''));
    expect(target.requests.at(-1)?.path).toBe('/node/api/objects/7');
  });
});

describe('configuration from the environment', () => {
  it.each([
    [{}, /SAYMON_URL/],
    [{ SAYMON_URL: 'http://x' }, /SAYMON_TOKEN, or SAYMON_LOGIN and SAYMON_PASSWORD/],
    [{ SAYMON_URL: 'http://x', SAYMON_LOGIN: 'admin' }, /SAYMON_PASSWORD is missing/],
    [{ SAYMON_URL: 'http://x', SAYMON_PASSWORD: 'p' }, /SAYMON_LOGIN is missing/],
    [{ SAYMON_URL: 'http://x', SAYMON_LOGIN: 'a', SAYMON_PASSWORD: 'p', SAYMON_AUTH: 'kerberos' }, /SAYMON_AUTH/],
  ])('%o → a clear error', (env, message) => {
    expect(() => createClientFromEnv({}, env)).toThrow(SaymonValidationError);
    expect(() => createClientFromEnv({}, env)).toThrow(message);
  });

  it('uses the token, or Basic credentials, and sends the User-Agent', async () => {
    const server = await startServer((_, res) => json(res, 200, { id: '1', login: 'admin' }));
    onTestFinished(() => server.close());
    await createClientFromEnv(
      {},
      { SAYMON_URL: server.url, SAYMON_TOKEN: 'tok', SAYMON_TOKEN_PARAM: 'auth-token' },
    ).users.current();
    expect(server.requests.at(-1)?.query.get('auth-token')).toBe('tok');
    expect(server.requests.at(-1)?.headers['user-agent']).toBe(USER_AGENT);
    await createClientFromEnv(
      {},
      { SAYMON_URL: server.url, SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: 'pw' },
    ).users.current();
    expect(server.requests.at(-1)?.headers.authorization).toBe(`Basic ${Buffer.from('admin:pw').toString('base64')}`);
    expect(USER_AGENT).toMatch(/^saymon-sdk\/\d+\.\d+\.\d+/);
  });
});

describe('documents: upload and download round trip', () => {
  const files = new Map<string, { name: string; type: string; bytes: Buffer }>();
  let server: TestServer;
  beforeAll(async () => {
    server = await startServer(async (req, res) => {
      if (req.headers.authorization !== `Basic ${Buffer.from('admin:pw').toString('base64')}`)
        return json(res, 401, { code: 'Unauthorized', message: 'x' });
      const upload = req.path.match(/^\/node\/api\/(objects|links)\/([^/]+)\/docs$/);
      if (upload && req.method === 'POST') {
        const form = await new Request('http://x', {
          method: 'POST',
          headers: req.headers as HeadersInit,
          body: new Uint8Array(req.rawBody),
        }).formData();
        const file = form.get('file') as File;
        const uid = randomBytes(8).toString('hex');
        files.set(uid, { name: file.name, type: file.type, bytes: Buffer.from(await file.arrayBuffer()) });
        return json(res, 200, {
          id: uid,
          type_id: 7,
          name: file.name,
          value: `/node-resources/docs/uid/${uid}/${file.name}`,
        });
      }
      const meta = req.path.match(/^\/node\/api\/(objects|links)\/([^/]+)\/docs\/([^/]+)$/);
      if (meta) {
        const file = files.get(meta[3] ?? '');
        if (!file) return json(res, 404, { code: 'ResourceNotFound', message: 'no document' });
        return json(res, 200, {
          id: meta[3],
          type_id: 7,
          name: file.name,
          value: `/node-resources/docs/uid/${meta[3]}/${file.name}`,
        });
      }
      const content = req.path.match(/^\/node-resources\/docs\/uid\/([^/]+)\//);
      const file = content && files.get(content[1] ?? '');
      if (file) {
        res.writeHead(200, { 'content-type': file.type, 'content-length': file.bytes.length });
        return res.end(file.bytes);
      }
      json(res, 404, { code: 'ResourceNotFound', message: `${req.path} does not exist` });
    });
  });
  // 3 MB files, up and down: the folder goes when the block's tests are done
  const dir = mkdtempSync(join(tmpdir(), 'saymon-docs-'));
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const client = () => createClient({ url: server.url, auth: { type: 'basic', login: 'admin', password: 'pw' } });
  const payload = randomBytes(3 * 1024 * 1024 + 17);

  it.each([
    [
      'a path',
      () => {
        const path = join(dir, 'report.pdf');
        writeFileSync(path, payload);
        return { file: path };
      },
    ],
    ['a Buffer', () => ({ file: payload, name: 'report.pdf' })],
    [
      'a stream',
      () => ({ file: Readable.from([payload.subarray(0, 1000), payload.subarray(1000)]), name: 'report.pdf' }),
    ],
  ])('from %s, back as a stream and as a file', async (_, source) => {
    const doc = await uploadDocument(client(), {
      entity: 'objects',
      id: '42',
      contentType: 'application/pdf',
      ...source(),
    });
    expect(doc).toMatchObject({ type_id: 7, name: 'report.pdf' });
    const uploaded = server.requests.find((r) => r.method === 'POST');
    expect(uploaded?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);

    const { body, contentType, size } = await downloadDocument(client(), {
      entity: 'objects',
      id: '42',
      docId: doc.id,
    });
    const chunks: Buffer[] = [];
    for await (const chunk of body) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(payload)).toBe(true);
    expect(contentType).toBe('application/pdf');
    expect(size).toBe(payload.length);

    const target = join(dir, `copy-${Date.now()}.pdf`);
    const saved = await downloadDocumentToFile(client(), { entity: 'links', id: '9', docId: doc.id }, target);
    expect(saved.bytes).toBe(payload.length);
    expect(readFileSync(target).equals(payload)).toBe(true);
  });

  it('a failed download leaves no file behind', async () => {
    const target = join(dir, 'missing.pdf');
    await expect(
      downloadDocumentToFile(client(), { entity: 'objects', id: '42', docId: 'nope' }, target),
    ).rejects.toMatchObject({ status: 404 });
    expect(() => readFileSync(target)).toThrow();
  });

  it('bytes without a name are refused before sending', async () => {
    const before = server.requests.length;
    await expect(uploadDocument(client(), { entity: 'objects', id: '1', file: payload })).rejects.toBeInstanceOf(
      SaymonValidationError,
    );
    expect(server.requests.length).toBe(before);
  });
});
