import type { AuthOptions } from '../auth/types.ts';
import { SaymonValidationError } from '../errors.ts';
import type { AnyEndpoint, HttpMethod, PathParamsOf, ResponseOf } from '../registry/define.ts';
import {
  type EndpointById,
  type EndpointId,
  endpoints,
  findEndpoint,
  getEndpoint,
  type RegisteredEndpoint,
} from '../registry/registry.ts';
import type { CallOptions } from '../transport/options.ts';
import { type CallInput, call, type InputIsOptional } from './call.ts';
import { type CoreOptions, createCore, type SaymonCore } from './core.ts';

type GroupOf<Id> = Id extends `${infer G}.${string}` ? G : never;
type VerbOf<Id> = Id extends `${string}.${infer V}` ? V : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};

/**
 * The input of a named method: path parameters at the top level, then `query` and `body`.
 * `client.objects.get({ id: '42', query: { fields: ['name'] } })`.
 */
export type MethodInput<E> = Simplify<PathParamsOf<E> & Omit<CallInput<E>, 'path' | keyof CallOptions>>;

export type EndpointMethod<E> =
  InputIsOptional<MethodInput<E>> extends true
    ? (input?: MethodInput<E>, options?: CallOptions) => Promise<ResponseOf<E>>
    : (input: MethodInput<E>, options?: CallOptions) => Promise<ResponseOf<E>>;

/** One property per registry group (`objects`, `incidents`, ...), one method per endpoint. */
export type EndpointGroups = {
  [G in GroupOf<EndpointId>]: {
    [E in RegisteredEndpoint as GroupOf<E['id']> extends G ? VerbOf<E['id']> : never]: EndpointMethod<E>;
  };
};

/** What `client.call` accepts as the endpoint: an id, a definition, or a method and path template. */
export type EndpointRef = EndpointId | AnyEndpoint | { method: HttpMethod; path: string };
type Resolve<R> = R extends EndpointId ? EndpointById<R> : R extends AnyEndpoint ? R : never;
/** Input for a route given as `{ method, path }`: its schemas are only known at run time. */
export type RouteCallInput = {
  path?: Record<string, string | number>;
  query?: Record<string, unknown>;
  body?: unknown;
} & CallOptions;
type InputFor<R> = [Resolve<R>] extends [never] ? RouteCallInput : CallInput<Resolve<R>>;
type OutputFor<R> = [Resolve<R>] extends [never] ? unknown : ResponseOf<Resolve<R>>;

export interface SaymonClientBase {
  /** Calls any endpoint by id (`'objects.get'`), definition, or `{ method, path }` template. */
  call<R extends EndpointRef>(endpoint: R, input?: InputFor<R>): Promise<OutputFor<R>>;
  /** Ends the server-side session (session auth); other schemes have nothing to end. */
  logout(): Promise<void>;
  /** A client with the same settings and other credentials (e.g. a freshly created token). */
  withAuth(auth: AuthOptions): SaymonClient;
  /** The underlying core, for `call(core, endpoint, input)` with imported definitions. */
  readonly core: SaymonCore;
}

export type SaymonClient = SaymonClientBase & EndpointGroups;

const PARAM = /:([A-Za-z_]\w*)/g;

function resolveEndpoint(ref: EndpointRef): AnyEndpoint {
  const found =
    typeof ref === 'string' ? getEndpoint(ref) : 'schemas' in ref ? ref : findEndpoint(ref.method, ref.path);
  if (!found) {
    const name = typeof ref === 'string' ? ref : `${ref.method} ${ref.path}`;
    throw new SaymonValidationError({ issues: [{ path: ['endpoint'], message: `Unknown endpoint ${name}` }] });
  }
  return found;
}

function namedMethod(core: SaymonCore, endpoint: AnyEndpoint) {
  const pathNames = [...endpoint.path.matchAll(PARAM)].map((m) => m[1] as string);
  return (input: Record<string, unknown> = {}, options: CallOptions = {}) => {
    const path: Record<string, unknown> = {};
    const unknown: string[] = [];
    for (const [key, value] of Object.entries(input)) {
      if (pathNames.includes(key)) path[key] = value;
      else if (key !== 'query' && key !== 'body') unknown.push(key);
    }
    if (unknown.length > 0) {
      return Promise.reject(
        new SaymonValidationError({
          endpointId: endpoint.id,
          issues: unknown.map((key) => ({
            path: [key],
            message: `Unknown input "${key}": path parameters are ${pathNames.join(', ') || 'none'}; put query parameters under "query" and the payload under "body"`,
          })),
        }),
      );
    }
    return call(core, endpoint, { ...options, path, query: input.query, body: input.body } as never);
  };
}

/**
 * Creates a client with a typed method for every SAYMON endpoint, grouped as in the registry:
 * `client.objects.get({ id })`, `client.incidents.acknowledge({ id })`.
 */
export function createClient(options: CoreOptions): SaymonClient {
  const core = createCore(options);
  const client: Record<string, unknown> = {
    core,
    call: async (ref: EndpointRef, input?: unknown) => call(core, resolveEndpoint(ref), input as never),
    logout: () => core.auth.logout?.(core.transport.authContext) ?? Promise.resolve(),
    withAuth: (auth: AuthOptions) => createClient({ ...options, auth }),
  };
  for (const endpoint of endpoints) {
    const [group, verb] = endpoint.id.split('.') as [string, string];
    client[group] ??= {};
    (client[group] as Record<string, unknown>)[verb] = namedMethod(core, endpoint);
  }
  return client as unknown as SaymonClient;
}
