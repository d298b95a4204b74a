// The playground row: the longest main-thread task while the static playground shows an answer of about
// 2 MiB, in Debian's Chromium with a long-task observer registered before the page loads. The answer comes
// from the in-tab emulator (no network: the static build on a loopback file server), seeded with enough
// objects; its own work (the list's JSON) runs on the page's thread too, so it is part of the figure.
import type { Page } from 'playwright-core';
import { chooseEndpoint, launch, seedTabEstate, sendRequest } from '../../apps/playground/test/browser.ts';
import { bigEstate, serveDist } from '../../apps/playground/test/static-site.ts';
import { median } from './measure.ts';

export interface PlaygroundTasks {
  /** The longest task of each round, ms. */
  readonly longest: number[];
  /** The answer's size as the page shows it (`2.0 MiB`). */
  readonly size: string;
  /** Rows of the answer tree. */
  readonly rows: number;
  readonly median: number;
}

declare global {
  interface Window {
    longTasks: number[];
  }
}

/** Every long task of the page, from its first script on (addInitScript runs before the page's own). */
function observeLongTasks() {
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
  }).observe({ type: 'longtask', buffered: true });
}

export async function playgroundRow(objects: number, rounds: number): Promise<PlaygroundTasks> {
  const state = await bigEstate(objects);
  const site = await serveDist();
  const browser = await launch();
  const longest: number[] = [];
  let size = '';
  let rows = 0;
  try {
    for (let round = 0; round < rounds; round++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      try {
        await context.addInitScript(observeLongTasks);
        const page = await context.newPage();
        await page.goto(site.url);
        await seedTabEstate(page, state);
        await page.reload();
        await page.getByText('The in-tab emulator has no address').waitFor();
        // a small call first: the in-tab emulator loads (and parses the seeded estate) outside the measure
        await chooseEndpoint(page, 'Get Current User');
        await sendRequest(page, 60_000);
        await chooseEndpoint(page, 'Get All Objects');
        await page.evaluate(() => {
          window.longTasks = [];
        });
        await sendRequest(page, 120_000);
        const tree = page.getByRole('region', { name: /^Answer tree, \d+ rows$/ });
        await tree.waitFor({ timeout: 120_000 });
        await page.locator('.tree-row').first().waitFor();
        // tasks that end after the rows are shown (the tree's layout, the verdict) still count
        await page.waitForTimeout(1_000);
        longest.push(await page.evaluate(() => Math.max(0, ...window.longTasks)));
        size = (await page.locator('.metric[title="size"]').textContent()) ?? '';
        rows = Number(/(\d+) rows/.exec((await tree.getAttribute('aria-label')) ?? '')?.[1]);
        if (!(rows > objects)) throw new Error(`playground: the answer tree has ${rows} rows for ${objects} objects`);
      } finally {
        await context.close();
      }
    }
  } finally {
    await browser.close();
    await site.close();
  }
  return { longest, size, rows, median: median(longest) };
}
