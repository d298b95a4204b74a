import { type EstablishedSession, sessionControlOf } from '../auth/secrets.ts';
import type { AuthOptions } from '../auth/types.ts';
import type { AnyEndpoint, HttpMethod, ResponseOf } from '../contract/define.ts';
import { SaymonSessionError, SaymonValidationError } from '../errors.ts';
import { type EndpointById, type EndpointId, endpoints, findEndpoint, getEndpoint } from '../registry/registry.ts';
import type { CallOptions } from '../transport/options.ts';
import { type CallInput, callDynamic, type DynamicCallInput, type ExtraInput } from './call.ts';
import { type CoreOptions, coreOptionsOf, createCore, type SaymonCore } from './core.ts';
import type { EndpointGroups } from './methods.gen.ts';
import { pathInputNames } from './path-inputs.ts';
import { callRoute, type RouteCallInput } from './route-call.ts';

/** What `client.call` accepts as the endpoint: an id, a definition, or a method and path template. */
export type EndpointRef = EndpointId | AnyEndpoint | { method: HttpMethod; path: string };
type Resolve<R> = R extends EndpointId ? EndpointById<R> : R extends AnyEndpoint ? R : never;
type InputFor<R> = [Resolve<R>] extends [never] ? RouteCallInput : CallInput<Resolve<R>>;
type OutputFor<R> = [Resolve<R>] extends [never] ? unknown : ResponseOf<Resolve<R>>;

/** What `client.extend()` may change; everything else is kept (the auth strategy and its session too). */
export type ClientOverrides = Partial<CoreOptions>;

export interface SaymonClientBase {
  /**
   * Calls any endpoint by id (`'objects.get'`), definition, or `{ method, path }`. A path the
   * registry does not know is still called (any path under `/node/api/`): JSON in, `unknown` out.
   */
  call<R extends EndpointRef>(endpoint: R, input?: InputFor<R>): Promise<OutputFor<R>>;
  /**
   * Session auth: logs in with the configured login and password (again, e.g. after `logout()`)
   * and resolves to the new session as `auth` options another client can reuse, writes included.
   */
  login(): Promise<EstablishedSession>;
  /**
   * Session auth: the established session as `{ type: 'session', sid, csrf }` (logging in first
   * when none is open yet); `undefined` after `logout()` and for other auth kinds.
   */
  session(): Promise<EstablishedSession | undefined>;
  /**
   * Ends the server-side session (session auth); other schemes have nothing to end. Afterwards
   * calls fail with `SaymonSessionError` until `login()`: nothing logs in behind the caller's back.
   */
  logout(): Promise<void>;
  /**
   * A client derived from this one: the given settings replace (headers are merged), the rest is
   * kept, the auth strategy and its session included unless `auth` is given.
   */
  extend(overrides: ClientOverrides): SaymonClient;
  /** A client with the same settings and other credentials: `extend({ auth })`. */
  withAuth(auth: AuthOptions): SaymonClient;
  /** The underlying core, for `call(core, endpoint, input)` with imported definitions. */
  readonly core: SaymonCore;
}

export type SaymonClient = SaymonClientBase & EndpointGroups;

function resolveEndpoint(ref: EndpointRef): AnyEndpoint | undefined {
  if (typeof ref === 'string') {
    const found = getEndpoint(ref);
    if (!found)
      throw new SaymonValidationError({ issues: [{ path: ['endpoint'], message: `Unknown endpoint ${ref}` }] });
    return found;
  }
  return 'schemas' in ref ? ref : findEndpoint(ref.method, ref.path);
}

const INPUT_KEYS = new Set(['query', 'body', 'extraQuery', 'extraBody']);

/**
 * Calls an endpoint with a named method's input: path parameters at the top level beside `query`,
 * `body`, `extraQuery` and `extraBody` (`{ id, query }`); any other key is refused, nothing sent.
 * `pathNames` are the endpoint's path input names (`pathInputNames`), worked out once per method.
 */
export function callNamed(
  core: SaymonCore,
  endpoint: AnyEndpoint,
  input: Readonly<Record<string, unknown>> = {},
  options: CallOptions = {},
  pathNames: readonly string[] = pathInputNames(endpoint),
): Promise<unknown> {
  const path: Record<string, unknown> = {};
  const unknown: string[] = [];
  for (const key of Object.keys(input)) {
    if (pathNames.includes(key)) path[key] = input[key];
    else if (!INPUT_KEYS.has(key)) unknown.push(key);
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
  const { query, body, extraQuery, extraBody } = input as Pick<DynamicCallInput, keyof ExtraInput | 'query' | 'body'>;
  return callDynamic(core, endpoint, { ...options, path, query, body, extraQuery, extraBody });
}

function namedMethod(core: SaymonCore, endpoint: AnyEndpoint) {
  const pathNames = pathInputNames(endpoint);
  return (input?: Readonly<Record<string, unknown>>, options?: CallOptions) =>
    callNamed(core, endpoint, input, options, pathNames);
}

/**
 * Creates a client with a typed method for every SAYMON endpoint, grouped as in the registry:
 * `client.objects.get({ id })`, `client.incidents.acknowledge({ id })`.
 */
export function createClient(options: CoreOptions): SaymonClient {
  const core = createCore(options);
  const session = () => sessionControlOf(core.auth);
  const extend = (overrides: ClientOverrides): SaymonClient => {
    const base = coreOptionsOf(core) ?? options;
    const headers = base.headers || overrides.headers ? { ...base.headers, ...overrides.headers } : undefined;
    return createClient({ ...base, ...overrides, ...(headers ? { headers } : {}) });
  };
  const base = {
    core,
    call: async (ref: EndpointRef, input?: unknown) => {
      const endpoint = resolveEndpoint(ref);
      // the input's type was checked against the endpoint at the call site (InputFor)
      if (endpoint) return callDynamic(core, endpoint, input as DynamicCallInput | undefined);
      return callRoute(core, ref as { method: HttpMethod; path: string }, input as RouteCallInput);
    },
    login: async () => {
      const control = session();
      if (!control)
        throw new SaymonSessionError({
          reason: 'not-session-auth',
          message: `login() needs session auth; this client uses ${core.options.auth.type}`,
        });
      return control.login(core.transport.authContext);
    },
    session: async () => session()?.current(core.transport.authContext),
    logout: () => core.auth.logout?.(core.transport.authContext) ?? Promise.resolve(),
    extend,
    withAuth: (auth: AuthOptions) => extend({ auth }),
  };
  const groups: Record<string, Record<string, ReturnType<typeof namedMethod>>> = {};
  for (const endpoint of endpoints) {
    const [group, verb] = endpoint.id.split('.') as [string, string];
    groups[group] ??= {};
    groups[group][verb] = namedMethod(core, endpoint);
  }
  // the one cast: the groups are built from the registry at run time and `call` answers what the
  // endpoint's schema checked; `EndpointGroups` and `OutputFor` are their static types (generated
  // from the same registry, proven by the client's type tests)
  return Object.assign(groups, base) as unknown as SaymonClient;
}
