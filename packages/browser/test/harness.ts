/**
 * Serves the test page (the adapter bundled from the built package) on one loopback origin and
 * drives it in Debian's Chromium through playwright-core, while the emulator answers on another.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redactUrl } from '@saymon-sdk/core/adapter';
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The page's script: `test/page/app.ts` with the adapter resolved through the package's exports. */
async function bundlePage(): Promise<string> {
  const result = await build({
    entryPoints: [new URL('./page/app.ts', import.meta.url).pathname],
    bundle: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

async function serve(script: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    if (request.url === '/app.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
    } else {
      response
        .writeHead(200, { 'content-type': 'text/html' })
        .end('<!doctype html><title>saymon-sdk browser test</title><script type="module" src="/app.js"></script>');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

export interface BrowserPage {
  page: Page;
  origin: string;
  /** Writes the page's log and a Playwright trace under `test-results/` (call when a test failed). */
  keepEvidence(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openPage(): Promise<BrowserPage> {
  const { server, origin } = await serve(await bundlePage());
  const profile = mkdtempSync(join(tmpdir(), 'saymon-chromium-'));
  // third-party cookies allowed, as browsers that still send them do (cookie_controls_mode 0)
  mkdirSync(join(profile, 'Default'));
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }),
  );
  const log: string[] = [];
  let context: BrowserContext | undefined;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      // the trace's working files go with the profile (not to a playwright-tracing-* folder left in the temp dir)
      tracesDir: join(profile, 'traces'),
    });
    await context.tracing.start({ snapshots: true });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => log.push(`console.${message.type()}: ${message.text()}`));
    page.on('pageerror', (error) => log.push(`pageerror: ${error.message}`));
    page.on('request', (request) => log.push(`> ${request.method()} ${redactUrl(request.url())}`));
    page.on('response', (response) => log.push(`< ${response.status()} ${redactUrl(response.url())}`));
    page.on('requestfailed', (request) => log.push(`! ${redactUrl(request.url())} ${request.failure()?.errorText}`));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => 'scenarios' in globalThis);
    const opened = context;
    return {
      page,
      origin,
      async keepEvidence(name) {
        const dir = new URL('../test-results/', import.meta.url).pathname;
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, `${name}.log`), `${log.join('\n')}\n`);
        await opened.tracing.stop({ path: join(dir, `${name}.trace.zip`) });
        await opened.tracing.start({ snapshots: true });
        return dir;
      },
      async close() {
        await opened.close();
        server.close();
        rmSync(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await context?.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
    throw error;
  }
}

/**
 * A reverse proxy in front of `target` that marks the cookies it passes on `SameSite=None;
 * Secure`, as a proxy configured for cross-site sessions does (nginx `proxy_cookie_flags`).
 */
export async function crossSiteCookieProxy(target: string): Promise<{ port: number; close(): Promise<void> }> {
  const upstream = new URL(target);
  const server = createServer((request, response) => {
    const forwarded = httpRequest(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: request.method,
        path: request.url,
        headers: { ...request.headers, host: upstream.host },
      },
      (answer) => {
        const headers = { ...answer.headers };
        const cookies = answer.headers['set-cookie'];
        if (cookies) headers['set-cookie'] = cookies.map((cookie) => `${cookie}; SameSite=None; Secure`);
        response.writeHead(answer.statusCode ?? 502, headers);
        answer.pipe(response);
      },
    );
    forwarded.on('error', () => response.writeHead(502).end());
    request.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
