import type { AnyEndpoint } from '../contract/define.ts';
import { type CheckedInput, checkParts, type InputParts } from './parts.ts';

/**
 * A call's input checked as `checkInput` checks it (unexpected parts refused), with the message
 * formatter loaded only when something is wrong: valid input, the common case, never needs it.
 * Should loading it fail (a chunk the network lost), the issues keep zod's plain "Invalid input".
 */
export async function checkCallInput(endpoint: AnyEndpoint, input: InputParts): Promise<CheckedInput> {
  const options = { unexpected: 'reject' } as const;
  const checked = checkParts(endpoint, input, options, undefined);
  if (checked.issues.length === 0) return checked;
  const messages = await import('./messages.ts').then(
    (module) => module.describeIssue,
    () => undefined,
  );
  return messages ? checkParts(endpoint, input, options, messages) : checked;
}
