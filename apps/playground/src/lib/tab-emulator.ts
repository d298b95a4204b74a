/**
 * The emulator inside the tab: the Hono app of `@saymon-sdk/emulator/app`, answered in-process
 * through the SDK's `fetch` option, its state kept in IndexedDB across reloads.
 *
 * A page cannot hand cookies to an in-process server (`Cookie` is a header a page may not set, and
 * `Set-Cookie` never reaches a page's script), so this module is the tab's cookie store: it keeps
 * the session id from the login answer and sends it as `X-Session-Id` (which SAYMON also accepts),
 * and puts the session's `csrf` in `document.cookie`, where the browser adapter reads it as it
 * would on a real server's page.
 */
import { createEmulatorApp, type EmulatorApp, type EmulatorAppOptions } from '@saymon-sdk/emulator/app';

type State = NonNullable<EmulatorAppOptions['state']>;

import { del, get, set } from 'idb-keyval';

const STORE_KEY = 'saymon-playground:tab-state';
const SESSION_PATH = '/node/api/users/session';
/** The path the in-tab target's URLs carry on the page's origin (never sent to the network). */
export const TAB_PREFIX = '/__tab';

export interface TabEmulator {
  fetch: typeof globalThis.fetch;
  /** Back to the demo estate; forgets the tab's session. */
  reset(): Promise<void>;
  app: EmulatorApp;
}

function setCsrfCookie(value: string | undefined) {
  if (typeof document === 'undefined') return;
  // biome-ignore lint/suspicious/noDocumentCookie: the browser adapter reads csrf from document.cookie, as on a real server
  document.cookie =
    value === undefined ? 'csrf=; path=/; max-age=0; samesite=strict' : `csrf=${value}; path=/; samesite=strict`;
}

async function loadState(): Promise<State | undefined> {
  try {
    const text = await get<string>(STORE_KEY);
    if (!text) return undefined;
    const state = JSON.parse(text) as State;
    return state && typeof state === 'object' && 'objects' in state && 'users' in state ? state : undefined;
  } catch {
    return undefined;
  }
}

export async function startTabEmulator(): Promise<TabEmulator> {
  const state = await loadState();
  let emulator = createEmulatorApp(state ? { state } : { seed: 'demo' });
  let sid: string | undefined;
  let saving = Promise.resolve();

  const save = () => {
    const text = JSON.stringify(emulator.store.state);
    saving = saving.then(() => set(STORE_KEY, text)).catch(() => {});
    return saving;
  };

  const tabFetch: typeof globalThis.fetch = async (input, init) => {
    const incoming = new Request(input, init);
    const url = new URL(incoming.url);
    const path = url.pathname.startsWith(TAB_PREFIX) ? url.pathname.slice(TAB_PREFIX.length) || '/' : url.pathname;
    const target = new URL(`${path}${url.search}`, 'http://127.0.0.1');
    const headers = new Headers(incoming.headers);
    if (sid && !headers.has('authorization')) headers.set('x-session-id', sid);
    const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
    const request = new Request(target, {
      method: incoming.method,
      headers,
      body: hasBody ? await incoming.arrayBuffer() : undefined,
      signal: incoming.signal,
    });
    const response = await emulator.fetch(request);
    if (path === SESSION_PATH && response.ok) {
      if (request.method === 'POST') {
        const body = (await response.clone().json()) as unknown;
        sid = typeof body === 'string' ? body : undefined;
        setCsrfCookie(sid ? emulator.store.state.sessions[sid]?.csrf : undefined);
      } else if (request.method === 'DELETE') {
        sid = undefined;
        setCsrfCookie(undefined);
      }
    }
    if (request.method !== 'GET') await save();
    return response;
  };

  return {
    fetch: tabFetch,
    get app() {
      return emulator;
    },
    async reset() {
      sid = undefined;
      setCsrfCookie(undefined);
      await saving;
      await del(STORE_KEY);
      emulator = createEmulatorApp({ seed: 'demo' });
    },
  };
}
