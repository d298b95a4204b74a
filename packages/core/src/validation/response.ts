import type * as z from 'zod/mini';
import { describeIssue } from './messages.ts';
import { type ResponseValidationContext, type ResponseValidationMode, settleResponse } from './settle-response.ts';

export type { ResponseValidationContext, ResponseValidationMode } from './settle-response.ts';

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
  return settleResponse(schema, data, mode, context, describeIssue);
}
