/**
 * The transport: one call through its stages, each in its own file. URL and query, headers
 * (`request.ts`); auth (`authorize.ts`); limits and body (`limits.ts`, `outgoing-body.ts`); the
 * request hooks (`ky-hooks.ts`, loaded when a client has some); the client's ky instance with the
 * retry settings (`retry.ts`), a first attempt without ky's retry (`replay.ts`); the answer read
 * within bounds by the instance's fetch
 * (`client-fetch.ts`, `read-answer.ts`); failures as the SDK's errors (`to-error.ts`). A 401 lets
 * the auth strategy refresh its credentials and the call go once more.
 */
import ky, { type KyInstance, type Options } from 'ky';
import { secretsOf } from '../auth/secrets.ts';
import type { AuthContext } from '../auth/types.ts';
import { type RequestInfo, SaymonApiError, SaymonError } from '../errors.ts';
import { createRedactor, type Redactor } from '../redact.ts';
import { authorizeRequest } from './authorize.ts';
import { type CallState, type CarriesCall, clientFetch } from './client-fetch.ts';
import { MAX_TIMER } from './deadline.ts';
import { type HookLists, hookLists, watchesRequests } from './hooks.ts';
import { callLimits } from './limits.ts';
import type { RequestLogInfo } from './options.ts';
import { goesBeside, resendable } from './outgoing-body.ts';
import { sendReplaying } from './replay.ts';
import { callHeaders, callUrl, clientHeaders, headerSecrets } from './request.ts';
import { type KyRetry, retryPolicy, withDeadline } from './retry.ts';
import { type FailureContext, toSaymonError } from './to-error.ts';
import type { OutgoingCall, Transport, TransportOptions } from './types.ts';

export { DEFAULT_TIMEOUT } from './limits.ts';
export type { OutgoingCall, Transport, TransportOptions } from './types.ts';

const STAMP = Symbol('auth stamp');

/** ky's hooks for the SDK's request hooks, loaded by the first call of a client that has some. */
let kyHooks: typeof import('./ky-hooks.ts') | undefined;

/** What every call of one client shares, built once when the client is created. */
interface ClientState {
  options: TransportOptions;
  redactor: Redactor;
  /** The client's redactor with more secrets (a call's own). */
  redactorWith(secrets: readonly string[]): Redactor;
  configuredSecrets: readonly string[];
  hooks: HookLists;
  /** Whether the client has request hooks at all. */
  watched: boolean;
  /** The client's ky instance; its fetch reads each call's state from the call's options. */
  http: KyInstance;
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
    http: ky.create({
      redirect: 'manual',
      fetch: clientFetch(options.fetch ?? ((input, init) => globalThis.fetch(input, init))),
    }),
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

/** A call (its attempts included), without the 401 refresh. */
async function sendOnce(
  client: ClientState,
  call: OutgoingCall,
  attemptAuth: boolean,
): Promise<{ response?: Response; stamp: unknown }> {
  const { options } = client;
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
  // ky's hooks see (and `setHeader` changes) ky's Request: a client with hooks sends it as it is
  const beside = !client.watched && goesBeside(call.body, !!options.fetch);
  const state: CallState = { call, url, headers, beside, limits, startedAt, failure };
  try {
    const retry = client.retryFor(call, timeout);
    const retried = retry !== 0 && retry.limit !== 0;
    const deadline = timeout === false ? undefined : startedAt + timeout;
    // a call ky may retry goes first without ky's retry (`replay.ts`), unless hooks watch its attempts
    const replays = retried && !client.watched && resendable(call.body);
    // one attempt sent beside ky's Request: the client's fetch keeps its timeout (`deadline.ts`)
    if (beside && (replays || !retried) && timeout !== false && timeout <= MAX_TIMER) state.timer = timeout;
    const sent = kyOptions(call, state, replays || !retried ? 0 : withDeadline(retry, deadline));
    if (replays) return { response: await sendReplaying(client.http, url, sent, retry, deadline), stamp };
    if (client.watched) {
      // a failed load (a chunk the network lost) fails the call as a network error, before it is sent
      kyHooks ??= await import('./ky-hooks.ts');
      const info = (): RequestLogInfo => ({
        ...requestInfo(),
        endpointId: call.endpointId,
        headers: redact.headers(headers),
      });
      sent.hooks = kyHooks.kyHooksFor(client.hooks, info, (error) =>
        toSaymonError(error, { ...failure, signal: undefined }),
      );
    }
    return { response: await client.http(url, sent), stamp };
  } catch (error) {
    const converted = await toSaymonError(error, failure);
    // the stamp says which credentials failed (an opaque counter, never a secret)
    if (converted instanceof SaymonApiError) Object.defineProperty(converted, STAMP, { value: stamp });
    throw converted;
  }
}

/** ky's options for one call: only what differs from the client instance's (ky merges every key). */
function kyOptions(call: OutgoingCall, state: CallState, retry: KyRetry | 0): Options & CarriesCall {
  const { timeout } = state.limits;
  const options: Options & CarriesCall = {
    method: call.method,
    timeout: state.timer === undefined ? timeout : false,
    retry,
    saymonCall: state,
  };
  // one attempt needs no total timeout (ky's default: none): its own timeout is the call's
  if (retry !== 0) options.totalTimeout = timeout;
  if (!state.beside) {
    options.headers = state.headers;
    if (call.body !== undefined) options.body = call.body;
  }
  if (call.signal) options.signal = call.signal;
  return options;
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
