/**
 * Sends a call through `@saymon-sdk/browser` to the chosen target and keeps what went over the
 * wire (status, headers, body, timing) for the response view. Every URL and header kept here has
 * passed the SDK's redactor.
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
import { type Endpoint, isMutating } from './registry.ts';
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
    };

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
  ) {}

  configure(target: Target, auth: AuthSettings) {
    const key = JSON.stringify([target.kind, target.url, auth]);
    if (key !== this.key) {
      this.client = undefined;
      this.key = key;
    }
    this.target = target;
    this.auth = auth;
  }

  private redactor() {
    const auth = this.auth;
    return createRedactor({ secrets: () => secretsOf(auth) });
  }

  private build(): SaymonClient {
    const base = this.target.fetch ?? ((input: RequestInfo | URL, init?: RequestInit) => globalThis.fetch(input, init));
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
    return createClient({
      url: this.target.url,
      ...(auth ? { auth } : {}),
      fetch: recording,
      retry: 0,
      responseValidation: 'strict',
    } as Parameters<typeof createClient>[0]);
  }

  current(): SaymonClient {
    this.client ??= this.build();
    return this.client;
  }

  async send(endpoint: Endpoint, input: CallInput, readOnly: boolean): Promise<Outcome> {
    if (readOnly && this.target.kind === 'real' && isMutating(endpoint)) {
      return {
        kind: 'blocked',
        message: `Read-only: ${endpoint.method} ${endpoint.path} would change data on the real server. Turn the read-only switch off to send it.`,
      };
    }
    const client = this.current();
    return this.recorded(() => client.call(endpoint.id as never, sdkInput(input) as never));
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
    const exchange = log.at(-1);
    const verdict: Extract<Outcome, { kind: 'sent' }>['verdict'] = isSaymonResponseValidationError(error)
      ? { kind: 'violations', issues: [...error.issues] }
      : exchange && exchange.status < 300 && !error
        ? { kind: 'conforms' }
        : { kind: 'none' };
    const outcome: Outcome = { kind: 'sent', exchange, before: Math.max(0, log.length - 1), verdict };
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
