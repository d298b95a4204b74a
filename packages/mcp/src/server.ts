/**
 * The MCP server: tools listed by the write policy, every call checked against it again, answers
 * bounded and shaped as structured content with a short text summary, resources for the catalog
 * and objects. Built on the official MCP SDK's low-level `Server`: the tools' schemas come from the
 * registry (JSON Schema), not from per-tool zod shapes the high-level API expects.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  type CallToolResult,
  ErrorCode,
  ListResourcesRequestSchema,
  ListResourceTemplatesRequestSchema,
  ListToolsRequestSchema,
  McpError,
  ReadResourceRequestSchema,
} from '@modelcontextprotocol/sdk/types.js';
import { redactFields } from '@saymon-sdk/core/adapter';
import type { SaymonClient } from '@saymon-sdk/node';
import { bound, DEFAULT_MAX_ANSWER_CHARS } from './answer.ts';
import { errorText } from './errors.ts';
import { allows, READ_ONLY, refusal, type WritePolicy } from './policy.ts';
import { RESOURCE_TEMPLATES, RESOURCES, readResource } from './resources.ts';
import type { Tool } from './tool.ts';
import { allTools } from './tools/index.ts';
import { VERSION } from './version.ts';

export interface SaymonMcpOptions {
  /** The SAYMON client every tool calls through (its credentials never reach a tool). */
  readonly client: SaymonClient;
  /** What the server may change; default read-only. */
  readonly policy?: WritePolicy;
  /** Bound on an answer's JSON, in characters (default 60000). */
  readonly maxAnswerChars?: number;
}

const INSTRUCTIONS =
  'Tools for a SAYMON monitoring estate. Start with the task tools: find_objects (objects by name, parent, ' +
  'class, state), object_status (one object: state since when, incidents, children, properties, metrics), ' +
  'active_incidents, metric_history (min/max/avg/last over a window). For anything else: search_endpoints, ' +
  'describe_endpoint, call_endpoint. Times are ISO 8601 UTC.';

/** The tools a policy lists: reads always, writes with --allow-writes, destructive ones with both flags. */
export function listedTools(policy: WritePolicy): Tool[] {
  return allTools(policy).filter((tool) => allows(policy, tool.effect));
}

function errorResult(text: string): CallToolResult {
  return { content: [{ type: 'text', text }], isError: true };
}

export function createSaymonMcpServer(options: SaymonMcpOptions): Server {
  const { client, policy = READ_ONLY, maxAnswerChars = DEFAULT_MAX_ANSWER_CHARS } = options;
  const tools = allTools(policy);
  const server = new Server(
    { name: 'saymon-mcp', title: 'SAYMON', version: VERSION },
    { capabilities: { tools: {}, resources: {} }, instructions: INSTRUCTIONS },
  );

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: listedTools(policy).map((tool) => ({
      name: tool.name,
      title: tool.title,
      description: tool.description,
      inputSchema: tool.inputSchema,
      annotations: tool.annotations,
    })),
  }));

  server.setRequestHandler(CallToolRequestSchema, async (request): Promise<CallToolResult> => {
    const tool = tools.find((t) => t.name === request.params.name);
    if (!tool) return errorResult(`No tool is named "${request.params.name}".`);
    const refused = refusal(policy, `the tool ${tool.name}`, tool.effect);
    if (refused) return errorResult(refused);
    try {
      const answer = await tool.call(request.params.arguments, { client, policy });
      // the SDK's one secret classifier: secret-named fields and secret-looking properties never reach the model
      const cut = bound(redactFields(answer.data), maxAnswerChars, answer.narrow ?? 'Ask for less.');
      const data = (cut.note ? { ...(cut.value as object), note: cut.note } : cut.value) as Record<string, unknown>;
      const summary = cut.note ? `${answer.summary} ${cut.note}` : answer.summary;
      return { content: [{ type: 'text', text: `${summary}\n${JSON.stringify(data)}` }], structuredContent: data };
    } catch (error) {
      return errorResult(errorText(error));
    }
  });

  server.setRequestHandler(ListResourcesRequestSchema, async () => ({ resources: RESOURCES }));
  server.setRequestHandler(ListResourceTemplatesRequestSchema, async () => ({ resourceTemplates: RESOURCE_TEMPLATES }));
  server.setRequestHandler(ReadResourceRequestSchema, async (request) => {
    const { uri } = request.params;
    let text: string | undefined;
    try {
      text = await readResource(uri, client, maxAnswerChars);
    } catch (error) {
      throw new McpError(ErrorCode.InvalidParams, errorText(error));
    }
    if (text === undefined) throw new McpError(ErrorCode.InvalidParams, `No resource at ${uri}.`);
    return { contents: [{ uri, mimeType: 'application/json', text }] };
  });
  return server;
}
