import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createSaymonMcpServer, type SaymonMcpOptions } from './server.ts';

/** Builds the server and serves it on this process's stdin and stdout (stdout then carries only the protocol). */
export async function serveStdio(options: SaymonMcpOptions): Promise<Server> {
  const server = createSaymonMcpServer(options);
  await server.connect(new StdioServerTransport());
  return server;
}
