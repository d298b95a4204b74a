/**
 * Installable and offline (issue 29), on the static build in Chromium: the web manifest and its icons,
 * the service worker controlling the page, the app working offline with the in-tab emulator after a
 * reload, and Cache Storage holding the build's own files only: no API answer, no dev-server route,
 * nothing with a token. Screenshot: test-artifacts/offline.png.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { NEVER_CACHED } from '../vite.config.ts';
import { staticSuite } from './static-suite.ts';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [relative(dist, path)];
  });
}

const suite = staticSuite();

describe('installable and offline (static build)', () => {
  it('has a web manifest with PNG icons of the sizes it names', async () => {
    const manifest = (await (await fetch(new URL('manifest.webmanifest', suite.site.url))).json()) as {
      name: string;
      start_url: string;
      display: string;
      icons: { src: string; sizes: string; type: string }[];
    };
    expect(manifest).toMatchObject({ name: 'SAYMON playground', start_url: './', display: 'standalone' });
    expect(manifest.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    for (const icon of manifest.icons) {
      const bytes = Buffer.from(await (await fetch(new URL(icon.src, suite.site.url))).arrayBuffer());
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      expect(`${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`).toBe(icon.sizes);
    }
  });

  it('works offline after the first load, and caches no API answer, dev-server route or token', async () => {
    const { page, errors } = await suite.open();
    const context = page.context();
    // the service worker installs (precaching the build) and takes the page over
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 30_000 });

    // requests the service worker must let through uncached: the API (with a token), the dev server's routes
    const passed = await page.evaluate(async () => {
      const urls = ['node/api/objects?api-token=t0ken', '__playground/config.json', 'node-resources/docs/1/a.txt'];
      return Promise.all(urls.map(async (u) => (await fetch(u)).status));
    });
    expect(passed).toEqual([404, 404, 404]);

    await context.setOffline(true);
    await page.reload();
    await page.locator('button:has-text("Reset emulator"):not([disabled])').waitFor();
    await page.getByRole('searchbox', { name: /^Search endpoints/ }).fill('Get All Objects');
    await page.getByRole('navigation', { name: 'Endpoints' }).locator('.endpoint').first().click();
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => page.getByRole('status', { name: 'Status' }).textContent()).toMatch(/^200/);
    await page.screenshot({ path: join(artifacts, 'offline.png') });
    // offline, a request outside the precache fails instead of being answered from a cache
    const offlineApi = await page.evaluate(() =>
      fetch('node/api/objects').then(
        (r) => r.status,
        () => 'failed',
      ),
    );
    expect(offlineApi).toBe('failed');

    const cached = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(request.url);
      }
      return urls;
    });
    const built = new Set(files(dist));
    const strays = cached.filter((url) => {
      const path = new URL(url).pathname.slice(new URL(suite.site.url).pathname.length);
      return !built.has(path) || NEVER_CACHED.some((re) => re.test(new URL(url).pathname + new URL(url).search));
    });
    console.log(`offline: ${cached.length} cached URLs, all files of the build; ${strays.length} others`);
    expect(cached.length).toBeGreaterThan(5);
    expect(strays).toEqual([]);
    expect(errors).toEqual([]);
  });
});
