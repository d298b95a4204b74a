import type { AnyEndpoint } from '../contract/define.ts';
import { describeIssue } from './messages.ts';
import { type CheckedInput, type CheckInputOptions, checkParts, type InputParts } from './parts.ts';

export type { CheckedInput, CheckInputOptions, InputParts } from './parts.ts';

/**
 * Checks a call's input against an endpoint's schemas, part by part: the SDK checks what it is
 * about to send, the emulator what it received, with the same schemas and the same messages
 * (they name what was expected and the type received, never a value). A `FormData` body of an
 * upload endpoint is taken as it is (the schema describes the JSON form of the call).
 */
export function checkInput(endpoint: AnyEndpoint, input: InputParts, options: CheckInputOptions): CheckedInput {
  return checkParts(endpoint, input, options, describeIssue);
}
