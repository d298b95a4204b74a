import type * as z from 'zod/mini';
import type { Known } from '../schema/known.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Where an endpoint's definition comes from. */
export type Provenance =
  /** A SAYMON documentation page shows it. */
  | 'documented'
  /** No doc page was found, but public programs that talk to real servers call it. */
  | 'real-client'
  /** Not in the stored docs; method and path follow documented siblings. */
  | 'inferred';

/** Where an endpoint's permission expression comes from (see `EndpointMeta.permissionsSource`). */
export type PermissionsSource = 'documented' | 'sibling' | 'open';

/**
 * What a call does to the server's data.
 * - `read`: changes nothing anyone else sees (a GET, or a search, history read or preview sent as
 *   POST/PATCH because its criteria do not fit a URL);
 * - `write`: creates or changes records (create, update, set, run, acknowledge, log in);
 * - `destructive`: removes records or data that no other call brings back (delete, revoke,
 *   clear-and-remove, a bulk change of every matching object).
 */
export type Effect = 'read' | 'write' | 'destructive';

/**
 * The effect and idempotence an endpoint has unless it says otherwise: GET reads; DELETE destroys;
 * POST, PUT and PATCH write. GET, PUT, PATCH (SAYMON's PATCH sets the fields it is given, so sending
 * it twice leaves the same record) and DELETE are idempotent, POST is not. Every endpoint that
 * differs says so in its definition (`effect`, `idempotent`): the POST reads are listed in
 * `registry/effects.test.ts`.
 */
export function defaultMarks(method: HttpMethod): { effect: Effect; idempotent: boolean } {
  if (method === 'GET') return { effect: 'read', idempotent: true };
  if (method === 'DELETE') return { effect: 'destructive', idempotent: true };
  return { effect: 'write', idempotent: method !== 'POST' };
}

/** How the request body is encoded. */
export type BodyKind = 'none' | 'json' | 'text' | 'multipart' | 'binary';

/**
 * How the response body is read.
 * - `json`: parsed JSON (an empty body yields `undefined`);
 * - `text`: a string; a JSON string literal (`"abc"`, as SAYMON returns tokens) is unquoted;
 * - `empty`: the body is ignored and the call resolves to `undefined`;
 * - `binary`: the `Response` itself, for the caller to stream or read (`arrayBuffer()`, `body`).
 */
export type ResponseKind = 'json' | 'text' | 'empty' | 'binary';

type Schema = z.core.$ZodType;

/** The schemas of one endpoint. They are built lazily, the first time the endpoint is used. */
export interface EndpointSchemas {
  /** Path parameters, keyed by the names in the path template. */
  path?: Schema;
  /** Query parameters. Arrays are sent as repeated parameters. */
  query?: Schema;
  /** The request body (JSON value, text, or `FormData` for multipart). */
  body?: Schema;
  /**
   * The response body (for `json` and `text` responses). For an `empty` endpoint it may describe
   * the record as it reads afterwards (the docs show it); the call itself resolves to `undefined`.
   */
  response?: Schema;
  /**
   * For endpoints whose `fields` query selects fields of a record (`objects.get`, `objects.list`,
   * ...): the full record. With `fields`, the answer is checked against it with every field
   * optional, and typed as the selected fields (see `SelectedOf`).
   */
  fields?: Schema;
}

export interface EndpointMeta<
  Id extends string = string,
  M extends HttpMethod = HttpMethod,
  RK extends ResponseKind = ResponseKind,
> {
  /** Stable identifier, `<group>.<verb>`: the client method is `client.<group>.<verb>()`. */
  readonly id: Id;
  /** SAYMON's documentation section. */
  readonly section: string;
  /** SAYMON's title for the method. */
  readonly title: string;
  readonly method: M;
  /**
   * The path template as SAYMON writes it (`/node/api/objects/:id`), spelt one way per path: where
   * SAYMON's pages name one path's parameters two ways (`/classes/:classId/props/:propId` beside
   * `/classes/:class_id/props/:prop_id`), every method of it takes the names of its siblings.
   */
  readonly path: string;
  /** SAYMON's permission expression (`objectPermissions & (modify-objects | manage-objects)`); empty when none. */
  readonly permissions: string;
  /**
   * Where `permissions` comes from. Absent or `documented`: the method page's own expression
   * (empty when the page names none). `sibling`: the docs name no right for this call, which
   * changes data, so it takes the right of its documented sibling (the same change elsewhere, e.g.
   * `links.delete` from `objects.delete`, `tags.*` from the objects they label); where the page
   * names only visibility (`linkPermissions`), its text stays first: `linkPermissions & (…)`.
   * `open`: a non-GET call that needs no right beyond `permissions` on purpose, because it changes
   * nothing other users see (a read or search sent as POST, a preview, the caller's own logout or
   * favourites).
   */
  readonly permissionsSource?: PermissionsSource;
  readonly provenance: Provenance;
  /** What the call does to the server's data; absent: `defaultMarks(method).effect`. */
  readonly effect?: Effect;
  /**
   * Whether sending the call twice leaves the server as sending it once; absent:
   * `defaultMarks(method).idempotent`.
   */
  readonly idempotent?: boolean;
  readonly bodyKind: BodyKind;
  readonly responseKind: RK;
  /** False for calls that need no credentials (version hash, metric-token reads, sign-up). */
  readonly auth?: boolean;
  /**
   * True where the call also takes a file upload: a `FormData` body (the file in its `file`
   * field) is sent as multipart/form-data instead of the JSON body the schema describes.
   */
  readonly upload?: boolean;
}

export interface EndpointDefinition<
  Id extends string = string,
  M extends HttpMethod = HttpMethod,
  S extends EndpointSchemas = EndpointSchemas,
  RK extends ResponseKind = ResponseKind,
> extends EndpointMeta<Id, M, RK> {
  /** What the call does to the server's data (its own mark, or the default of its method). */
  readonly effect: Effect;
  /** Whether sending it twice leaves the server as sending it once (its own mark, or the default). */
  readonly idempotent: boolean;
  /** The endpoint's schemas; built on first call and then cached. */
  readonly schemas: () => S;
}

/**
 * Defines one endpoint. The schemas are passed as a function so that importing the registry
 * builds nothing: each endpoint pays for its schemas the first time it is used, and a bundler
 * drops the schemas of endpoints an app never imports.
 *
 * `auth: false` keeps its literal type, so that a server built on the registry (the emulator) can
 * type the caller as possibly absent on exactly the endpoints that need no credentials.
 */
/* @__NO_SIDE_EFFECTS__ */
export function defineEndpoint<
  const Id extends string,
  const M extends HttpMethod,
  S extends EndpointSchemas,
  const RK extends ResponseKind,
  const U extends boolean = false,
  const A extends boolean = boolean,
>(
  definition: EndpointMeta<Id, M, RK> & { upload?: U; schemas: () => S; auth?: A },
): EndpointDefinition<Id, M, S, RK> & { readonly upload?: U; readonly auth?: A } {
  let built: S | undefined;
  const schemas = definition.schemas;
  return Object.freeze({
    ...definition,
    effect: definition.effect ?? defaultMarks(definition.method).effect,
    idempotent: definition.idempotent ?? defaultMarks(definition.method).idempotent,
    schemas: () => {
      built ??= schemas();
      return built;
    },
  });
}

export type AnyEndpoint = EndpointDefinition<string, HttpMethod, EndpointSchemas, ResponseKind>;

type In<T> = T extends Schema ? z.input<T> : never;
type Out<T> = T extends Schema ? z.output<T> : never;
type SchemasOf<E> = E extends EndpointDefinition<string, HttpMethod, infer S, ResponseKind> ? S : never;

/** The path parameters an endpoint takes. */
export type PathParamsOf<E> = SchemasOf<E> extends { path: infer P } ? In<P> : {};
/** The record an endpoint's `fields` query selects from (`never` for endpoints without one). */
export type FieldsModelOf<E> = SchemasOf<E> extends { fields: infer M } ? Known<Out<M>> : never;
/** The field names `fields` can list (`never` for endpoints without field selection). */
export type FieldName<E> = Extract<keyof FieldsModelOf<E>, string>;
/** Whether the endpoint's `fields` query selects record fields (typed answer per selection). */
export type SelectsFields<E> = [FieldsModelOf<E>] extends [never] ? false : true;

type BaseQuery<E> = SchemasOf<E> extends { query: infer Q } ? Known<In<Q>> : undefined;
type WithFields<Q, F> = Q extends object ? { [K in keyof Q]: K extends 'fields' ? F : Q[K] } : Q;
/**
 * The query parameters an endpoint takes (no index signature: see `extraQuery` for others). Where
 * `fields` selects record fields it takes a list of the record's field names.
 */
export type QueryOf<E, F extends readonly string[] = readonly FieldName<E>[]> =
  SelectsFields<E> extends true ? WithFields<BaseQuery<E>, F> : BaseQuery<E>;
/**
 * The request body an endpoint takes (no index signature: see `extraBody` for other fields); a
 * `FormData` too where the endpoint also takes a file upload (`upload: true`).
 */
export type BodyOf<E> =
  SchemasOf<E> extends { body: infer B }
    ? Known<In<B>> | (E extends { readonly upload?: true } ? FormData : never)
    : undefined;
/** What a call of the endpoint resolves to (no index signature: see `rawFields` for unknown fields). */
export type ResponseOf<E> = E extends { responseKind: 'empty' }
  ? undefined
  : E extends { responseKind: 'binary' }
    ? Response
    : SchemasOf<E> extends { response: infer R }
      ? Known<Out<R>>
      : E extends { responseKind: 'text' }
        ? string
        : unknown;

/**
 * The answer when `fields` lists `F`: the selected fields (and `id`) of the record, with the
 * record's own optional flags; a list answer is a list of them. Without `F`, `ResponseOf<E>`.
 */
export type SelectedOf<E, F> =
  SelectsFields<E> extends false
    ? ResponseOf<E>
    : readonly FieldName<E>[] extends F
      ? ResponseOf<E>
      : F extends readonly string[]
        ? ResponseOf<E> extends readonly unknown[]
          ? Pick<FieldsModelOf<E>, Extract<F[number] | 'id', keyof FieldsModelOf<E>>>[]
          : Pick<FieldsModelOf<E>, Extract<F[number] | 'id', keyof FieldsModelOf<E>>>
        : ResponseOf<E>;
