import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createEmulatorApp, type EmulatorApp, type EmulatorAppOptions } from './app.ts';
import { Persistence } from './persistence.ts';
import { createState } from './seed/index.ts';
import type { State } from './store/state.ts';
import { StateText } from './store/state-text.ts';

export interface StartOptions extends Omit<EmulatorAppOptions, 'persistence'> {
  /** Interface to listen on (default 127.0.0.1). */
  host?: string;
  /** Port (default 8080; 0 picks a free one). */
  port?: number;
  /**
   * A JSON file to load on start and save every change to (created with mode 0600). A file that
   * does not hold an emulator state is refused, never overwritten.
   */
  data?: string;
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1', '[::1]']);
const WILDCARD = new Set(['0.0.0.0', '::']);

export interface RunningEmulator extends EmulatorApp {
  /** Base URL, e.g. `http://127.0.0.1:8080`. */
  url: string;
  port: number;
  /**
   * Writes the state to the `data` file now (a no-op without one). Requests save before they
   * answer; this is for changes made to `store.state` directly, e.g. a test's fixtures.
   */
  save(): Promise<void>;
  /** Stops accepting connections, waits for pending saves, and closes. */
  close(): Promise<void>;
}

/** Starts the emulator on real TCP (Node). */
export async function startEmulator(options: StartOptions = {}): Promise<RunningEmulator> {
  const { host = '127.0.0.1', port = 8080, data, state: given, ...appOptions } = options;
  let persistence: Persistence | undefined;
  let text: StateText | undefined;
  let state: State | undefined = given;
  if (data) {
    // a data file's state wins; a new file starts from the given state or the seed
    state = Persistence.load(data) ?? given;
    if (!state) state = createState(appOptions.seed ?? 'demo', appOptions.now);
    Persistence.removeStaleTemporaries(data);
  }
  // a specific address to listen on is also a name clients may use in Host
  const listenName = host.includes(':') ? `[${host}]` : host;
  const allowedHosts =
    LOOPBACK.has(host) || WILDCARD.has(host)
      ? appOptions.allowedHosts
      : [...(appOptions.allowedHosts ?? []), listenName];
  const emulator = createEmulatorApp({
    ...appOptions,
    allowedHosts,
    state,
    get persistence() {
      return persistence;
    },
  });
  if (data) {
    // each save encodes again only what changed since the last one
    const tracked = new StateText(() => emulator.store.state);
    emulator.store.track(tracked);
    text = tracked;
    persistence = new Persistence(
      data,
      () => tracked.chunks(),
      (saved) => {
        emulator.store.state = saved;
      },
    );
    await persistence.commit();
  }
  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: emulator.app.fetch, hostname: host, port }, () => resolve(s));
    s.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const shown = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  return {
    ...emulator,
    url: `http://${shown}:${address.port}`,
    port: address.port,
    async save() {
      // changes made directly may be anywhere in the state: it is encoded whole
      if (!persistence) return;
      text?.touchAll();
      await persistence.commit();
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        // an HTTP/1 server drops its idle keep-alive connections (HTTP/2 servers have no such method)
        if ('closeAllConnections' in server) server.closeAllConnections();
      });
      await persistence?.commit();
    },
  };
}
