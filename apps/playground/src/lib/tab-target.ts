/**
 * The in-tab emulator, loaded when a call first needs it. Its chunk (the emulator's Hono app, about
 * 115 kB gzipped) is not part of the first load: the explorer, the forms and the snippets work
 * without it, and the first call to the in-tab target (a Send, the token flow, a reset) fetches it.
 */
import type { TabEmulator } from './tab-emulator.ts';

let started: Promise<TabEmulator> | undefined;

/** The page's one in-tab emulator, started on first use (a failed load is tried again next time). */
export function tabEmulator(): Promise<TabEmulator> {
  started ??= import('./tab-emulator.ts')
    .then(({ startTabEmulator }) => startTabEmulator())
    .catch((error: unknown) => {
      started = undefined;
      throw error;
    });
  return started;
}

/** The in-tab target's fetch: the emulator's own, once it has loaded. */
export const tabFetch: typeof globalThis.fetch = async (input, init) => {
  const tab = await tabEmulator();
  return tab.fetch(input, init);
};
