/** One Chromium and one static build server for a test file: started before its tests, closed after them. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launch } from './browser.ts';
import { serveDist } from './static-site.ts';

export interface StaticSuite {
  readonly browser: Browser;
  readonly site: Awaited<ReturnType<typeof serveDist>>;
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
  };
}
