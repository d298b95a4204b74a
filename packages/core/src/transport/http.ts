/**
 * The transport: one call through its stages, each in its own file. URL and query, headers
 * (`request.ts`); auth (`authorize.ts`); limits and body (`limits.ts`, `outgoing-body.ts`); ky with
 * the retry settings (`retry.ts`) and the request hooks (`ky-hooks.ts`); the answer read within
 * bounds (`guarded-fetch.ts`, `read-answer.ts`); failures as the SDK's errors (`to-error.ts`).
 * A 401 lets the auth strategy refresh its credentials and the call go once more.
 */
import ky, { type Options } from 'ky';
import { secretsOf } from '../auth/secrets.ts';
import type { AuthContext } from '../auth/types.ts';
import { type RequestInfo, SaymonApiError, SaymonError } from '../errors.ts';
import { createRedactor, type Redactor } from '../redact.ts';
import { authorizeRequest } from './authorize.ts';
import { guardedFetch } from './guarded-fetch.ts';
import { type HookLists, hookLists } from './hooks.ts';
import { kyHooksFor, watchesRequests } from './ky-hooks.ts';
import { callLimits, tooLargeError } from './limits.ts';
import type { RequestLogInfo } from './options.ts';
import { kyCarriesBody } from './outgoing-body.ts';
import { callHeaders, callUrl, clientHeaders, headerSecrets } from './request.ts';
import { retryPolicy, withDeadline } from './retry.ts';
import { type FailureContext, toSaymonError } from './to-error.ts';
import type { OutgoingCall, Transport, TransportOptions } from './types.ts';

export { DEFAULT_TIMEOUT } from './limits.ts';
export type { OutgoingCall, Transport, TransportOptions } from './types.ts';

const STAMP = Symbol('auth stamp');

/** What every call of one client shares, built once when the client is created. */
interface ClientState {
  options: TransportOptions;
  redactor: Redactor;
  /** The client's redactor with more secrets (a call's own). */
  redactorWith(secrets: readonly string[]): Redactor;
  configuredSecrets: readonly string[];
  hooks: HookLists;
  /** Whether ky gets request hooks at all. */
  watched: boolean;
  baseFetch: typeof globalThis.fetch;
  customFetch: boolean;
  /** The headers every call copies. */
  baseHeaders: Headers;
  retryFor: ReturnType<typeof retryPolicy>;
  authContext: AuthContext;
}

function clientState(options: TransportOptions): ClientState {
  const redactorWith = (secrets: readonly string[]) =>
    createRedactor(
      { secrets: () => secretsOf(options.auth), secretParams: () => options.auth.secretParams?.() ?? [] },
      () => secrets,
    );
  // values of credential headers the caller configured are secrets too
  const configuredSecrets = headerSecrets(options.headers);
  const hooks = hookLists(options.hooks);
  const state: ClientState = {
    options,
    redactor: redactorWith(configuredSecrets),
    redactorWith,
    configuredSecrets,
    hooks,
    watched: watchesRequests(hooks),
    baseFetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    customFetch: options.fetch !== undefined,
    baseHeaders: clientHeaders(options.headers),
    retryFor: retryPolicy(options.retry),
    authContext: {
      async send(method, path, init = {}) {
        const json = init.json === undefined ? undefined : JSON.stringify(init.json);
        const contentType = json === undefined ? undefined : 'application/json';
        const call = { method, path, body: json, contentType, headers: init.headers, retry: 0 };
        const { response } = await sendOnce(state, call, false);
        return response as Response;
      },
    },
  };
  return state;
}

/** One attempt of a call (ky's retries included), without the 401 refresh. */
async function sendOnce(
  client: ClientState,
  call: OutgoingCall,
  attemptAuth: boolean,
): Promise<{ response?: Response; stamp: unknown }> {
  const { options, customFetch, baseFetch } = client;
  const startedAt = performance.now();
  const url = callUrl(options.baseUrl, call);
  const { headers, secrets } = callHeaders(client.baseHeaders, call);
  const auth = { method: call.method, url, headers };
  const stamp = attemptAuth
    ? await authorizeRequest(options.auth, auth, client.authContext, call.endpointId)
    : undefined;
  // this call's own secrets (credential headers, marked path parameters, secret fields) join the client's
  const redact = secrets.length ? client.redactorWith([...client.configuredSecrets, ...secrets]) : client.redactor;
  const requestInfo = (): RequestInfo => ({ method: call.method, url: redact.url(url), endpointId: call.endpointId });
  const limits = callLimits(call, options);
  const { timeout } = limits;
  const failure: FailureContext = { requestInfo, timeout, signal: call.signal, redact };
  const tooLarge = tooLargeError(requestInfo);
  try {
    // only the options that differ from ky's defaults: ky merges every key it is given
    const kyOptions: Options = {
      method: call.method,
      headers,
      timeout,
      totalTimeout: timeout,
      redirect: 'manual',
      retry: withDeadline(client.retryFor(call, timeout), timeout === false ? undefined : startedAt + timeout),
      fetch: guardedFetch({ baseFetch, customFetch, call, url, limits, startedAt, failure, tooLarge }),
    };
    if (kyCarriesBody(call.body, customFetch)) kyOptions.body = call.body;
    if (call.signal) kyOptions.signal = call.signal;
    if (client.watched) {
      const info = (): RequestLogInfo => ({
        method: call.method,
        url: redact.url(url),
        endpointId: call.endpointId,
        headers: redact.headers(headers),
      });
      kyOptions.hooks = kyHooksFor(client.hooks, info, (error) =>
        toSaymonError(error, { ...failure, signal: undefined }),
      );
    }
    return { response: await ky(url, kyOptions), stamp };
  } catch (error) {
    const converted = await toSaymonError(error, failure);
    // the stamp says which credentials failed (an opaque counter, never a secret)
    if (converted instanceof SaymonApiError) Object.defineProperty(converted, STAMP, { value: stamp });
    throw converted;
  }
}

/** Runs the error hooks (`onError`, then `beforeError`) and returns the error to throw. */
async function fail(hooks: HookLists, error: unknown): Promise<unknown> {
  if (!(error instanceof SaymonError)) return error;
  for (const hook of hooks.onError) await hook(error);
  let final: unknown = error;
  for (const hook of hooks.beforeError) {
    const replacement = await hook(final as Error);
    if (replacement instanceof Error) final = replacement;
  }
  return final;
}

/** A call; a 401 lets the auth strategy refresh its credentials, and the call goes once more. */
async function send(client: ClientState, call: OutgoingCall): Promise<Response> {
  const { auth } = client.options;
  const useAuth = call.authenticate !== false;
  try {
    const first = await sendOnce(client, call, useAuth).catch(async (error: unknown) => {
      if (useAuth && error instanceof SaymonApiError && error.status === 401 && auth.refresh) {
        const stamp = (error as SaymonApiError & { [STAMP]?: unknown })[STAMP];
        if (await auth.refresh(error, client.authContext, stamp)) return sendOnce(client, call, useAuth);
      }
      throw error;
    });
    return first.response as Response;
  } catch (error) {
    throw await fail(client.hooks, error);
  }
}

export function createTransport(options: TransportOptions): Transport {
  const client = clientState(options);
  return {
    send: (call) => send(client, call),
    fail: (error) => fail(client.hooks, error),
    authContext: client.authContext,
    redactor: client.redactor,
  };
}
