import type * as z from 'zod/mini';
import { callNamed, type SaymonClient } from '../client/create-client.ts';
import type { MethodInput } from '../client/method-types.ts';
import type { EndpointSchemas, QueryOf, ResponseOf } from '../contract/define.ts';
import { SaymonValidationError } from '../errors.ts';
import { type EndpointById, type EndpointId, endpoints, getEndpoint } from '../registry/registry.ts';
import type { CallOptions } from '../transport/options.ts';

type Def = { type: string; innerType?: z.core.$ZodType; in?: z.core.$ZodType; shape?: Record<string, unknown> };

/** The keys of an object schema, through optional, nullable, default and pipe wrappers. */
function schemaKeys(schema: z.core.$ZodType | undefined): string[] {
  let current = schema;
  for (let depth = 0; current && depth < 8; depth++) {
    const def: Def = current._zod.def;
    if (def.shape) return Object.keys(def.shape);
    current = def.innerType ?? def.in;
  }
  return [];
}

/** Whether an endpoint pages with `limit` and `skip` (its query schema has both). */
export function isPaged(endpoint: { schemas: () => EndpointSchemas }): boolean {
  const keys = schemaKeys(endpoint.schemas().query);
  return keys.includes('limit') && keys.includes('skip');
}

/** The ids of every endpoint that pages with `limit` and `skip`, from the registry. */
export function pagedEndpointIds(): string[] {
  return endpoints.filter(isPaged).map((e) => e.id);
}

type Query<Id extends EndpointId> = NonNullable<QueryOf<EndpointById<Id>>>;
/** Endpoint ids whose query has typed `limit` and `skip` parameters. */
export type PagedEndpointId = {
  [Id in EndpointId]: Query<Id> extends { limit?: infer L; skip?: infer S }
    ? unknown extends L
      ? never
      : unknown extends S
        ? never
        : Id
    : never;
}[EndpointId];

/** One item of a paged list (a single record answer counts as a page of one). */
export type PageItem<Id extends EndpointId> =
  ResponseOf<EndpointById<Id>> extends infer R ? (R extends readonly (infer T)[] ? T : Exclude<R, undefined>) : never;

/** The input of a paged call: as the method's, without `limit` (use `pageSize`); `skip` is where to start. */
export type PageInput<Id extends EndpointId> = Omit<MethodInput<EndpointById<Id>>, 'query'> & {
  query?: Omit<Query<Id>, 'limit'>;
};

export interface PaginateOptions extends Omit<CallOptions, 'signal'> {
  /** Records per request (default 100). */
  pageSize?: number;
  /** Stops the iteration: the pending page request is aborted and the iterator throws the reason. */
  signal?: AbortSignal;
}

/**
 * Iterates over every record of a `limit`/`skip` list, one page per request, and stops after the
 * first short page:
 *
 * ```ts
 * for await (const incident of paginate(client, 'incidents.history', { query: { inverse: true } }, { pageSize: 500 })) { ... }
 * ```
 */
export async function* paginate<Id extends PagedEndpointId>(
  client: SaymonClient,
  id: Id,
  input?: PageInput<Id>,
  options: PaginateOptions = {},
): AsyncGenerator<PageItem<Id>, void, undefined> {
  const { pageSize = 100, signal, ...callOptions } = options;
  const endpoint = getEndpoint(id as string);
  if (!endpoint || !isPaged(endpoint))
    throw new SaymonValidationError({
      issues: [{ path: ['endpoint'], message: `${String(id)} does not page with limit and skip` }],
    });
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new SaymonValidationError({ issues: [{ path: ['pageSize'], message: 'expected an integer of at least 1' }] });
  const query = { ...((input as { query?: Record<string, unknown> } | undefined)?.query ?? {}) };
  if ('limit' in query)
    throw new SaymonValidationError({
      issues: [{ path: ['query', 'limit'], message: 'paginate sets limit itself: use the pageSize option' }],
    });
  let skip = Number(query.skip ?? 0);
  for (;;) {
    signal?.throwIfAborted();
    const page = await callNamed(
      client.core,
      endpoint,
      { ...input, query: { ...query, limit: pageSize, skip } },
      { ...callOptions, ...(signal ? { signal } : {}) },
    );
    const items = Array.isArray(page) ? page : page === undefined || page === null ? [] : [page];
    for (const item of items) yield item as PageItem<Id>;
    if (items.length < pageSize) return;
    skip += items.length;
  }
}
