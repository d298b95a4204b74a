/**
 * The browser example: the inventory app's two clients (plain `fetch`, axios) in a page, SAYMON
 * answered by the emulator's MSW handlers through `setupWorker`. Each client's results are written
 * into the page, where `test/msw-browser.test.ts` reads them.
 */
import { createEmulatorHandlers } from '@saymon-sdk/emulator/msw';
import { setupWorker } from 'msw/browser';
import { axiosInventory, axiosSessionInventory } from '../axios-inventory.ts';
import { fetchInventory, fetchSessionInventory } from '../fetch-inventory.ts';
import { type Inventory, InventoryError, type SaymonConfig } from '../inventory.ts';

const baseUrl = 'https://saymon.example.com';
const admin: SaymonConfig = { baseUrl, login: 'admin', password: 'saymon' };
const viewer: SaymonConfig = { baseUrl, login: 'viewer', password: 'viewer' };

/** The kind of the app's error a refused call gives (or what else happened). */
async function refusal(call: Promise<unknown>): Promise<string> {
  try {
    await call;
    return 'no refusal';
  } catch (error) {
    return error instanceof InventoryError ? `${error.status} ${error.kind}` : `unexpected ${String(error)}`;
  }
}

/** One client's run: create, read back, list, two refusals, a session write. */
async function run(
  client: string,
  basic: (c: SaymonConfig) => Inventory,
  session: (c: SaymonConfig) => Promise<Inventory>,
) {
  const app = basic(admin);
  const created = await app.create(`page-object-${client}`);
  const read = await app.get(created.id);
  const listed = (await app.list()).some((o) => o.id === created.id);
  const missing = await refusal(app.get('000000000000000000000000'));
  const forbidden = await refusal(basic(viewer).create('not allowed'));
  const sessionApp = await session(admin);
  const written = await sessionApp.create(`session-object-${client}`);
  return { created: created.name, read: read.name, listed, missing, forbidden, sessionWrite: written.name };
}

function show(id: string, value: unknown) {
  const out = document.createElement('pre');
  out.id = id;
  out.textContent = JSON.stringify(value);
  document.body.append(out);
}

const saymon = createEmulatorHandlers({ baseUrl, seed: 'demo' });
const worker = setupWorker(...saymon.handlers);
/** Requests the handlers left alone: MSW then performs them as they are. */
const unhandled: string[] = [];
const record = (request: Request) => void unhandled.push(new URL(request.url).pathname);
/** msw 2 reports such a request to `onUnhandledRequest`, msw 3 to `onUnhandledFrame`: the page works with both. */
const onUnhandled = {
  onUnhandledRequest: record,
  onUnhandledFrame: ({ frame }: { frame: { data: { request?: Request } } }) => {
    if (frame.data.request) record(frame.data.request);
  },
};
await worker.start({
  // MSW would otherwise print every mocked request and answer (credentials included) to the console
  quiet: true,
  ...onUnhandled,
  serviceWorker: { url: '/mockServiceWorker.js' },
});

for (const [id, basic, session] of [
  ['fetch', fetchInventory, fetchSessionInventory],
  ['axios', axiosInventory, axiosSessionInventory],
] as const) {
  try {
    show(id, await run(id, basic, session));
  } catch (error) {
    show(id, { failed: String(error) });
  }
}
// the page's own origin is not SAYMON: the handlers leave it to the server that serves the page
show('same-origin', await (await fetch('/hello.txt')).text());
show('unhandled', unhandled);
show('objects', Object.keys(saymon.emulator.store.state.objects).length);
document.body.dataset.done = 'true';
