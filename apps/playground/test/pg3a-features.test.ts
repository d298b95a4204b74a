/**
 * Issue 29, part A, in Chromium on the static build (in-tab emulator): the jq filter over an answer, the snippets
 * of the lazily loaded generator, the time helpers of history calls; axe-core on each (0 violations of any impact).
 * Screenshots: test-artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { chooseEndpoint, sendRequest } from './browser.ts';
import { staticSuite } from './static-suite.ts';

const artifacts = join(import.meta.dirname, '..', 'test-artifacts');
mkdirSync(artifacts, { recursive: true });
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const suite = staticSuite();

async function open(): Promise<{ page: Page; errors: string[]; scripts: string[] }> {
  const context = await suite.browser.newContext({ viewport: { width: 1440, height: 900 } });
  onTestFinished(() => context.close());
  const page = await context.newPage();
  const errors: string[] = [];
  const scripts: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url().split('/').pop() ?? ''));
  await page.goto(suite.site.url);
  await page.locator('button:has-text("Reset emulator"):not([disabled])').waitFor();
  return { page, errors, scripts };
}

async function axe(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run(): Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }
    ).axe.run();
    return result.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
}

describe('issue 29 part A (static build)', () => {
  it('a jq filter over the answer: jq loads on the first filter, the result in the tree, errors shown plainly', async () => {
    const { page, errors, scripts } = await open();
    await chooseEndpoint(page, 'Get All Objects');
    expect(await sendRequest(page)).toMatch(/^200/);
    expect(scripts.some((s) => s.startsWith('run-jq'))).toBe(false);
    await page.getByLabel('jq filter').fill('map(select(.name == "Root")) | .[0] | {id, name}');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    const filtered = page.getByRole('region', { name: 'Filtered answer' });
    await filtered.waitFor();
    expect(scripts.some((s) => s.startsWith('run-jq'))).toBe(true);
    expect(await filtered.textContent()).toContain('1 result');
    expect(await filtered.getByRole('region', { name: /^Answer tree/ }).textContent()).toContain('Root');
    await page.screenshot({ path: join(artifacts, 'pg3a-filter.png') });
    expect(await axe(page)).toEqual([]);
    await page.getByLabel('jq filter').fill('.[] | .name.x');
    await page.getByRole('button', { name: 'Filter', exact: true }).click();
    const failed = page.getByRole('alert').filter({ hasText: 'Cannot index string' });
    await expect.poll(() => failed.count(), { timeout: 10_000 }).toBe(1);
    await page.screenshot({ path: join(artifacts, 'pg3a-filter-error.png') });
    await page.getByRole('button', { name: 'Show all' }).click();
    expect(await page.getByRole('region', { name: 'Response body' }).textContent()).toContain('Root');
    expect(errors).toEqual([]);
  });

  it('HTTPie, wget and requests snippets: their generator loads when first chosen', async () => {
    const { page, errors, scripts } = await open();
    await chooseEndpoint(page, 'Create Object');
    expect(scripts.some((s) => s.startsWith('snippets-har'))).toBe(false);
    for (const [language, expected] of [
      ['httpie', '--check-status --print=hb'],
      ['wget', '--server-response'],
      ['requests', 'response.raise_for_status()'],
    ] as const) {
      await page.locator('#snippet-language').selectOption(language);
      const region = page.getByRole('region', { name: `${language} snippet` });
      await expect.poll(() => region.textContent(), { timeout: 10_000 }).toContain(expected);
      expect(await region.textContent()).not.toContain('saymon"');
    }
    expect(scripts.some((s) => s.startsWith('snippets-har'))).toBe(true);
    await page.locator('.code').screenshot({ path: join(artifacts, 'pg3a-requests-snippet.png') });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('time helpers: a history call opens on the last hour; relative times and a date picker fill the window', async () => {
    const { page, errors } = await open();
    await chooseEndpoint(page, 'Get All State History');
    const from = page.locator('#field-query-from');
    expect(await from.inputValue()).toBe('1h-ago');
    expect(await sendRequest(page)).toMatch(/^200/);
    await page.getByLabel('to: a relative time').selectOption('now');
    expect(await page.locator('#field-query-to').inputValue()).toBe('now');
    await page.getByLabel('from: a date and time').fill('2026-12-01T10:30');
    const ms = Number(await from.inputValue());
    expect(new Date(ms).getMinutes()).toBe(30);
    expect(await page.locator('.time-helper').first().textContent()).toMatch(/2026/);
    expect(await sendRequest(page)).toMatch(/^200/);
    await page.locator('#request').screenshot({ path: join(artifacts, 'pg3a-time.png') });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
