/** Debian's Chromium through playwright-core: no tool downloads a browser. */
import { type Browser, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Chromium's flags in every browser test: headless, and nothing reaching out on its own. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
] as const;

export async function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS] });
}

/** A fresh page (own profile context) that records page errors. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(url);
  return { page, errors };
}

/** Finds an endpoint by search and opens it: resolves once its form's title reads `title`. */
export async function chooseEndpoint(page: Page, search: string, title = search): Promise<void> {
  await page.getByRole('searchbox', { name: /^Search endpoints/ }).fill(search);
  await page
    .getByRole('navigation', { name: 'Endpoints' })
    .locator('.endpoint')
    .filter({ has: page.getByText(title, { exact: true }) })
    .first()
    .click();
  await page.locator('#request-title').getByText(title, { exact: true }).waitFor();
}

/** Sends the request on screen and waits for its answer: the status line's text (`200 OK …`). */
export async function sendRequest(page: Page, timeout = 30_000): Promise<string> {
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const status = page.getByRole('status', { name: 'Status' });
  await status.waitFor({ timeout });
  await page.getByRole('button', { name: 'Sending…' }).waitFor({ state: 'detached', timeout });
  return (await status.textContent()) ?? '';
}

/** Puts a value into the page's idb-keyval store (the playground's IndexedDB: emulator state, collections). */
export async function putKeyval(page: Page, key: string, value: unknown): Promise<void> {
  await page.evaluate(
    async ([k, v]) => {
      await new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('keyval-store');
        request.onupgradeneeded = () => request.result.createObjectStore('keyval');
        request.onsuccess = () => {
          const tx = request.result.transaction('keyval', 'readwrite');
          tx.objectStore('keyval').put(v, k as string);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      });
    },
    [key, value] as const,
  );
}

/** A value of the page's idb-keyval store, as the app stored it. */
export async function getKeyval(page: Page, key: string): Promise<unknown> {
  return page.evaluate(
    (k) =>
      new Promise<unknown>((resolve, reject) => {
        const request = indexedDB.open('keyval-store');
        request.onsuccess = () => {
          const get = request.result.transaction('keyval').objectStore('keyval').get(k);
          get.onsuccess = () => resolve(get.result);
          get.onerror = () => reject(get.error);
        };
        request.onerror = () => reject(request.error);
      }),
    key,
  );
}

/** Puts an emulator state where the in-tab emulator restores it from on load (the page's IndexedDB). */
export async function seedTabEstate(page: Page, state: string): Promise<void> {
  await putKeyval(page, 'saymon-playground:tab-state', state);
}
