/**
 * An MCP client over stdio talking to the built `saymon-mcp` bin, which talks to an emulator. Every
 * tool call is checked against the input schema the server listed (Ajv, JSON Schema 2020-12)
 * before it is sent, and recorded with its result.
 */
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult, Tool } from '@modelcontextprotocol/sdk/types.js';
import { Ajv2020 } from 'ajv/dist/2020.js';

export const BIN = fileURLToPath(new URL('../dist/bin.js', import.meta.url));

export interface Recorded {
  readonly name: string;
  readonly args: Record<string, unknown>;
  readonly result: CallToolResult;
}

export interface McpSession {
  readonly client: Client;
  readonly tools: readonly Tool[];
  /** Every call made through `call`, in order. */
  readonly calls: Recorded[];
  /** Calls a tool (after checking the arguments against its listed schema); returns its structured content. */
  call(name: string, args?: Record<string, unknown>): Promise<Record<string, unknown>>;
  /** Calls a tool and returns the whole result, error or not (the arguments are checked all the same). */
  raw(name: string, args?: Record<string, unknown>): Promise<CallToolResult>;
  /** The text of every result since `from` (summaries and structured content). */
  textSince(from: number): string;
  /** What the server wrote on stderr so far. */
  stderr(): string;
  close(): Promise<void>;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });

/** Starts the bin with these variables and flags and connects an MCP client to it. */
export async function connectStdio(env: Record<string, string>, flags: string[] = []): Promise<McpSession> {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [BIN, ...flags],
    // only what the server needs: no credential of the test runner's own environment leaks in
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', SAYMON_CONFIG_DIR: '/nonexistent', ...env },
    stderr: 'pipe',
  });
  const client = new Client({ name: 'saymon-mcp-proof', version: '0.0.0' });
  const errors: Buffer[] = [];
  transport.stderr?.on('data', (chunk: Buffer) => errors.push(chunk));
  await client.connect(transport);
  const { tools } = await client.listTools();
  const validators = new Map(tools.map((t) => [t.name, ajv.compile(t.inputSchema)]));
  const calls: Recorded[] = [];
  const raw = async (name: string, args: Record<string, unknown> = {}) => {
    const validate = validators.get(name);
    if (validate && !validate(args)) {
      throw new Error(`${name} arguments do not validate: ${ajv.errorsText(validate.errors)}`);
    }
    const result = (await client.callTool({ name, arguments: args })) as CallToolResult;
    calls.push({ name, args, result });
    return result;
  };
  return {
    client,
    tools,
    calls,
    raw,
    async call(name, args = {}) {
      const result = await raw(name, args);
      if (result.isError) throw new Error(`${name} failed: ${JSON.stringify(result.content)}`);
      return result.structuredContent as Record<string, unknown>;
    },
    textSince(from) {
      return calls
        .slice(from)
        .map((c) => `${JSON.stringify(c.result.content)}\n${JSON.stringify(c.result.structuredContent ?? null)}`)
        .join('\n');
    },
    stderr: () => Buffer.concat(errors).toString('utf8'),
    close: () => client.close(),
  };
}

/** The text of a result (its content parts), for refusals and errors. */
export const textOf = (result: CallToolResult) =>
  result.content.map((part) => (part.type === 'text' ? part.text : '')).join('\n');
