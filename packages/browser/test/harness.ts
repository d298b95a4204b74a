/**
 * Serves the test page (the adapter bundled from the built package) on one loopback origin and
 * drives it in Debian's Chromium through playwright-core, while the emulator answers on another.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redactUrl } from '@saymon-sdk/core/adapter';
import { build } from 'esbuild';
import { type BrowserContext, chromium, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** A host name Chromium resolves to 127.0.0.1: a loopback origin the emulator does not allow. */
export const OTHER_HOST = 'other-page.test';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // a page origin that is loopback but not one the emulator allows by default (it allows
  // http://localhost:*, http://127.0.0.1:* and http://[::1]:*)
  `--host-resolver-rules=MAP ${OTHER_HOST} 127.0.0.1`,
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

/**
 * Serves the page, and with `api` passes `/node/` requests on to that server: the page and the
 * API on one origin, as when SAYMON serves the page or a proxy puts both under one host.
 */
async function serve(script: string, api?: () => string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    if (api && request.url?.startsWith('/node/')) {
      forward(request, response, new URL(api()));
    } else if (request.url === '/app.js') {
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

/** Passes a request on to `upstream` (its Host set to it), the answer's headers through `adjust`. */
function forward(
  request: IncomingMessage,
  response: ServerResponse,
  upstream: URL,
  adjust: (headers: IncomingHttpHeaders) => IncomingHttpHeaders = (headers) => headers,
): void {
  const forwarded = httpRequest(
    {
      host: upstream.hostname,
      port: upstream.port,
      method: request.method,
      path: request.url,
      headers: { ...request.headers, host: upstream.host },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, adjust({ ...answer.headers }));
      answer.pipe(response);
    },
  );
  forwarded.on('error', () => response.writeHead(502).end());
  request.pipe(forwarded);
}

export interface PageOptions {
  /** The server the page's origin passes `/node/` requests on to (same-origin calls). */
  api?: () => string;
}

export interface BrowserPage {
  page: Page;
  origin: string;
  /** Another tab with the same page, served under `host` (e.g. `OTHER_HOST`) on the same port. */
  openAt(host: string): Promise<Page>;
  /** Writes the page's log and a Playwright trace under `test-results/` (call when a test failed). */
  keepEvidence(name: string): Promise<string>;
  close(): Promise<void>;
}

export async function openPage(options: PageOptions = {}): Promise<BrowserPage> {
  const { server, origin } = await serve(await bundlePage(), options.api);
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
    const watch = (tab: Page) => {
      tab.on('console', (message) => log.push(`console.${message.type()}: ${message.text()}`));
      tab.on('pageerror', (error) => log.push(`pageerror: ${error.message}`));
      tab.on('request', (request) => log.push(`> ${request.method()} ${redactUrl(request.url())}`));
      tab.on('response', (response) => log.push(`< ${response.status()} ${redactUrl(response.url())}`));
      tab.on('requestfailed', (request) => log.push(`! ${redactUrl(request.url())} ${request.failure()?.errorText}`));
    };
    watch(page);
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => 'scenarios' in globalThis);
    const opened = context;
    return {
      page,
      origin,
      async openAt(host) {
        const tab = await opened.newPage();
        watch(tab);
        const url = new URL(origin);
        url.hostname = host;
        await tab.goto(url.href);
        await tab.waitForFunction(() => 'scenarios' in globalThis);
        return tab;
      },
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
  const server = createServer((request, response) =>
    forward(request, response, upstream, (headers) => {
      const cookies = headers['set-cookie'];
      if (cookies) headers['set-cookie'] = cookies.map((cookie) => `${cookie}; SameSite=None; Secure`);
      return headers;
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
