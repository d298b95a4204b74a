/** One Chromium and one static build server for a test file: started before its tests, closed after them. */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, onTestFinished } from 'vitest';
import { launch } from './browser.ts';
import { serveDist } from './static-site.ts';

export interface StaticSuite {
  readonly browser: Browser;
  readonly site: Awaited<ReturnType<typeof serveDist>>;
  /**
   * The built site in a fresh context of this test (closed when the test ends), downloads allowed,
   * page errors recorded: resolves once the in-tab emulator is ready.
   */
  open(viewport?: { width: number; height: number }): Promise<{ page: Page; errors: string[] }>;
}

export function staticSuite(): StaticSuite {
  let browser: Browser | undefined;
  let site: StaticSuite['site'] | undefined;
  beforeAll(async () => {
    browser = await launch();
    site = await serveDist();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the static suite is used before its beforeAll ran');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get site() {
      return started(site);
    },
    async open(viewport = { width: 1440, height: 900 }) {
      const context = await started(browser).newContext({ viewport, acceptDownloads: true });
      onTestFinished(() => context.close());
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(started(site).url);
      await page.locator('button:has-text("Reset emulator"):not([disabled])').waitFor();
      return { page, errors };
    },
  };
}
