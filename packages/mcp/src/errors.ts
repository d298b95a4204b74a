/**
 * The SDK's errors as text an assistant can act on. The SDK's messages carry no credentials (it
 * redacts them); this adds what to do next and never the request's headers or URL query.
 */
import { isSaymonApiError, isSaymonError, isSaymonValidationError } from '@saymon-sdk/core';
import { ToolError } from './answer.ts';

export function errorText(error: unknown): string {
  if (error instanceof ToolError) return error.message;
  if (isSaymonValidationError(error)) {
    const issues = error.issues.map((i) => `- ${i.path.join('.') || '(input)'}: ${i.message}`).join('\n');
    return `Not sent: the input does not fit the endpoint (describe_endpoint shows its schema).\n${issues}`;
  }
  if (isSaymonApiError(error)) {
    const said = error.serverMessage ? `: ${error.serverMessage}` : '';
    const hint =
      error.status === 401 || error.status === 403
        ? ' The credentials the server runs with lack this right; the assistant cannot change them.'
        : error.status === 404
          ? ' Check the id (find_objects, active_incidents).'
          : '';
    return `SAYMON answered ${error.status}${error.code ? ` ${error.code}` : ''}${said}.${hint}`;
  }
  if (isSaymonError(error)) return `${error.name}: ${error.message}`;
  return 'The call failed in saymon-mcp itself; the server log has no more about it than this.';
}
