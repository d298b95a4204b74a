/**
 * Stage "auth": the auth strategy sets its credentials on a call's request. A strategy that
 * cannot (e.g. `Headers.set` refusing a value with CR/LF, whose message would show the value)
 * yields a `SaymonValidationError` naming only the error's kind: nothing is sent.
 */
import type { AuthContext, AuthStrategy, OutgoingRequest } from '../auth/types.ts';
import { SaymonError, SaymonValidationError } from '../errors.ts';

/** Runs the strategy's `authorize`; resolves with its stamp (which credentials were used). */
export async function authorizeRequest(
  auth: AuthStrategy,
  request: OutgoingRequest,
  context: AuthContext,
  endpointId: string | undefined,
): Promise<unknown> {
  try {
    return await auth.authorize(request, context);
  } catch (error) {
    if (error instanceof SaymonError) throw error;
    throw new SaymonValidationError({
      endpointId,
      issues: [{ path: ['auth'], message: `the auth strategy could not set its credentials (${errorName(error)})` }],
    });
  }
}

export const errorName = (error: unknown) => (error instanceof Error ? error.name : typeof error);
