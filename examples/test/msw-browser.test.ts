/**
 * The browser example (msw/browser/page.ts) in Debian's Chromium: the page is bundled with esbuild,
 * served from a loopback static server with the worker script `msw init` writes at test time (so it
 * is always the installed msw's), and calls SAYMON with plain `fetch` and axios; MSW's service
 * worker hands each call to the emulator's handlers in the page. The test reads the results from the DOM.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { expect, it, onTestFinished } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS } from '../../apps/playground/test/browser.ts';
import { tempDir } from '../../packages/core/test/temp-dir.ts';

/** The msw this run is on: `msw` (2), or the `msw3` alias (see vitest.config.ts); the page is bundled with it. */
const msw = process.env.SAYMON_TEST_MSW === 'msw3' ? 'msw3' : 'msw';
const mswRoot = fileURLToPath(new URL(`../node_modules/${msw}/`, import.meta.url));

/** `msw init <dir>`, as a project sets its public folder up; gives the worker script it wrote. */
function initWorker(dir: string): string {
  writeFileSync(join(dir, 'package.json'), '{ "private": true }\n');
  execFileSync(process.execPath, [join(mswRoot, 'cli/index.js'), 'init', 'public', '--no-save'], {
    cwd: dir,
    stdio: 'ignore',
  });
  return readFileSync(join(dir, 'public', 'mockServiceWorker.js'), 'utf8');
}

/** The page bundled, and the versions of msw it holds (from the files it took, under `.pnpm/msw@<version>`). */
async function bundlePage(): Promise<{ script: string; mswVersions: string[] }> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('../msw/browser/page.ts', import.meta.url))],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    // `msw/browser` in the page and `msw` in `@saymon-sdk/emulator/msw`: one msw for both
    alias: { msw },
    metafile: true,
  });
  const versions = Object.keys(result.metafile.inputs).map((file) => /\/msw@([^/_]+)/.exec(file)?.[1]);
  const mswVersions = [...new Set(versions.filter((v) => v !== undefined))];
  return { script: result.outputFiles[0]?.text ?? '', mswVersions };
}

it(`the page (${msw}) calls SAYMON with fetch and axios, answered by the emulator through the service worker`, async () => {
  const worker = initWorker(tempDir('saymon-msw-page-'));
  const version = (JSON.parse(readFileSync(join(mswRoot, 'package.json'), 'utf8')) as { version: string }).version;
  expect(worker).toContain(`const PACKAGE_VERSION = '${version}'`);
  const { script, mswVersions } = await bundlePage();
  // the worker script, the page's `msw/browser` and the handlers' `msw` are all this run's msw
  expect(mswVersions).toEqual([version]);
  expect(version.split('.')[0]).toBe(msw === 'msw3' ? '3' : '2');

  const files: Record<string, [string, string]> = {
    '/': ['text/html', '<!doctype html><title>SAYMON MSW example</title><script type="module" src="/app.js"></script>'],
    '/app.js': ['text/javascript', script],
    '/mockServiceWorker.js': ['text/javascript', worker],
    '/hello.txt': ['text/plain', 'served by the page server'],
  };
  const server = createServer((request, response) => {
    const file = files[new URL(request.url ?? '/', 'http://x').pathname];
    if (!file) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': file[0], 'cache-control': 'no-store' }).end(file[1]);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(() => new Promise<void>((resolve) => server.close(() => resolve())));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const profile = tempDir('saymon-msw-chromium-');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
  onTestFinished(() => context.close());
  const page = context.pages()[0] ?? (await context.newPage());
  const log: string[] = [];
  page.on('console', (message) => log.push(`console.${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => log.push(`pageerror: ${error.message}`));
  /** The answers to the page's SAYMON calls: each from the service worker (none from the network). */
  const saymonAnswers: boolean[] = [];
  page.on('response', (response) => {
    if (new URL(response.url()).host === 'saymon.example.com') saymonAnswers.push(response.fromServiceWorker());
  });

  await page.goto(`${origin}/`);
  await page
    .waitForSelector('body[data-done="true"]', { timeout: 60_000 })
    .catch((error: unknown) => Promise.reject(new Error(`${String(error)}\npage log:\n${log.join('\n')}`)));
  const read = async (id: string) => JSON.parse((await page.textContent(`#${id}`)) ?? 'null') as unknown;

  for (const client of ['fetch', 'axios']) {
    expect(await read(client)).toEqual({
      created: `page-object-${client}`,
      read: `page-object-${client}`,
      listed: true,
      missing: '404 not-found',
      forbidden: '403 forbidden',
      sessionWrite: `session-object-${client}`,
    });
  }
  expect(await read('same-origin')).toBe('served by the page server');
  expect(await read('unhandled')).toEqual(['/hello.txt']);
  // per client: create, read, list, 404, 403, login, session write
  expect(saymonAnswers.length).toBeGreaterThanOrEqual(14);
  expect(saymonAnswers.every(Boolean)).toBe(true);
  // quiet worker, and nothing the handlers print: no credential in the page's console
  expect(log.filter((line) => /saymon|Basic |sid=|csrf=/i.test(line))).toEqual([]);
});
