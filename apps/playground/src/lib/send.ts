/**
 * Sends a call through `@saymon-sdk/browser` to the chosen target and keeps what went over the
 * wire (status, headers, body, timing) for the response view. Every URL and header kept here has
 * passed the SDK's redactor. Every request the client makes passes the gate (`gate.ts`) first.
 */
import {
  createClient,
  isSaymonApiError,
  isSaymonError,
  isSaymonResponseValidationError,
  isSaymonValidationError,
  type SaymonClient,
  type ValidationIssue,
} from '@saymon-sdk/browser';
import { createRedactor } from '@saymon-sdk/core/adapter';
import { gatedFetch, network, refusalIn } from './gate.ts';
import { PROXY_FAILURE_HEADER } from './proxy-failure.ts';
import { placeholdersIn } from './redact.ts';
import type { Endpoint } from './registry.ts';
import { type CallInput, sdkInput } from './wire.ts';

export type AuthSettings =
  | { type: 'basic'; login: string; password: string }
  | { type: 'session'; login: string; password: string }
  | { type: 'token'; token: string }
  | { type: 'none' };

export interface Target {
  kind: 'tab' | 'local' | 'real';
  /** The URL the SDK is given (a path on the page's origin for the tab and the proxies). */
  url: string;
  /** The server snippets talk to (`http://127.0.0.1:8080`). */
  server: string;
  fetch?: typeof globalThis.fetch;
}

export interface Exchange {
  method: string;
  url: string;
  status: number;
  statusText: string;
  headers: [string, string][];
  body: Uint8Array;
  contentType: string;
  durationMs: number;
}

export type Outcome =
  /** The gate refused the call: nothing was sent. */
  | { kind: 'blocked'; message: string }
  | { kind: 'invalid'; message: string; issues: ValidationIssue[] }
  | {
      kind: 'sent';
      /** What was fetched when it is not the endpoint on screen (a document's file). */
      label?: string;
      exchange?: Exchange;
      /** Exchanges the SDK made first (a session login). */
      before: number;
      verdict: { kind: 'conforms' } | { kind: 'violations'; issues: ValidationIssue[] } | { kind: 'none' };
      value?: unknown;
      error?: { name: string; message: string; status?: number };
      /** The playground's own proxy answered (it could not reach the server): SAYMON never did. */
      proxy?: boolean;
    };

function proxyMessage(exchange: Exchange): string {
  try {
    const body = JSON.parse(new TextDecoder().decode(exchange.body)) as { message?: unknown };
    if (typeof body.message === 'string') return `${body.message} SAYMON did not answer.`;
  } catch {}
  return 'The playground proxy could not reach the server. SAYMON did not answer.';
}

export function secretsOf(auth: AuthSettings): string[] {
  switch (auth.type) {
    case 'basic':
    case 'session':
      return [auth.password, btoa(`${auth.login}:${auth.password}`)].filter((s) => s.length >= 3);
    case 'token':
      return [auth.token];
    case 'none':
      return [];
  }
}

/** One client per target and credentials, so a session logs in once and is reused. */
export class Caller {
  private client: SaymonClient | undefined;
  private key = '';
  private log: Exchange[] | undefined;

  constructor(
    private target: Target,
    private auth: AuthSettings,
    /** The read-only switch (real targets): read by the gate at each request. */
    private readOnly = true,
  ) {}

  configure(target: Target, auth: AuthSettings, readOnly: boolean) {
    const key = JSON.stringify([target.kind, target.url, auth]);
    if (key !== this.key) {
      this.client = undefined;
      this.key = key;
    }
    this.target = target;
    this.auth = auth;
    this.readOnly = readOnly;
  }

  private redactor() {
    const auth = this.auth;
    return createRedactor({ secrets: () => secretsOf(auth) });
  }

  private build(): SaymonClient {
    const base = this.target.fetch ?? network;
    const redact = this.redactor();
    const recording: typeof globalThis.fetch = async (input, init) => {
      const started = performance.now();
      const request = new Request(input, init);
      const response = await base(request);
      const body = new Uint8Array(await response.clone().arrayBuffer());
      const headers: [string, string][] = [];
      const safe = redact.headers(response.headers);
      for (const [name, value] of Object.entries(safe)) headers.push([name, value]);
      this.log?.push({
        method: request.method,
        url: redact.url(request.url),
        status: response.status,
        statusText: response.statusText,
        headers,
        body,
        contentType: response.headers.get('content-type') ?? '',
        durationMs: performance.now() - started,
      });
      return response;
    };
    const auth = this.auth.type === 'none' ? undefined : this.auth;
    const { kind, url } = this.target;
    const gate = {
      kind,
      url,
      readOnly: () => this.readOnly,
      proxySession: () => this.auth.type === 'session',
    };
    return createClient({
      url,
      ...(auth ? { auth } : {}),
      fetch: gatedFetch(gate, recording),
      retry: 0,
      responseValidation: 'strict',
    } as Parameters<typeof createClient>[0]);
  }

  private current(): SaymonClient {
    this.client ??= this.build();
    return this.client;
  }

  async send(endpoint: Endpoint, input: CallInput): Promise<Outcome> {
    // a request restored from history or a link never sends the redaction marker: it asks for the value
    const missing = placeholdersIn(input);
    if (missing.length)
      return {
        kind: 'invalid',
        message: `Not sent: ${missing.map((i) => i.path.join('.')).join(', ')} ${missing.length === 1 ? 'was' : 'were'} not kept in history or the link; type ${missing.length === 1 ? 'it' : 'them'} again.`,
        issues: missing,
      };
    const client = this.current();
    return this.recorded(() => client.call(endpoint.id as never, sdkInput(input) as never));
  }

  /**
   * "Create a token and use it" (the documented flow): the current user, then a token for them.
   * Through the gate like every call: read-only refuses it on a real target.
   */
  async createToken(): Promise<{ kind: 'created'; token: string; who: string } | { kind: 'failed'; message: string }> {
    const client = this.current();
    try {
      const me = await client.users.current();
      const token = await client.authTokens.create({ id: me.id });
      return { kind: 'created', token, who: String(me.login ?? me.id) };
    } catch (error) {
      return { kind: 'failed', message: this.describe(error) };
    }
  }

  /** Ends the session (a session's logout passes the gate in every mode). */
  async logout(): Promise<{ kind: 'done' } | { kind: 'failed'; message: string }> {
    try {
      await this.current().logout();
      return { kind: 'done' };
    } catch (error) {
      return { kind: 'failed', message: this.describe(error) };
    }
  }

  /** An error's message for the page: the gate's refusal as it is, others redacted. */
  private describe(error: unknown): string {
    const refused = refusalIn(error);
    if (refused) return refused.message;
    return this.redactor().text(error instanceof Error ? error.message : String(error));
  }

  /**
   * Fetches a file the server serves outside the API (a document's `/node-resources/docs/...`
   * path) with the client's credentials, as the Node adapter's `downloadDocument` does.
   */
  async download(path: string): Promise<Outcome> {
    const client = this.current();
    const outcome = await this.recorded(async () => {
      const response = await client.core.transport.send({ method: 'GET', path, read: 'stream' });
      await response.arrayBuffer();
      return undefined;
    });
    // a file has no schema to conform to
    return outcome.kind === 'sent' ? { ...outcome, label: `GET ${path}`, verdict: { kind: 'none' } } : outcome;
  }

  /** Runs a call while recording its exchanges, and describes how it went. */
  private async recorded(run: () => Promise<unknown>): Promise<Outcome> {
    const log: Exchange[] = [];
    this.log = log;
    let value: unknown;
    let error: unknown;
    try {
      value = await run();
    } catch (caught) {
      error = caught;
    } finally {
      this.log = undefined;
    }
    if (isSaymonValidationError(error)) return { kind: 'invalid', message: error.message, issues: [...error.issues] };
    const refused = refusalIn(error);
    if (refused) return { kind: 'blocked', message: refused.message };
    const exchange = log.at(-1);
    const verdict: Extract<Outcome, { kind: 'sent' }>['verdict'] = isSaymonResponseValidationError(error)
      ? { kind: 'violations', issues: [...error.issues] }
      : exchange && exchange.status < 300 && !error
        ? { kind: 'conforms' }
        : { kind: 'none' };
    const outcome: Outcome = { kind: 'sent', exchange, before: Math.max(0, log.length - 1), verdict };
    const proxyFailure = exchange?.headers.find(([name]) => name === PROXY_FAILURE_HEADER);
    if (exchange && proxyFailure) {
      outcome.proxy = true;
      outcome.error = { name: 'ProxyError', message: this.redactor().text(proxyMessage(exchange)) };
      return outcome;
    }
    if (!error) {
      outcome.value = value instanceof Response ? undefined : value;
    } else if (!isSaymonResponseValidationError(error)) {
      const redact = this.redactor();
      outcome.error = {
        name: isSaymonError(error) ? (error as Error).name : 'Error',
        message: redact.text(error instanceof Error ? error.message : String(error)),
        ...(isSaymonApiError(error) ? { status: error.status } : {}),
      };
    }
    return outcome;
  }
}
