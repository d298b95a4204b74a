/**
 * Import and export (issue 29) in Chromium on the static build, in-tab emulator: a pasted curl command
 * with credentials (dropped and named) opened and sent; the history exported as Postman v2.1 and as the
 * playground's file (no credential in either), each imported again as the same requests; the OpenAPI
 * document downloaded from the built site. Screenshots: test-artifacts/exchange-*.png.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { chooseEndpoint, sendRequest } from './browser.ts';
import { staticSuite } from './static-suite.ts';

const artifacts = fileURLToPath(new URL('../test-artifacts/', import.meta.url));

const suite = staticSuite();

async function importText(page: Page, text: string): Promise<string> {
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Import' });
  await dialog.getByLabel(/^A curl command/).fill(text);
  await dialog.getByRole('button', { name: 'Import', exact: true }).click();
  return (await dialog.getByRole('status').first().textContent()) ?? '';
}

async function downloadText(page: Page, link: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
  const path = await download.path();
  return readFileSync(path, 'utf8');
}

describe('import and export (static build)', () => {
  it('a curl command: credentials dropped and named, the request opened in the form and sent', async () => {
    const { page, errors } = await suite.open();
    const status = await importText(
      page,
      `curl -u admin:hunter22 'http://127.0.0.1:8080/node/api/objects/1?fields=name&api-token=tok-98765' \\\n  -H 'Accept: application/json'\ncurl http://127.0.0.1:8080/node/api/nowhere`,
    );
    expect(status).toBe('From curl: 1 request imported, 1 not matched, 2 credentials dropped.');
    const dialog = page.getByRole('dialog', { name: 'Import' });
    expect(await dialog.getByRole('list', { name: 'Credentials dropped' }).textContent()).toContain('--user');
    expect(await dialog.getByRole('list', { name: 'Not matched' }).textContent()).toContain('GET /node/api/nowhere');
    expect(await dialog.textContent()).not.toMatch(/hunter22|tok-98765/);
    await page.screenshot({ path: join(artifacts, 'exchange-import-curl.png') });
    await dialog.getByRole('button', { name: 'Open Get Object by ID' }).click();
    expect(await dialog.isVisible()).toBe(false);
    await expect.poll(() => page.locator('#request-title').textContent()).toBe('Get Object by ID');
    expect(await sendRequest(page)).toMatch(/^200/);
    expect(await page.getByRole('region', { name: /^Answer tree/ }).textContent()).toContain('"Root"');
    expect(errors).toEqual([]);
  });

  it('round trip: the history exported as Postman v2.1 and as the playground file imports as the same requests', async () => {
    const { page, errors } = await suite.open();
    for (const title of ['Get All Objects', 'Get Current User']) {
      await chooseEndpoint(page, title);
      expect(await sendRequest(page)).toMatch(/^200/);
    }
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.getByRole('radio', { name: /^History/ }).check();
    await dialog.getByLabel('Collection name').fill('Round trip');
    await page.screenshot({ path: join(artifacts, 'exchange-export.png') });
    const postman = await downloadText(page, 'Postman v2.1 collection');
    const own = await downloadText(page, 'Playground collection (JSON)');
    for (const text of [postman, own]) expect(text).not.toMatch(/saymon"|YWRtaW46c2F5bW9u|api-token/);
    const exported = JSON.parse(postman) as { info: { name: string; schema: string }; item: { name: string }[] };
    expect(exported.info).toEqual({
      name: 'Round trip',
      schema: 'https://schema.getpostman.com/json/collection/v2.1.0/collection.json',
    });
    expect(exported.item).toHaveLength(2);
    await page.keyboard.press('Escape');

    for (const [file, text] of [
      ['round-trip.postman_collection.json', postman],
      ['round-trip.saymon-playground.json', own],
    ] as const) {
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      const importer = page.getByRole('dialog', { name: 'Import' });
      await importer
        .locator('input[type=file]')
        .setInputFiles({ name: file, mimeType: 'application/json', buffer: Buffer.from(text) });
      await expect
        .poll(() => importer.getByRole('status').first().textContent())
        .toMatch(/“Round trip”: 2 requests imported\.$/);
      const names = await importer.getByRole('list', { name: 'Imported requests' }).locator('code').allTextContents();
      expect(names).toEqual(['users.current', 'objects.list']);
      await page.screenshot({ path: join(artifacts, `exchange-import-${file.split('.')[1]}.png`) });
      await importer.getByRole('button', { name: /^Open Get All Objects/ }).click();
      expect(await sendRequest(page)).toMatch(/^200/);
    }
    expect(errors).toEqual([]);
  });

  it('the OpenAPI document downloads from the built site', async () => {
    const { page } = await suite.open();
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const document = JSON.parse(await downloadText(page, 'OpenAPI document')) as { openapi: string; paths: object };
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths).length).toBeGreaterThan(100);
  });
});
