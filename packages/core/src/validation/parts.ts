/**
 * The walk over a call's three input parts, with the error map as a parameter: the emulator and
 * `checkInput` pass the plain-words messages (`messages.ts`); a call checks without them first,
 * and loads them only when its input is wrong (`call-input.ts`), so a browser's first load does
 * not carry the message formatter.
 */
import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import type { AnyEndpoint, EndpointSchemas } from '../contract/define.ts';
import { toIssues, type ValidationIssue } from '../errors.ts';

/** The three parts of a call's input, before they are checked. */
export interface InputParts {
  path?: unknown;
  query?: unknown;
  body?: unknown;
}

/** Each part as its schema gives it back (ids normalised, ...), and every issue found. */
export interface CheckedInput {
  path: unknown;
  query: unknown;
  body: unknown;
  /** Issue paths start with the part: `['body', 'name']`. Empty when the input is valid. */
  issues: ValidationIssue[];
}

export interface CheckInputOptions {
  /**
   * A part the endpoint has no schema for: `reject` reports it (the SDK: nothing is sent that
   * the endpoint does not take), `ignore` drops it (a server: what a client adds is not looked at).
   */
  unexpected: 'reject' | 'ignore';
}

/** A zod error map (`describeIssue`); without one, zod/mini's issues all read "Invalid input". */
export type IssueMessages = (issue: z.core.$ZodRawIssue) => string | undefined;

function checkPart(
  schema: z.core.$ZodType | undefined,
  value: unknown,
  part: keyof InputParts,
  options: CheckInputOptions,
  issues: ValidationIssue[],
  messages: IssueMessages | undefined,
): unknown {
  if (!schema) {
    const sent = value !== undefined && !(part === 'path' && Object.keys(value as object).length === 0);
    if (sent && options.unexpected === 'reject') {
      issues.push({ path: [part], message: `This endpoint takes no ${part === 'path' ? 'path parameters' : part}` });
    }
    return undefined;
  }
  const result = safeParse(schema, value, messages ? { error: messages } : undefined);
  if (result.success) return result.data;
  issues.push(...toIssues(result.error.issues, part));
  return undefined;
}

/** `checkInput` with the error map given: the messages of the issues are whatever it says. */
export function checkParts(
  endpoint: AnyEndpoint,
  input: InputParts,
  options: CheckInputOptions,
  messages: IssueMessages | undefined,
): CheckedInput {
  const schemas = endpoint.schemas() as EndpointSchemas;
  const issues: ValidationIssue[] = [];
  const path = checkPart(schemas.path, input.path, 'path', options, issues, messages);
  const query = checkPart(schemas.query, input.query, 'query', options, issues, messages);
  const upload = endpoint.upload === true && typeof FormData !== 'undefined' && input.body instanceof FormData;
  const body = upload ? input.body : checkPart(schemas.body, input.body, 'body', options, issues, messages);
  return { path, query, body, issues };
}
