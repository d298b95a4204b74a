import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import { SaymonResponseValidationError, toIssues } from '../errors.ts';
import { compileCheck } from './fast-check.ts';
import { describeIssue } from './messages.ts';

export type ResponseValidationMode = 'strict' | 'warn' | 'off';

export interface ResponseValidationContext {
  endpointId?: string;
  status?: number;
  /** Called in `warn` mode with the error that `strict` would have thrown. */
  warn?: (error: SaymonResponseValidationError) => void;
}

/**
 * Checks a response body against its schema. The data is returned as received (response
 * schemas only describe, they never transform), so unknown fields always survive.
 */
export function validateResponse<T>(
  schema: z.core.$ZodType,
  data: T,
  mode: ResponseValidationMode,
  context: ResponseValidationContext = {},
): T {
  if (mode === 'off') return data;
  if (compileCheck(schema)(data)) return data;
  const result = safeParse(schema, data, { error: describeIssue });
  if (result.success) return data;
  const error = new SaymonResponseValidationError({
    endpointId: context.endpointId,
    status: context.status,
    issues: toIssues(result.error.issues),
  });
  if (mode === 'strict') throw error;
  context.warn?.(error);
  return data;
}
