/**
 * A tool as the server lists and calls it: its input is a zod schema (listed as JSON Schema, and
 * checked before the tool runs), its hints come from the registry's effect marks of what it calls.
 */
import type { SaymonClient } from '@saymon-sdk/node';
import * as z from 'zod';
import { type ToolAnswer, ToolError } from './answer.ts';
import type { Effect, WritePolicy } from './policy.ts';

export interface ToolContext {
  readonly client: SaymonClient;
  readonly policy: WritePolicy;
}

export interface ToolAnnotations {
  readonly title: string;
  readonly readOnlyHint: boolean;
  readonly destructiveHint: boolean;
  readonly idempotentHint: boolean;
  /** The tools reach a SAYMON server: an outside system. */
  readonly openWorldHint: true;
}

export interface Tool {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  /** What the tool does at most: listed only when the policy allows it (`call_endpoint` checks per call). */
  readonly effect: Effect;
  readonly inputSchema: { readonly type: 'object' } & Record<string, unknown>;
  readonly annotations: ToolAnnotations;
  call(args: unknown, context: ToolContext): Promise<ToolAnswer>;
}

export interface ToolSpec<I extends z.ZodObject> {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  readonly input: I;
  readonly effect: Effect;
  readonly idempotent: boolean;
  readonly run: (args: z.output<I>, context: ToolContext) => Promise<ToolAnswer>;
}

/** Plain words for what was wrong with a tool's arguments (paths and messages, never the values). */
function inputProblem(error: z.ZodError): string {
  const lines = error.issues.map((issue) => `- ${issue.path.join('.') || '(arguments)'}: ${issue.message}`);
  return `The arguments do not fit this tool's input schema:\n${lines.join('\n')}`;
}

export function defineTool<I extends z.ZodObject>(spec: ToolSpec<I>): Tool {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(spec.input, { io: 'input' }) as Record<string, unknown>;
  return {
    name: spec.name,
    title: spec.title,
    description: spec.description,
    effect: spec.effect,
    inputSchema: { ...schema, type: 'object' },
    annotations: {
      title: spec.title,
      readOnlyHint: spec.effect === 'read',
      destructiveHint: spec.effect === 'destructive',
      idempotentHint: spec.idempotent,
      openWorldHint: true,
    },
    async call(args, context) {
      const parsed = spec.input.safeParse(args ?? {});
      if (!parsed.success) throw new ToolError(inputProblem(parsed.error));
      return spec.run(parsed.data, context);
    },
  };
}
