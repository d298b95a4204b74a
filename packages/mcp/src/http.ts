/**
 * Streamable HTTP, only when asked: bound to a loopback interface, and every request's `Host` (and
 * `Origin`, when a browser sends one) must name that interface, so a web page cannot reach the
 * server through DNS rebinding. The check is ours: the MCP SDK's transport options for it are
 * deprecated and its middleware is for Express and checks no Origin. Stateless: each request gets
 * a fresh server and transport.
 */
import { createServer, type Server as HttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { LOOPBACK_HOSTS } from './options.ts';

export interface RunningHttp {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const hostForms = (name: string) => (name.includes(':') ? `[${name}]` : name);

/** Whether a request names this server by a loopback name and port, from no origin or this one. */
export function trustedRequest(headers: IncomingMessage['headers'], port: number): string | undefined {
  const names = LOOPBACK_HOSTS.map(hostForms);
  const hosts = new Set(names.map((n) => `${n}:${port}`));
  const host = headers.host?.toLowerCase();
  if (!host || !hosts.has(host)) return 'the Host header does not name this loopback server';
  const origin = headers.origin;
  if (origin !== undefined && !new Set(names.map((n) => `http://${n}:${port}`)).has(origin.toLowerCase())) {
    return 'requests from other origins are refused';
  }
  return undefined;
}

function refuse(res: ServerResponse, status: number, message: string) {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ jsonrpc: '2.0', error: { code: -32000, message }, id: null }));
}

export async function serveHttp(
  makeServer: () => Server,
  options: { host: string; port: number },
): Promise<RunningHttp> {
  let port = options.port;
  const http: HttpServer = createServer(async (req, res) => {
    const problem = trustedRequest(req.headers, port);
    if (problem) return refuse(res, 403, `Forbidden: ${problem}.`);
    if (new URL(req.url ?? '/', 'http://localhost').pathname !== '/mcp')
      return refuse(res, 404, 'Not found: use /mcp.');
    if (req.method !== 'POST') return refuse(res, 405, 'Method not allowed: this server is stateless, POST only.');
    const server = makeServer();
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    try {
      await server.connect(transport);
      await transport.handleRequest(req, res);
    } catch {
      if (!res.headersSent) refuse(res, 500, 'Internal error.');
    }
  });
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(options.port, options.host, () => resolve());
  });
  port = (http.address() as AddressInfo).port;
  return {
    url: `http://${hostForms(options.host)}:${port}/mcp`,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        http.closeAllConnections();
        http.close(() => resolve());
      }),
  };
}
