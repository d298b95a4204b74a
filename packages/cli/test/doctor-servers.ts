/**
 * Servers for the doctor's tests: a pass-through proxy in front of the emulator that can change
 * chosen answers (a "drifted" SAYMON) and notes every credential that crosses it (Authorization
 * headers, session cookies, csrf headers), so a recording can be scanned for them.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { endpoints } from '@saymon-sdk/core';
import { createRouter } from '@saymon-sdk/core/adapter';

/** What a drifted server does instead: a changed JSON answer, or another status. */
export type Drift =
  | { readonly edit: (value: unknown) => unknown }
  | { readonly status: number; readonly body: { code: string; message: string } };

export interface Proxy {
  readonly url: string;
  /** Credentials seen on the wire: header values, cookie values. */
  readonly credentials: Set<string>;
  /** The registry id of every request that crossed it (`?` for a path the registry does not know). */
  readonly calls: string[];
  /** The query string of every request, by registry id. */
  readonly queries: { id: string; query: string }[];
  close(): Promise<void>;
}

const router = createRouter(endpoints);

async function bodyOf(request: IncomingMessage): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return chunks.length ? Buffer.concat(chunks) : undefined;
}

export async function startProxy(target: string, drifts: Partial<Record<string, Drift>> = {}): Promise<Proxy> {
  const credentials = new Set<string>();
  const calls: string[] = [];
  const queries: { id: string; query: string }[] = [];
  const note = (value: string | undefined) => {
    if (!value) return;
    credentials.add(value);
    const basic = /^Basic (.+)$/.exec(value);
    if (basic)
      for (const part of Buffer.from(basic[1] as string, 'base64')
        .toString()
        .split(':'))
        credentials.add(part);
  };
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', target);
    const id = router.match(request.method ?? 'GET', url.pathname)?.endpoint.id;
    calls.push(id ?? '?');
    queries.push({ id: id ?? '?', query: url.search.slice(1) });
    const drift = id ? drifts[id] : undefined;
    note(request.headers.authorization);
    note(request.headers['x-csrf-token'] as string | undefined);
    if (drift && 'status' in drift) {
      response.writeHead(drift.status, { 'content-type': 'application/json' }).end(JSON.stringify(drift.body));
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(request.headers))
      if (typeof value === 'string' && name !== 'host' && name !== 'connection') headers.set(name, value);
    const body = await bodyOf(request);
    const answer = await fetch(url, { method: request.method, headers, body: body ? new Uint8Array(body) : undefined });
    for (const cookie of answer.headers.getSetCookie()) {
      const [pair] = cookie.split(';');
      note(pair?.slice(pair.indexOf('=') + 1));
    }
    let out = Buffer.from(await answer.arrayBuffer());
    if (drift && answer.ok) out = Buffer.from(JSON.stringify(drift.edit(JSON.parse(out.toString()))));
    const kept: Record<string, string | string[]> = {};
    answer.headers.forEach((value, name) => {
      if (!['content-length', 'content-encoding', 'transfer-encoding', 'connection', 'set-cookie'].includes(name))
        kept[name] = value;
    });
    const cookies = answer.headers.getSetCookie();
    if (cookies.length) kept['set-cookie'] = cookies;
    response.writeHead(answer.status, kept).end(out);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    credentials,
    calls,
    queries,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
