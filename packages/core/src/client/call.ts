import type * as z from 'zod/mini';
import { unquote } from '../auth/cookies.ts';
import { checkHeaders } from '../auth/validate.ts';
import type {
  AnyEndpoint,
  BodyOf,
  EndpointSchemas,
  FieldName,
  PathParamsOf,
  QueryOf,
  SelectedOf,
} from '../contract/define.ts';
import { SaymonResponseFormatError, SaymonResponseValidationError, SaymonValidationError } from '../errors.ts';
import { marksOf } from '../schema/marks.ts';
import { redactFields } from '../secret-names.ts';
import { parseJsonAnswer } from '../transport/answer.ts';
import { BufferedResponse } from '../transport/buffered-response.ts';
import type { CallOptions } from '../transport/options.ts';
import { toSearchParams } from '../transport/query.ts';
import { fillPath } from '../transport/url.ts';
import { checkCallInput } from '../validation/call-input.ts';
import { answerSchema } from '../validation/selection.ts';
import { checkAnswer } from '../validation/settle-response.ts';
import type { SaymonCore } from './core.ts';

type Opt<K extends string, T> = [T] extends [undefined]
  ? { [P in K]?: undefined }
  : undefined extends T
    ? { [P in K]?: T }
    : { [P in K]: T };

/** A query value sent as is (arrays as repeated parameters). */
export type QueryValue = string | number | boolean | readonly (string | number | boolean)[];

/**
 * The per-call escape hatch for what the registry does not know: `extraQuery` parameters are
 * added to the query and `extraBody` fields to a JSON object body, after the typed parts are
 * checked (they are sent unchecked and win over typed values of the same name).
 */
export interface ExtraInput {
  extraQuery?: Readonly<Record<string, QueryValue>>;
  extraBody?: Readonly<Record<string, unknown>>;
}

/** The input of `call`: path parameters, query and body, each checked against the endpoint's schemas. */
export type CallInput<E, F extends readonly string[] = readonly FieldName<E>[]> = Opt<
  'path',
  keyof PathParamsOf<E> extends never ? undefined : PathParamsOf<E>
> &
  Opt<'query', QueryOf<E, F>> &
  Opt<'body', BodyOf<E>> &
  ExtraInput &
  CallOptions;

/**
 * The `fields` an input of `call` lists, which types its answer. `call` infers the whole input
 * (`I`) and reads the selection from it: a selection parameter inside `CallInput<E, F>` sits behind
 * conditional types of `E`, which TypeScript cannot infer through while it still infers `E`.
 */
type FieldsOf<I> = I extends { query?: { fields?: infer F } } ? F : undefined;
/** `I` refusing the keys `T` lacks, so an inferred input keeps its excess-property check. */
type Exactly<I, T> = I & { [K in Exclude<keyof I, keyof T>]: never };

/** Whether an endpoint can be called without any input. */
export type InputIsOptional<I> = {} extends I ? true : false;

function encodeBody(endpoint: AnyEndpoint, body: unknown): { body?: BodyInit; contentType?: string } {
  if (body === undefined) return {};
  switch (endpoint.bodyKind) {
    case 'json':
      return { body: JSON.stringify(body), contentType: 'application/json' };
    case 'text':
      return { body: String(body), contentType: 'text/plain; charset=utf-8' };
    case 'multipart':
      // the runtime sets the multipart boundary itself
      return { body: body as FormData };
    case 'binary':
      return { body: body as BodyInit, contentType: 'application/octet-stream' };
    default:
      return {};
  }
}

async function readBody(core: SaymonCore, endpoint: AnyEndpoint, response: Response): Promise<unknown> {
  switch (endpoint.responseKind) {
    case 'empty':
      // a buffered answer holds no connection: nothing to release (and no stream to build)
      if (!(response instanceof BufferedResponse)) await response.body?.cancel();
      return undefined;
    case 'binary':
      return response;
    case 'text':
      return unquote(await response.text());
    default:
      return parseJsonAnswer(await response.text(), response, {
        endpointId: endpoint.id,
        redactor: core.transport.redactor,
      });
  }
}

/** A response validation error with server text (keys, values in messages) redacted. */
function redacted(core: SaymonCore, error: SaymonResponseValidationError): SaymonResponseValidationError {
  const { redactor } = core.transport;
  return new SaymonResponseValidationError({
    endpointId: error.endpointId,
    status: error.status,
    request: error.request,
    issues: error.issues.map((issue) => ({
      ...issue,
      path: issue.path.map((part) => (typeof part === 'string' ? redactor.text(part) : part)),
      message: redactor.text(issue.message),
    })),
  });
}

/**
 * The values of a call that are credentials: path parameters marked secret in the registry
 * (`sessions.verify`'s session id, a confirmation token), and by the one classifier, the values of
 * secret-named query parameters and body fields (`newPassword`, a property named `password`).
 */
function callSecrets(
  schemas: EndpointSchemas,
  path: Record<string, unknown> | undefined,
  query: unknown,
  body: unknown,
) {
  const out: string[] = [];
  const shape = (schemas.path as { _zod?: { def?: { shape?: Record<string, z.core.$ZodType> } } } | undefined)?._zod
    ?.def?.shape;
  for (const [name, value] of Object.entries(path ?? {})) {
    const field = shape?.[name];
    if (field && marksOf(field)?.secret && value !== undefined) out.push(String(value));
  }
  // the values hidden by name are this call's secrets
  const found = (value: unknown) => (typeof value === 'string' || typeof value === 'number') && out.push(String(value));
  redactFields([query, body], { found });
  return out;
}

/**
 * The input of a call whose endpoint is known only at run time (an id from a command line, a tool
 * call, a page loop): the same parts as `CallInput`, typed loosely, and checked against the
 * endpoint's schemas all the same.
 */
export type DynamicCallInput = {
  path?: Readonly<Record<string, unknown>>;
  query?: unknown;
  body?: unknown;
} & ExtraInput &
  CallOptions;

/**
 * Calls one endpoint. Input is validated first (nothing is sent when it is wrong), the answer is
 * read according to the endpoint's response kind and checked against its schema.
 */
export function call<E extends AnyEndpoint, const I extends CallInput<E> = CallInput<E>>(
  core: SaymonCore,
  endpoint: E,
  input?: Exactly<I, CallInput<E>>,
): Promise<SelectedOf<E, FieldsOf<I>>> {
  // every CallInput is a DynamicCallInput; the answer's type is what the endpoint's schemas check
  return callDynamic(core, endpoint, input as DynamicCallInput | undefined) as Promise<SelectedOf<E, FieldsOf<I>>>;
}

/**
 * `call` for an endpoint known only at run time: the same checks, the same request, an answer of
 * type `unknown` (what the endpoint's response schema checked).
 */
export async function callDynamic(
  core: SaymonCore,
  endpoint: AnyEndpoint,
  input: DynamicCallInput = {},
): Promise<unknown> {
  const { path, query, body, extraQuery, extraBody, ...options } = input;
  checkHeaders(options.headers, 'headers');
  const schemas = endpoint.schemas() as EndpointSchemas;
  const checked = await checkCallInput(endpoint, { path: path ?? {}, query, body });
  const { issues } = checked;
  const pathParams = checked.path as Record<string, unknown> | undefined;
  const queryParams = checked.query as Record<string, unknown> | undefined;
  const upload = endpoint.upload === true && typeof FormData !== 'undefined' && body instanceof FormData;
  let bodyValue = checked.body;
  if (extraBody !== undefined) {
    if (endpoint.bodyKind !== 'json' || upload || (bodyValue !== undefined && !isPlainObject(bodyValue))) {
      issues.push({ path: ['extraBody'], message: 'extraBody needs a JSON object body' });
    } else bodyValue = { ...(bodyValue as object), ...extraBody };
  }
  if (issues.length > 0) throw new SaymonValidationError({ endpointId: endpoint.id, issues });

  const filled = fillPath(endpoint.path, pathParams ?? {}, endpoint.id);
  const secrets = callSecrets(schemas, pathParams, queryParams, upload ? undefined : bodyValue);
  const response = await core.transport.send({
    ...options,
    method: endpoint.method,
    path: filled,
    query: toSearchParams(extraQuery ? { ...queryParams, ...extraQuery } : queryParams),
    ...(upload ? { body: bodyValue as FormData } : encodeBody(endpoint, bodyValue)),
    endpointId: endpoint.id,
    authenticate: endpoint.auth !== false,
    ...(secrets.length > 0 ? { secrets } : {}),
    read: endpoint.responseKind === 'binary' ? 'stream' : 'buffer',
  });
  try {
    const data = await readBody(core, endpoint, response);
    const mode = options.responseValidation ?? core.options.responseValidation ?? 'warn';
    const responseSchema = answerSchema(endpoint, queryParams?.fields !== undefined);
    if (responseSchema && data !== undefined) {
      return await checkAnswer(responseSchema, data, mode, {
        endpointId: endpoint.id,
        status: response.status,
        warn: (error) => core.reportValidationIssue(redacted(core, error)),
      });
    }
    return data;
  } catch (error) {
    const shown =
      error instanceof SaymonResponseValidationError && !(error instanceof SaymonResponseFormatError)
        ? redacted(core, error)
        : error;
    // the error hooks see failures of the answer too (a format error, a strict validation error)
    throw await core.transport.fail(shown);
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
