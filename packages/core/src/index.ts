/**
 * @saymon-sdk/core — the typed SAYMON REST API client core: one endpoint registry, pluggable auth,
 * a ky-based transport and typed errors. Runtime-agnostic; `@saymon-sdk/node` adds the Node.js
 * extras (TLS, proxy, environment, documents).
 *
 * This entry holds what applications call and the types they name; what adapters and tools built
 * on the SDK need (strategy factories, redaction, the router, URL and validation plumbing) is in
 * `@saymon-sdk/core/adapter`. `index.test.ts` pins the list.
 */
export type { EstablishedSession } from './auth/secrets.ts';
export type {
  AuthContext,
  AuthOptions,
  AuthStrategy,
  BasicAuthOptions,
  OutgoingRequest,
  SessionLoginOptions,
  SessionReuseOptions,
  TokenAuthOptions,
} from './auth/types.ts';
export { type CallInput, call, type ExtraInput, type QueryValue } from './client/call.ts';
export { type CoreOptions, type CoreSettings, createCore, type SaymonCore } from './client/core.ts';
export {
  type ClientOverrides,
  createClient,
  type EndpointRef,
  type SaymonClient,
  type SaymonClientBase,
} from './client/create-client.ts';
export type { EndpointMethod, MethodInput } from './client/method-types.ts';
export type * from './client/methods.gen.ts';
export type { RouteCallInput } from './client/route-call.ts';
export {
  type AnyEndpoint,
  type BodyKind,
  type BodyOf,
  defineEndpoint,
  type EndpointDefinition,
  type EndpointMeta,
  type EndpointSchemas,
  type FieldName,
  type FieldsModelOf,
  type HttpMethod,
  type PathParamsOf,
  type PermissionsSource,
  type Provenance,
  type QueryOf,
  type ResponseKind,
  type ResponseOf,
  type SelectedOf,
  type SelectsFields,
} from './contract/define.ts';
export { type PathParam, pathParams } from './contract/path-params.ts';
export {
  type RequestInfo,
  SaymonApiError,
  SaymonError,
  SaymonNetworkError,
  SaymonRedirectError,
  SaymonResponseFormatError,
  SaymonResponseTooLargeError,
  SaymonResponseValidationError,
  SaymonSessionError,
  SaymonTimeoutError,
  SaymonValidationError,
  type SessionErrorReason,
  type ValidationIssue,
} from './errors.ts';
export {
  isSaymonApiError,
  isSaymonError,
  isSaymonNetworkError,
  isSaymonResponseValidationError,
  isSaymonSessionError,
  isSaymonTimeoutError,
  isSaymonValidationError,
} from './guards.ts';
export * from './helpers/index.ts';
export * from './models/index.ts';
export {
  type EndpointById,
  type EndpointId,
  endpoints,
  findEndpoint,
  getEndpoint,
  type RegisteredEndpoint,
  type Registry,
} from './registry/registry.ts';
export type { Known } from './schema/known.ts';
export { rawFields } from './schema/raw-fields.ts';
export { DEFAULT_MAX_RESPONSE_BYTES } from './transport/body.ts';
export { mergeHooks } from './transport/hooks.ts';
export { DEFAULT_TIMEOUT } from './transport/http.ts';
export type {
  AfterResponseHook,
  BeforeErrorHook,
  BeforeRequestHook,
  BeforeRetryHook,
  CallOptions,
  Hooks,
  Logger,
  OnErrorHook,
  OneOrMany,
  RequestLogInfo,
  RetryOptions,
} from './transport/options.ts';
export type { ResponseValidationMode } from './validation/response.ts';
