/**
 * The playground in Debian's Chromium: on the dev experience (`pnpm playground`: the Vite dev
 * server with the emulator server beside it and a second emulator as the "real" server behind the
 * proxy) and on the static build served by a plain file server. Screenshots go to test-artifacts/.
 */
import { execFile } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { type AddressInfo, createServer as createNetServer, type Server as NetServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { type RunningEmulator, startEmulator } from '@saymon-sdk/emulator';
import type { Browser, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { type RunningPlayground, startPlayground } from '../server/start.ts';
import { launch, openPage } from './browser.ts';

const run = promisify(execFile);
const here = dirname(fileURLToPath(import.meta.url));
const artifacts = join(here, '..', 'test-artifacts');
mkdirSync(artifacts, { recursive: true });
const FIRST_LOAD_BUDGET = 250 * 1024;
/** A 1×1 PNG. */
const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(artifacts, `${name}.png`) });
}

async function choose(page: Page, search: string, title: string) {
  await page.getByRole('searchbox', { name: /^Search endpoints/ }).fill(search);
  await page
    .getByRole('navigation', { name: 'Endpoints' })
    .locator('.endpoint')
    .filter({ has: page.getByText(title, { exact: true }) })
    .first()
    .click();
  await expect.poll(() => page.locator('#request-title').textContent()).toBe(title);
}

async function send(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Send', exact: true }).click();
  const status = page.getByRole('status', { name: 'Status' });
  await status.waitFor();
  await expect.poll(async () => page.getByRole('button', { name: 'Sending…' }).count()).toBe(0);
  return (await status.textContent()) ?? '';
}

/** The in-tab emulator has loaded (its chunk is fetched after the first render). */
/** The page is up and knows its targets (the snippets' note names a server; the in-tab emulator loads later). */
const rendered = (page: Page) => page.getByText('The in-tab emulator has no address').waitFor();

const body = (page: Page) => page.getByRole('region', { name: 'Response body' }).textContent();
const snippetText = async (page: Page, language: string) => {
  await page.locator('#snippet-language').selectOption(language);
  return (await page.getByRole('region', { name: `${language} snippet` }).textContent()) ?? '';
};

/** "Get All Objects" found by search, sent, 200 with the demo estate. */
async function getAllObjects(page: Page) {
  await choose(page, 'Get All Objects', 'Get All Objects');
  expect(await send(page)).toMatch(/^200/);
  expect(await body(page)).toContain('Root');
}

/** Runs a curl snippet as the page shows it (it names the emulator server at its real port); the status it got. */
async function runCurl(snippet: string, password: string, cwd?: string): Promise<string> {
  const script = `${snippet} --silent --output /dev/null --write-out '%{http_code}'`;
  // an HTTP error fails the snippet (curl's exit 22) once the status is written
  const { stdout } = await run('bash', ['-c', script], {
    cwd,
    env: { ...process.env, SAYMON_PASSWORD: password },
  }).catch((error: { stdout: string }) => error);
  return stdout.trim();
}

/** Runs a Node snippet (ESM, top-level await) as the page shows it. */
async function runNode(snippet: string, password: string) {
  const file = join(here, '..', 'test-artifacts', `snippet-${Date.now()}.mjs`);
  writeFileSync(file, snippet);
  try {
    const { stdout } = await run(process.execPath, [file], { env: { ...process.env, SAYMON_PASSWORD: password } });
    return { ok: true, output: stdout };
  } catch (error) {
    return { ok: false, output: String((error as { stderr?: string }).stderr) };
  } finally {
    rmSync(file, { force: true });
  }
}

describe('pnpm playground (dev server, emulator server, proxy)', () => {
  let playground: RunningPlayground;
  let real: RunningEmulator;
  let page: Page;
  let errors: string[];
  // the port the emulator server asks for is taken (as 8080 is when another emulator runs)
  let blocker: NetServer;
  let takenPort: number;

  beforeAll(async () => {
    blocker = createNetServer().listen(0, '127.0.0.1');
    await once(blocker, 'listening');
    takenPort = (blocker.address() as AddressInfo).port;
    real = await startEmulator({ port: 0, seed: 'demo' });
    playground = await startPlayground({ port: 0, emulatorPort: takenPort, realServer: real.url });
    ({ page, errors } = await openPage(browser, playground.url));
    await rendered(page);
  });
  afterAll(async () => {
    await page?.context().close();
    await playground?.close();
    await real?.close();
    await new Promise<void>((resolve) => (blocker ? blocker.close(() => resolve()) : resolve()));
  });

  it('finds "Get All Objects" by search, sends it in the tab and shows 200 with the demo objects', async () => {
    await getAllObjects(page);
    await shot(page, 'get-all-objects');
    expect(errors).toEqual([]);
  });

  it('the snippets name the emulator server at the port it got (its port was taken), and the note says so', async () => {
    expect(playground.emulator.port).not.toBe(takenPort);
    const server = playground.emulator.url;
    for (const language of ['curl', 'node', 'fetch', 'python', 'httpx', 'browser']) {
      const text = await snippetText(page, language);
      expect(text).toContain(server);
      expect(text).not.toContain(`:${takenPort}`);
      expect(text).not.toContain(':8080');
    }
    const note = page.getByRole('region', { name: 'Code', exact: true }).locator('p.muted');
    expect(await note.textContent()).toContain(`snippets call the emulator server beside this page (${server})`);
    await snippetText(page, 'curl');
    await page
      .getByRole('region', { name: 'Code', exact: true })
      .screenshot({ path: join(artifacts, 'snippet-real-port.png') });
  });

  it('the curl and Node snippets, run as shown, get the status the playground showed', async () => {
    expect(await runCurl(await snippetText(page, 'curl'), 'saymon')).toBe('200');
    const node = await runNode(await snippetText(page, 'node'), 'saymon');
    expect(node.ok).toBe(true);
    expect(node.output).toContain('"Root"');
    for (const language of ['curl', 'node', 'fetch', 'python', 'httpx', 'browser']) {
      expect(await snippetText(page, language)).not.toContain("saymon'");
    }
  });

  it('opens Create Object with the docs’ example in the form and the JSON editor; another example; clear', async () => {
    await choose(page, 'Create Object', 'Create Object');
    expect(await page.locator('#field-body-name').inputValue()).toBe('New Object');
    expect(await page.locator('#field-body-parent_id').inputValue()).toBe('1');
    const options = await page.locator('#example option').allTextContents();
    expect(options).toHaveLength(4);
    expect(options[0]).toBe('Docs example 1');
    expect(options.at(-1)).toBe('Empty form');
    await page.getByRole('tab', { name: 'JSON', exact: true }).click();
    await expect.poll(() => page.locator('.json-editor').textContent()).toContain('"parent_id": "1"');
    await shot(page, 'docs-example');
    await page.getByRole('tab', { name: 'Form', exact: true }).click();
    await page.locator('#example').selectOption('1');
    expect(await page.locator('#field-body-name').inputValue()).toBe('HARDWARE - $userLogin');
    await page.getByRole('button', { name: 'Clear form' }).click();
    expect(await page.locator('#field-body-name').inputValue()).toBe('');
    expect(await page.locator('#example').inputValue()).toBe('empty');
  });

  it('the docs’ ids are not the demo estate’s: a note says so, and sending the example shows a 404', async () => {
    await choose(page, 'Get Object by ID', 'Get Object by ID');
    expect(await page.locator('#field-path-id').inputValue()).toBe('$object_id');
    expect(await page.getByRole('note').textContent()).toContain('404');
    expect(await send(page)).toMatch(/^404/);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'SaymonApiError' }).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it('creates an object with the body form, then fetches it by id', async () => {
    await choose(page, 'Create Object', 'Create Object');
    await page.locator('#field-body-name').fill('e2e created object');
    expect(await send(page)).toMatch(/^200/);
    const text = (await body(page)) ?? '';
    const id = /id:"([0-9a-f]{24})"/.exec(text)?.[1];
    expect(id).toBeDefined();
    await shot(page, 'create-object');
    await choose(page, 'Get Object by ID', 'Get Object by ID');
    await page.locator('#field-path-id').fill(id as string);
    expect(await send(page)).toMatch(/^200/);
    expect(await body(page)).toContain('e2e created object');
  });

  it('shows inline SDK validation before sending', async () => {
    await choose(page, 'Create Object', 'Create Object');
    await page.locator('#field-body-name').fill('');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => page.locator('.field.invalid').count()).toBeGreaterThan(0);
    expect(await page.getByRole('status', { name: 'Status' }).count()).toBe(0);
    await shot(page, 'validation');
  });

  it('a wrong password shows the 401 clearly, and the snippets get 401 too', async () => {
    await page.getByLabel('Password').fill('wrong-password');
    await getAllObjectsExpecting(page, /^401/);
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'SaymonApiError' }).count()).toBeGreaterThan(0);
    await shot(page, 'wrong-password');
    expect(await runCurl(await snippetText(page, 'curl'), 'wrong-password')).toBe('401');
    const node = await runNode(await snippetText(page, 'node'), 'wrong-password');
    expect(node.ok).toBe(false);
    expect(node.output).toMatch(/401/);
    expect(await page.content()).not.toContain('wrong-password"');
  });

  it('the token flow creates a token for the user and switches to token auth', async () => {
    await page.getByLabel('Password').fill('saymon');
    await page.getByRole('button', { name: 'Create a token and use it' }).click();
    await expect.poll(() => page.getByText('now using token auth').count()).toBe(1);
    expect(await page.getByRole('radio', { name: 'Token' }).isChecked()).toBe(true);
    await getAllObjects(page);
    const curl = await snippetText(page, 'curl');
    expect(curl).toContain('$SAYMON_TOKEN');
    const history = (await page.getByRole('list', { name: 'Sent requests' }).textContent()) ?? '';
    expect(history).toContain('objects.list');
    await shot(page, 'token-flow');
  });

  it('the local emulator server answers through the proxy, with a session', async () => {
    await page.locator('#target').selectOption('local');
    await page.getByRole('radio', { name: 'Session' }).check();
    await page.getByLabel('Login').fill('admin');
    await page.getByLabel('Password').fill('saymon');
    await getAllObjects(page);
    // a write through the session: the csrf cookie is echoed by the browser adapter
    await choose(page, 'Create Object', 'Create Object');
    await page.locator('#field-body-name').fill('made through the proxy');
    expect(await send(page)).toMatch(/^200/);
  });

  it('the read-only switch blocks a write to the real target until it is turned off', async () => {
    await page.locator('#target').selectOption('real');
    await page.getByLabel('Login').fill('admin');
    await page.getByLabel('Password').fill('saymon');
    await getAllObjects(page);
    await choose(page, 'Create Object', 'Create Object');
    await page.locator('#field-body-name').fill('must not reach the real server');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Blocked' }).count()).toBe(1);
    await shot(page, 'read-only');
    const names = Object.values(real.store.state.objects).map((o) => o.name);
    expect(names).not.toContain('must not reach the real server');
    await page.getByRole('switch').uncheck();
    expect(await send(page)).toMatch(/^200/);
    expect(Object.values(real.store.state.objects).map((o) => o.name)).toContain('must not reach the real server');
  });

  it("a real server's session lives in the proxy; read-only refuses the token flow", async () => {
    await page.locator('#target').selectOption('real');
    await page.getByRole('switch').check();
    await page.getByRole('radio', { name: 'Session' }).check();
    await page.getByLabel('Login').fill('admin');
    await page.getByLabel('Password').fill('saymon');
    // the login through the proxy, then a read with the session the proxy keeps
    await getAllObjects(page);
    await shot(page, 'real-session-read');
    const sessions = Object.entries(real.store.state.sessions);
    expect(sessions.length).toBeGreaterThan(0);
    const held = sessions.flatMap(([sid, session]) => [sid, session.csrf]);
    const cookies = (await page.context().cookies()).map((c) => c.value);
    const pageCookies = await page.evaluate(() => document.cookie);
    for (const secret of held) {
      expect(cookies).not.toContain(secret);
      expect(pageCookies).not.toContain(secret);
    }
    // the token flow is a write: refused, the admin's token unchanged
    const admin = () => Object.values(real.store.state.users).find((u) => u.login === 'admin');
    const token = admin()?.authenticationToken;
    await page.getByRole('button', { name: 'Create a token and use it' }).click();
    const refusal = page.locator('.auth .error-text');
    await expect.poll(() => refusal.textContent()).toMatch(/Could not create a token: Read-only: POST/);
    await shot(page, 'real-token-refused');
    expect(admin()?.authenticationToken).toBe(token);
    expect(await page.getByRole('radio', { name: 'Session' }).isChecked()).toBe(true);
    // with the switch off, a session write carries the csrf the proxy keeps
    await page.getByRole('switch').uncheck();
    await choose(page, 'Create Object', 'Create Object');
    await page.locator('#field-body-name').fill('written with the proxy session');
    expect(await send(page)).toMatch(/^200/);
    expect(Object.values(real.store.state.objects).map((o) => o.name)).toContain('written with the proxy session');
    await page.getByRole('radio', { name: 'Basic' }).check();
  });

  it("a session's first call may be a write, on every target (the csrf cookie is read after the login)", async () => {
    for (const target of ['tab', 'local', 'real']) {
      await page.locator('#target').selectOption(target);
      // the real target is read-only until the switch is turned off
      if (target === 'real' && (await page.getByRole('switch').isChecked())) await page.getByRole('switch').uncheck();
      // a call with Basic first, so the session below is a new client whose first call is the write
      // (Basic before the fields: a target may hold token auth from an earlier test)
      await page.getByRole('radio', { name: 'Basic' }).check();
      await page.getByLabel('Login').fill('admin');
      await page.getByLabel('Password').fill('saymon');
      await getAllObjects(page);
      await page.getByRole('radio', { name: 'Session' }).check();
      await choose(page, 'Create Object', 'Create Object');
      await page.locator('#field-body-name').fill(`first write on ${target}`);
      expect(`${target}: ${await send(page)}`).toMatch(new RegExp(`^${target}: 200`));
    }
  });

  it('a share link restores the request and holds no secret', async () => {
    await page.locator('#target').selectOption('tab');
    await choose(page, 'Get Object by ID', 'Get Object by ID');
    await page.locator('#field-path-id').fill('1');
    await page.getByRole('button', { name: 'Share link' }).click();
    const link = page.url();
    expect(link).toContain('#/objects.get?r=');
    expect(link).not.toMatch(/saymon|password|token/i);
    const { page: second } = await openPage(browser, link);
    onTestFinished(() => second.context().close());
    await expect.poll(() => second.locator('#field-path-id').inputValue()).toBe('1');
  });

  it('uploads a file as a document of a demo object in the tab, reads the document and downloads its file', async () => {
    const CONTENT = 'notes uploaded by the e2e test\n';
    await page.locator('#target').selectOption('tab');
    await page.getByRole('radio', { name: 'Basic' }).check();
    await page.getByLabel('Login').fill('admin');
    await page.getByLabel('Password').fill('saymon');
    const object = Object.values(real.store.state.objects).find((o) => String(o.id) !== '1');
    expect(object).toBeDefined();
    const objectId = String(object?.id);
    await choose(page, 'Add Document to Object', 'Add Document to Object');
    expect(await page.locator('#field-path-id').inputValue()).toBe('$object_id');
    await page.locator('#field-path-id').fill(objectId);
    await page.getByRole('tab', { name: 'File (multipart)' }).click();
    await page
      .locator('#field-body-file')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from(CONTENT) });
    expect(await page.locator('label[for="field-body-file"]').textContent()).toContain('File to upload');
    // the input keeps the chosen file (it is not rebuilt when the state takes it)
    expect(await page.locator('#field-body-file').evaluate((el) => (el as HTMLInputElement).files?.[0]?.name)).toBe(
      'notes.txt',
    );

    // the snippets read the file by name; the curl one, run beside such a file, uploads it too
    const curl = await snippetText(page, 'curl');
    expect(curl).toContain(`--form 'file=@notes.txt;type=text/plain'`);
    for (const language of ['curl', 'fetch', 'browser', 'node', 'python', 'httpx']) {
      const text = await snippetText(page, language);
      expect(text).toContain('notes.txt');
      expect(text).not.toContain('notes uploaded');
    }
    // saymon_sdk uploads it too: `files=` beside the path, no hand-written httpx call
    const python = await snippetText(page, 'python');
    expect(python).toContain('files={"file": ("notes.txt", open("notes.txt", "rb"), "text/plain")}');
    expect(python).not.toContain('import httpx');
    await shot(page, 'upload-python-snippet');
    const dir = mkdtempSync(join(tmpdir(), 'playground-upload-'));
    try {
      writeFileSync(join(dir, 'notes.txt'), CONTENT);
      expect(await runCurl(curl, 'saymon', dir)).toBe('200');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const uploaded = Object.values(playground.emulator.store.state.documents).map((d) => d.name);
    expect(uploaded).toContain('notes.txt');

    expect(await send(page)).toMatch(/^200/);
    const answer = (await body(page)) ?? '';
    expect(answer).toContain('notes.txt');
    expect(answer).toContain('/node-resources/docs/uid/');
    const docId = /id:"([0-9a-f]{24})"/.exec(answer)?.[1];
    expect(docId).toBeDefined();
    await shot(page, 'upload-document');
    const history = (await page.getByRole('list', { name: 'Sent requests' }).textContent()) ?? '';
    expect(history).toContain('objects.addDocument');

    // the object's document, by id, then its file
    await choose(page, "Get Object's Document", "Get Object's Document");
    await page.locator('#field-path-id').fill(objectId);
    await page.locator('#field-path-docId').fill(docId as string);
    expect(await send(page)).toMatch(/^200/);
    expect(await body(page)).toContain('notes.txt');
    await page.getByRole('button', { name: 'Download the document’s file' }).click();
    await expect.poll(async () => (await body(page)) ?? '').toContain('notes uploaded by the e2e test');
    expect(await page.getByRole('status', { name: 'Status' }).textContent()).toMatch(/^200/);
    await shot(page, 'download-document');

    // a binary file: an image, uploaded the same way, downloads as a binary answer shown as an image
    await choose(page, 'Add Document to Object', 'Add Document to Object');
    await page.locator('#field-body-file').setInputFiles({ name: 'pixel.png', mimeType: 'image/png', buffer: PIXEL });
    expect(await send(page)).toMatch(/^200/);
    await page.getByRole('button', { name: 'Download the document’s file' }).click();
    await expect.poll(async () => (await body(page)) ?? '').toContain('Binary answer (image/png, 70 B)');
    const image = page.getByRole('img', { name: /^Answer: pixel.png/ });
    await expect.poll(() => image.evaluate((el) => (el as HTMLImageElement).naturalWidth)).toBe(1);
    expect(await page.getByRole('link', { name: 'Download' }).getAttribute('download')).toBe('pixel.png');
    await shot(page, 'download-image');
    expect(errors).toEqual([]);
  });

  it('keyboard: Ctrl+K focuses the search, Ctrl+Enter sends; dark theme', async () => {
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('search');
    await page.getByRole('searchbox', { name: /^Search endpoints/ }).fill('objects.list');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Enter');
    await expect
      .poll(async () => (await page.getByRole('status', { name: 'Status' }).textContent()) ?? '')
      .toMatch(/^200/);
    await page.getByRole('button', { name: /Switch to dark theme/ }).click();
    // the theme is applied by an effect after the click's render: wait for it
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await shot(page, 'dark-theme');
    expect(errors).toEqual([]);
  });

  it("a real server the proxy cannot reach: the 502 is labelled as the proxy's, not SAYMON's (dev server: needs the proxy)", async () => {
    const closed = createNetServer().listen(0, '127.0.0.1');
    await once(closed, 'listening');
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await page.locator('#target').selectOption('real');
    await page.locator('#real-url').fill(`http://127.0.0.1:${port}`);
    await page.getByRole('button', { name: 'Connect' }).click();
    await expect.poll(() => page.getByText(`Real target: http://127.0.0.1:${port}`).count()).toBe(1);
    await page.getByRole('radio', { name: 'Basic' }).check();
    await page.getByLabel('Login').fill('admin');
    await page.getByLabel('Password').fill('saymon');
    await getAllObjectsExpecting(page, /^502/);
    expect(await page.locator('.badge.proxy').textContent()).toContain('not SAYMON');
    const alert = (await page.getByRole('alert').filter({ hasText: 'ProxyError' }).textContent()) ?? '';
    expect(alert).toContain('SAYMON did not answer');
    expect(alert).not.toContain('SAYMON answered');
    await shot(page, 'proxy-failure');
    await page.locator('#real-url').fill(real.url);
    await page.getByRole('button', { name: 'Connect' }).click();
    await page.locator('#target').selectOption('tab');
  });
});

async function getAllObjectsExpecting(page: Page, status: RegExp) {
  await choose(page, 'Get All Objects', 'Get All Objects');
  expect(await send(page)).toMatch(status);
}

describe('static build (dist/) on a plain file server', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    const serve = sirv(join(here, '..', 'dist'), { dev: false, single: false });
    server = createServer((req, res) =>
      serve(req, res, () => {
        res.writeHead(404).end();
      }),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it(`works with the in-tab emulator, keeps its state across reloads, and the first load is at most ${FIRST_LOAD_BUDGET / 1024} kB of gzipped JavaScript`, async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    onTestFinished(() => context.close());
    const page = await context.newPage();
    const scripts = new Map<string, number>();
    page.on('response', async (response) => {
      if (!response.url().endsWith('.js')) return;
      const bytes = await response.body().catch(() => Buffer.alloc(0));
      scripts.set(response.url(), gzipSync(bytes, { level: 9 }).length);
    });
    await page.goto(url);
    await rendered(page);
    await getAllObjects(page);
    await page.waitForLoadState('networkidle');
    const total = [...scripts.values()].reduce((a, b) => a + b, 0);
    const list = [...scripts].map(([u, n]) => `${u.split('/').pop()} ${(n / 1024).toFixed(1)} kB`).join(', ');
    console.log(
      `first load (static build, in-tab target, one call sent): ${(total / 1024).toFixed(1)} kB gzipped JS in ${scripts.size} files: ${list}`,
    );
    expect(total).toBeLessThanOrEqual(FIRST_LOAD_BUDGET);
    await shot(page, 'static-build');

    // state across reloads: an object made in the tab is still there after a reload
    await choose(page, 'Create Object', 'Create Object');
    await page.locator('#field-body-name').fill('kept across reloads');
    expect(await send(page)).toMatch(/^200/);
    await page.reload();
    await rendered(page);
    await getAllObjects(page);
    expect(await body(page)).toContain('kept across reloads');
    page.once('dialog', (dialog) => dialog.accept());
    await page.getByRole('button', { name: 'Reset emulator' }).click();
    await expect.poll(() => page.getByText('back to the demo estate').count()).toBe(1);
    await getAllObjects(page);
    expect(await body(page)).not.toContain('kept across reloads');
  });
});
