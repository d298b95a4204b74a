import type * as z from 'zod/mini';
import { safeParse } from 'zod/mini';
import { unquote } from '../auth/cookies.ts';
import { checkHeaders } from '../auth/validate.ts';
import {
  SaymonResponseFormatError,
  SaymonResponseValidationError,
  SaymonValidationError,
  toIssues,
  type ValidationIssue,
} from '../errors.ts';
import type { AnyEndpoint, BodyOf, EndpointSchemas, PathParamsOf, QueryOf, ResponseOf } from '../registry/define.ts';
import { parseJsonAnswer } from '../transport/answer.ts';
import type { CallOptions } from '../transport/options.ts';
import { toSearchParams } from '../transport/query.ts';
import { fillPath } from '../transport/url.ts';
import { describeIssue } from '../validation/messages.ts';
import { validateResponse } from '../validation/response.ts';
import type { SaymonCore } from './core.ts';

type Opt<K extends string, T> = [T] extends [undefined]
  ? { [P in K]?: undefined }
  : undefined extends T
    ? { [P in K]?: T }
    : { [P in K]: T };

/** The input of `call`: path parameters, query and body, each checked against the endpoint's schemas. */
export type CallInput<E> = Opt<'path', keyof PathParamsOf<E> extends never ? undefined : PathParamsOf<E>> &
  Opt<'query', QueryOf<E>> &
  Opt<'body', BodyOf<E>> &
  CallOptions;

/** Whether an endpoint can be called without any input. */
export type InputIsOptional<I> = {} extends I ? true : false;

function check(schema: z.core.$ZodType | undefined, value: unknown, part: string, issues: ValidationIssue[]): unknown {
  if (!schema) {
    if (value !== undefined && !(part === 'path' && Object.keys(value as object).length === 0)) {
      issues.push({ path: [part], message: `This endpoint takes no ${part === 'path' ? 'path parameters' : part}` });
    }
    return undefined;
  }
  const result = safeParse(schema, value, { error: describeIssue });
  if (!result.success) {
    issues.push(...toIssues(result.error.issues, part));
    return undefined;
  }
  return result.data;
}

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
      await response.body?.cancel();
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
 * Calls one endpoint. Input is validated first (nothing is sent when it is wrong), the answer is
 * read according to the endpoint's response kind and checked against its schema.
 */
export async function call<E extends AnyEndpoint>(
  core: SaymonCore,
  endpoint: E,
  input?: CallInput<E>,
): Promise<ResponseOf<E>> {
  const { path, query, body, ...options } = (input ?? {}) as {
    path?: Record<string, unknown>;
    query?: unknown;
    body?: unknown;
  } & CallOptions;
  checkHeaders(options.headers, 'headers');
  const schemas = endpoint.schemas() as EndpointSchemas;
  const issues: ValidationIssue[] = [];
  const pathParams = check(schemas.path, path ?? {}, 'path', issues) as Record<string, unknown> | undefined;
  const queryParams = check(schemas.query, query, 'query', issues) as Record<string, unknown> | undefined;
  const upload = endpoint.upload === true && typeof FormData !== 'undefined' && body instanceof FormData;
  const bodyValue = upload ? body : check(schemas.body, body, 'body', issues);
  if (issues.length > 0) throw new SaymonValidationError({ endpointId: endpoint.id, issues });

  const filled = fillPath(endpoint.path, pathParams ?? {}, endpoint.id);
  const response = await core.transport.send({
    ...options,
    method: endpoint.method,
    path: filled,
    query: toSearchParams(queryParams),
    ...(upload ? { body: bodyValue as FormData } : encodeBody(endpoint, bodyValue)),
    endpointId: endpoint.id,
    authenticate: endpoint.auth !== false,
    read: endpoint.responseKind === 'binary' ? 'stream' : 'buffer',
  });
  try {
    const data = await readBody(core, endpoint, response);
    const mode = options.responseValidation ?? core.options.responseValidation ?? 'warn';
    if (schemas.response && data !== undefined && endpoint.responseKind !== 'binary') {
      return validateResponse(schemas.response, data, mode, {
        endpointId: endpoint.id,
        status: response.status,
        warn: (error) => core.reportValidationIssue(redacted(core, error)),
      }) as ResponseOf<E>;
    }
    return data as ResponseOf<E>;
  } catch (error) {
    const shown =
      error instanceof SaymonResponseValidationError && !(error instanceof SaymonResponseFormatError)
        ? redacted(core, error)
        : error;
    // the error hooks see failures of the answer too (a format error, a strict validation error)
    throw await core.transport.fail(shown);
  }
}
