import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import type { AnyEndpoint, EndpointSchemas } from '../contract/define.ts';
import { toIssues, type ValidationIssue } from '../errors.ts';
import { describeIssue } from './messages.ts';

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

function checkPart(
  schema: z.core.$ZodType | undefined,
  value: unknown,
  part: keyof InputParts,
  options: CheckInputOptions,
  issues: ValidationIssue[],
): unknown {
  if (!schema) {
    const sent = value !== undefined && !(part === 'path' && Object.keys(value as object).length === 0);
    if (sent && options.unexpected === 'reject') {
      issues.push({ path: [part], message: `This endpoint takes no ${part === 'path' ? 'path parameters' : part}` });
    }
    return undefined;
  }
  const result = safeParse(schema, value, { error: describeIssue });
  if (result.success) return result.data;
  issues.push(...toIssues(result.error.issues, part));
  return undefined;
}

/**
 * Checks a call's input against an endpoint's schemas, part by part: the SDK checks what it is
 * about to send, the emulator what it received, with the same schemas and the same messages
 * (they name what was expected and the type received, never a value). A `FormData` body of an
 * upload endpoint is taken as it is (the schema describes the JSON form of the call).
 */
export function checkInput(endpoint: AnyEndpoint, input: InputParts, options: CheckInputOptions): CheckedInput {
  const schemas = endpoint.schemas() as EndpointSchemas;
  const issues: ValidationIssue[] = [];
  const path = checkPart(schemas.path, input.path, 'path', options, issues);
  const query = checkPart(schemas.query, input.query, 'query', options, issues);
  const upload = endpoint.upload === true && typeof FormData !== 'undefined' && input.body instanceof FormData;
  const body = upload ? input.body : checkPart(schemas.body, input.body, 'body', options, issues);
  return { path, query, body, issues };
}
