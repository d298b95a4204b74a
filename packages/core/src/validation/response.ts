import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import { SaymonResponseValidationError, toIssues } from '../errors.ts';
import { compileParse, FAIL } from './in-place-check.ts';
import { describeIssue } from './messages.ts';

export type ResponseValidationMode = 'strict' | 'warn' | 'off';

export interface ResponseValidationContext {
  endpointId?: string;
  status?: number;
  /** Called in `warn` mode with the error that `strict` would have thrown. */
  warn?: (error: SaymonResponseValidationError) => void;
}

/**
 * Checks a response body against its schema and normalises it in place, in every mode: numeric
 * ids become strings, numeric strings in integer fields numbers, a single record where a list is
 * declared a list. Unknown fields always survive.
 *
 * - `strict`: an answer that does not match throws `SaymonResponseValidationError`;
 * - `warn`: it is reported (once per endpoint) and returned, normalised wherever it matched;
 * - `off`: it is returned the same way, with no report.
 *
 * A matching answer has exactly the declared type in every mode; only a non-matching one (what
 * `strict` would refuse) can differ from it, at the places that did not match.
 */
export function validateResponse<T>(
  schema: z.core.$ZodType,
  data: T,
  mode: ResponseValidationMode,
  context: ResponseValidationContext = {},
): T {
  const parsed = compileParse(schema)(data);
  if (parsed !== FAIL) return parsed as T;
  if (mode === 'off') return data;
  const result = safeParse(schema, data, { error: describeIssue });
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
