/**
 * Response validation with the error map as a parameter: `validateResponse` (`response.ts`) passes
 * the plain-words messages; a call (`checkAnswer`) loads them only when an answer does not match,
 * so a browser's first load does not carry the message formatter.
 */
import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import { SaymonResponseValidationError, toIssues } from '../errors.ts';
import { compileParse, FAIL } from './in-place-check.ts';
import type { IssueMessages } from './parts.ts';

export type ResponseValidationMode = 'strict' | 'warn' | 'off';

export interface ResponseValidationContext {
  endpointId?: string;
  status?: number;
  /** Called in `warn` mode with the error that `strict` would have thrown. */
  warn?: (error: SaymonResponseValidationError) => void;
}

/** `validateResponse` with the error map given: the issues' messages are whatever it says. */
export function settleResponse<T>(
  schema: z.core.$ZodType,
  data: T,
  mode: ResponseValidationMode,
  context: ResponseValidationContext,
  messages: IssueMessages | undefined,
): T {
  const parsed = compileParse(schema)(data);
  if (parsed !== FAIL) return parsed as T;
  if (mode === 'off') return data;
  const result = safeParse(schema, data, messages ? { error: messages } : undefined);
  if (result.success) return result.data as T;
  const error = new SaymonResponseValidationError({
    endpointId: context.endpointId,
    status: context.status,
    issues: toIssues(result.error.issues),
  });
  if (mode === 'strict') throw error;
  context.warn?.(error);
  return data;
}

/**
 * `validateResponse` for a call: a matching answer (the common case) is checked and normalised
 * without the message formatter, which loads only for an answer that does not match. Should
 * loading it fail (a chunk the network lost), the issues keep zod's plain "Invalid input".
 */
export async function checkAnswer<T>(
  schema: z.core.$ZodType,
  data: T,
  mode: ResponseValidationMode,
  context: ResponseValidationContext = {},
): Promise<T> {
  const parsed = compileParse(schema)(data);
  if (parsed !== FAIL) return parsed as T;
  if (mode === 'off') return data;
  const messages = await import('./messages.ts').then(
    (module) => module.describeIssue,
    () => undefined,
  );
  return settleResponse(schema, data, mode, context, messages);
}
