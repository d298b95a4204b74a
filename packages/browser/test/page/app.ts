/**
 * The test page: bundled from the built package (resolved through its `exports`) and loaded in
 * Chromium from another origin than the emulator. Each scenario returns what happened as plain
 * data the test can compare.
 */
import {
  type BrowserAuthOptions,
  call,
  createClient,
  createCore,
  isSaymonNetworkError,
  SaymonApiError,
  SaymonCsrfError,
  SaymonError,
} from '@saymon-sdk/browser';
import { objectsGet } from '@saymon-sdk/browser/endpoints';

export interface Outcome {
  value?: unknown;
  error?: {
    name: string;
    message: string;
    status?: number;
    code?: string;
    saymon: boolean;
    csrf: boolean;
    network: boolean;
    /** A network error's reason. */
    reason?: string | undefined;
  };
  /** Requests the page sent, as `METHOD path`. */
  sent: string[];
}

function describe(error: unknown): Outcome['error'] {
  const e = error as Error;
  return {
    name: e.name,
    message: e.message,
    status: error instanceof SaymonApiError ? error.status : undefined,
    code: error instanceof SaymonApiError ? error.code : undefined,
    saymon: error instanceof SaymonError,
    csrf: error instanceof SaymonCsrfError,
    network: isSaymonNetworkError(error),
    reason: isSaymonNetworkError(error) ? error.reason : undefined,
  };
}

async function outcome(sent: string[], work: () => Promise<unknown>): Promise<Outcome> {
  try {
    return { value: await work(), sent };
  } catch (error) {
    return { error: describe(error), sent };
  }
}

/** A `fetch` that notes every request before the browser sends it. */
function recording(sent: string[]): typeof fetch {
  return (input, init) => {
    const request = new Request(input, init);
    sent.push(`${request.method} ${new URL(request.url).pathname}`);
    return fetch(request);
  };
}

const scenarios = {
  /** One read with `createCore` + `call` and the per-endpoint import. */
  async read(url: string, auth: BrowserAuthOptions) {
    const sent: string[] = [];
    const core = createCore({ url, auth, fetch: recording(sent) });
    return outcome(sent, async () => (await call(core, objectsGet, { path: { id: '1' } })).id);
  },
  /** A read, then a write (renaming an object and back) through the full client. */
  async write(url: string, auth: BrowserAuthOptions) {
    const sent: string[] = [];
    const client = createClient({ url, auth, fetch: recording(sent) });
    return outcome(sent, async () => {
      const before = await client.objects.get({ id: '1' });
      const renamed = await client.objects.update({ id: '1', body: { name: `${before.name}*` } });
      await client.objects.update({ id: '1', body: { name: before.name ?? '' } });
      return renamed.name;
    });
  },
  /** Session: reads work across origins, the write explains csrf, logout ends the session. */
  async session(url: string, auth: BrowserAuthOptions) {
    const sent: string[] = [];
    const client = createClient({ url, auth, fetch: recording(sent) });
    const read = await outcome(sent, async () => (await client.users.current()).login);
    const write = await outcome([], () => client.objects.update({ id: '1', body: { name: 'x' } }));
    const writeSent = sent.filter((line) => line.startsWith('PATCH'));
    return { read, write, writeSent };
  },
  /** A write as the client's first call: with session auth, the login and the write at once. */
  async writeFirst(url: string, auth: BrowserAuthOptions, name: string) {
    const sent: string[] = [];
    const client = createClient({ url, auth, fetch: recording(sent) });
    return outcome(sent, async () => (await client.objects.update({ id: '1', body: { name } })).name);
  },
  async notFound(url: string, auth: BrowserAuthOptions) {
    const sent: string[] = [];
    const client = createClient({ url, auth, fetch: recording(sent) });
    return outcome(sent, () => client.objects.get({ id: 'no-such-object' }));
  },
  /** Aborts a call that the server holds back. */
  async abort(url: string, auth: BrowserAuthOptions) {
    const client = createClient({ url, auth, retry: 0 });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new DOMException('left the page', 'AbortError')), 100);
    return outcome([], () => client.objects.get({ id: '1' }, { signal: controller.signal }));
  },
  async timeout(url: string, auth: BrowserAuthOptions) {
    const client = createClient({ url, auth, retry: 0, timeout: 200 });
    return outcome([], () => client.objects.get({ id: '1' }));
  },
};

export type Scenarios = typeof scenarios;
(globalThis as unknown as { scenarios: Scenarios }).scenarios = scenarios;
