/**
 * Issue 29 (part B) in Debian's Chromium on the static build: a value of an answer used in the next
 * request, `{{var}}` references (resolved in the snippet, an unknown one not sent), environments (secret
 * values never in local storage), saved requests in collections (kept across a reload, renamed,
 * deleted after a confirm), a searchable history, copy and download of an answer. Screenshots go to
 * test-artifacts/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { describe, expect, it, onTestFinished } from 'vitest';
import { chooseEndpoint, sendRequest } from './browser.ts';
import { staticSuite } from './static-suite.ts';

const artifacts = join(dirname(fileURLToPath(import.meta.url)), '..', 'test-artifacts');
mkdirSync(artifacts, { recursive: true });

const suite = staticSuite();

const body = (page: Page) => page.getByRole('region', { name: 'Response body' }).textContent();
const curl = async (page: Page) => {
  await page.locator('#snippet-language').selectOption('curl');
  return (await page.getByRole('region', { name: 'curl snippet' }).textContent()) ?? '';
};
/** Opens a panel that loads on first use (its button), and waits for its chunk. */
async function openPanel(page: Page, button: 'Environments and variables' | 'Saved requests', ready: string) {
  await page.getByRole('button', { name: button, exact: true }).click();
  await page.locator(ready).first().waitFor();
}
const openEnvironments = (page: Page) => openPanel(page, 'Environments and variables', '#environment');
const openCollections = (page: Page) =>
  openPanel(
    page,
    'Saved requests',
    'section.collections input, section.collections [aria-label="Save this request as"]',
  );

/** Answers the next prompt or confirm with `value` (a confirm: accepted). */
const answerDialog = (page: Page, value?: string) => page.once('dialog', (dialog) => void dialog.accept(value));

/** The second object of the demo estate's list: its id and name, read from the answer tree. */
async function secondObject(page: Page): Promise<{ id: string; name: string }> {
  const objects = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  return objects[1];
}

describe('chaining (static build)', () => {
  it('uses an answer node in the next request, resolves {{last.*}} in the snippet, refuses an unknown variable', async () => {
    const { page, errors } = await suite.open({ width: 1440, height: 1100 });
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await chooseEndpoint(page, 'Get All Objects');
    expect(await sendRequest(page)).toMatch(/^200/);
    await page.getByRole('button', { name: 'Copy answer' }).click();
    const second = await secondObject(page);

    // the second object's row in the tree (an object node: its id is carried)
    await page
      .locator('.tree-toggle', { has: page.locator('.tree-key', { hasText: /^1$/ }) })
      .first()
      .click();
    const chosen = page.getByRole('group', { name: 'Chosen value' });
    await expect.poll(() => chosen.textContent()).toContain('[1]');
    await page.screenshot({ path: join(artifacts, 'chaining-node-actions.png') });
    await chosen.getByRole('button', { name: 'Use in request' }).click();
    await chooseEndpoint(page, 'Get Object by ID');
    const carry = page.getByRole('region', { name: 'Value to use' });
    expect(await carry.textContent()).toContain(second.id);
    // the field is chosen by name match: the path's id
    expect(await page.locator('#carry-field').inputValue()).toBe('path.id');
    await page.screenshot({ path: join(artifacts, 'chaining-carry.png') });
    await carry.getByRole('button', { name: 'Put' }).click();
    expect(await carry.count()).toBe(0);
    expect(await sendRequest(page)).toMatch(/^200/);
    expect(await body(page)).toContain(second.name);

    // {{last.id}}: the answer of Get Object by ID; shown resolved in the snippet
    await chooseEndpoint(page, 'Get Object by ID');
    const idField = page.locator('.request fieldset').filter({ hasText: 'Path' }).locator('input').first();
    await idField.fill('{{last.id}}');
    await expect.poll(() => curl(page)).toContain(`/node/api/objects/${second.id}`);
    expect(await curl(page)).not.toContain('{{');
    expect(await sendRequest(page)).toMatch(/^200/);

    // an unknown variable: named on its field, nothing sent (no new history entry)
    const sent = await page.getByRole('list', { name: 'Sent requests' }).locator('li').count();
    await idField.fill('{{nope}}');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.poll(() => page.locator('.request').textContent()).toContain('no variable named nope');
    expect(await page.getByRole('list', { name: 'Sent requests' }).locator('li').count()).toBe(sent);
    await page.screenshot({ path: join(artifacts, 'chaining-unknown-variable.png') });

    // a value saved as a variable, then used by name
    await chooseEndpoint(page, 'Get All Objects');
    expect(await sendRequest(page)).toMatch(/^200/);
    await page
      .locator('.tree-toggle', { has: page.locator('.tree-key', { hasText: /^1$/ }) })
      .first()
      .click();
    answerDialog(page, 'picked');
    await page.getByRole('group', { name: 'Chosen value' }).getByRole('button', { name: 'Save as variable' }).click();
    await openEnvironments(page);
    await expect
      .poll(() => page.getByRole('list', { name: 'Values saved from answers' }).textContent())
      .toContain('{{picked}}');
    await chooseEndpoint(page, 'Get Object by ID');
    await idField.fill('{{picked.id}}');
    await expect.poll(() => curl(page)).toContain(`/node/api/objects/${second.id}`);

    // copy a single value; download the answer
    expect(await sendRequest(page)).toMatch(/^200/);
    await page
      .locator('.tree-pick', { hasText: /^name$/ })
      .first()
      .click();
    await page.getByRole('group', { name: 'Chosen value' }).getByRole('button', { name: 'Copy value' }).click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(second.name);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download answer' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`${second.id}.json`);
    const path = await download.path();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ id: second.id, name: second.name });
    expect(errors).toEqual([]);
  });
});

describe('environments, collections and history (static build)', () => {
  it('keeps an environment (its secret values for this tab only) and its variables resolve', async () => {
    const { page, errors } = await suite.open({ width: 1440, height: 1100 });
    await openEnvironments(page);
    answerDialog(page, 'Staging');
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect.poll(() => page.locator('#environment option:checked').textContent()).toBe('Staging');
    const add = async (name: string, value: string) => {
      await page.getByLabel('Variable name').fill(name);
      await page.getByLabel('Variable value').fill(value);
      await page.getByRole('button', { name: 'Set', exact: true }).click();
    };
    await add('objectId', '1');
    await add('apiToken', 'tok-secret-77');
    const table = page.getByRole('table', { name: 'Variables of Staging' });
    expect(await table.textContent()).toContain('{{objectId}}');
    expect(await table.textContent()).not.toContain('tok-secret-77');
    await page.screenshot({ path: join(artifacts, 'environment.png') });
    const local = await page.evaluate(() => JSON.stringify(localStorage));
    expect(local).toContain('objectId');
    expect(local).not.toContain('tok-secret-77');
    expect(await page.evaluate(() => JSON.stringify(sessionStorage))).toContain('tok-secret-77');

    // after a reload: still active, its variable resolves in the snippet and the call
    await page.reload();
    await page.locator('button:has-text("Reset emulator"):not([disabled])').waitFor();
    expect(await page.locator('#environment option:checked').textContent()).toBe('Staging');
    await chooseEndpoint(page, 'Get Object by ID');
    await page.locator('.request fieldset').filter({ hasText: 'Path' }).locator('input').first().fill('{{objectId}}');
    await expect.poll(() => curl(page)).toContain('/node/api/objects/1');
    expect(await sendRequest(page)).toMatch(/^200/);

    // the download leaves the secret out
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download', exact: true }).click(),
    ]);
    const file = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(file)).toMatchObject({ name: 'Staging', values: { objectId: '1' } });
    expect(file).not.toContain('tok-secret-77');

    // a second environment from other auth settings; switching applies each one's auth kind and login
    // (the static build offers only the in-tab target, so the target stays)
    const authKind = () => page.locator('input[name="auth-kind"]:checked').inputValue();
    expect(await authKind()).toBe('basic');
    await page.getByRole('radio', { name: 'Session' }).check();
    await page.getByRole('textbox', { name: 'Login' }).fill('ops');
    answerDialog(page, 'Ops');
    await page.getByRole('button', { name: 'New', exact: true }).click();
    await expect.poll(() => page.locator('#environment option:checked').textContent()).toBe('Ops');
    await page.locator('#environment').selectOption({ label: 'Staging' });
    await expect.poll(authKind).toBe('basic');
    expect(await page.getByRole('textbox', { name: 'Login' }).inputValue()).not.toBe('ops');
    await page.locator('#environment').selectOption({ label: 'Ops' });
    await expect.poll(authKind).toBe('session');
    expect(await page.getByRole('textbox', { name: 'Login' }).inputValue()).toBe('ops');
    expect(await page.locator('#target').inputValue()).toBe('tab');

    answerDialog(page);
    await page.getByRole('button', { name: 'Delete', exact: true }).first().click();
    await expect.poll(() => page.locator('#environment option').count()).toBe(2);
    expect(await page.locator('#environment option:checked').textContent()).toBe('No environment');
    expect(errors).toEqual([]);
  });

  it('saves requests into collections, reopens them after a reload, renames and deletes them', async () => {
    const { page, errors } = await suite.open({ width: 1440, height: 1100 });
    await chooseEndpoint(page, 'Get Object by ID');
    await page.locator('.request fieldset').filter({ hasText: 'Path' }).locator('input').first().fill('1');
    await openCollections(page);
    const panel = page.getByRole('region', { name: 'Collections' });
    await panel.getByLabel('Save this request as').fill('The root');
    await panel.getByLabel('in collection').fill('Daily');
    await panel.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => panel.getByRole('list', { name: 'Requests in Daily' }).textContent()).toContain('The root');

    await page.reload();
    await page.locator('button:has-text("Reset emulator"):not([disabled])').waitFor();
    await chooseEndpoint(page, 'Get All Objects');
    await openCollections(page);
    await panel.getByRole('button', { name: 'GET The root' }).click();
    await expect.poll(() => page.locator('#request-title').textContent()).toBe('Get Object by ID');
    expect(
      await page.locator('.request fieldset').filter({ hasText: 'Path' }).locator('input').first().inputValue(),
    ).toBe('1');
    expect(await sendRequest(page)).toMatch(/^200/);
    await page.screenshot({ path: join(artifacts, 'collections.png') });

    answerDialog(page, 'Root object');
    await panel.getByRole('button', { name: 'Rename The root' }).click();
    await expect.poll(() => panel.textContent()).toContain('Root object');
    // a refused confirm keeps it
    page.once('dialog', (dialog) => void dialog.dismiss());
    await panel.getByRole('button', { name: 'Delete Root object' }).click();
    expect(await panel.textContent()).toContain('Root object');
    answerDialog(page);
    await panel.getByRole('button', { name: 'Delete Root object' }).click();
    await expect.poll(() => panel.getByRole('list', { name: 'Requests in Daily' }).locator('li').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows time, status and target in the history, and searches it', async () => {
    const { page } = await suite.open({ width: 1440, height: 1100 });
    await chooseEndpoint(page, 'Get All Objects');
    expect(await sendRequest(page)).toMatch(/^200/);
    await chooseEndpoint(page, 'Get Object by ID');
    await page.locator('.request fieldset').filter({ hasText: 'Path' }).locator('input').first().fill('no-such-id');
    expect(await sendRequest(page)).toMatch(/^404/);
    const list = page.getByRole('list', { name: 'Sent requests' });
    expect(await list.locator('li').count()).toBe(2);
    expect(await list.locator('time').first().textContent()).toMatch(/^\d\d:\d\d:\d\d$/);
    expect(await list.textContent()).toContain('in-tab');
    await page.getByLabel('Search the history').fill('404');
    expect(await list.locator('li').count()).toBe(1);
    expect(await list.textContent()).toContain('objects.get');
    await page.getByLabel('Search the history').fill('objects.list 200');
    expect(await list.textContent()).toContain('objects.list');
    expect(await list.locator('li').count()).toBe(1);
    await page.getByLabel('Search the history').fill('no-such-id');
    expect(await list.textContent()).toContain('objects.get');
    await page.screenshot({ path: join(artifacts, 'history-search.png') });
  });
});

describe('the workspace panels at desktop and 390 px (static build)', () => {
  for (const width of [1440, 390]) {
    it(`${width} px: environments, collections, history and a chosen answer node fit the window`, async () => {
      const context = await suite.browser.newContext({ viewport: { width, height: 844 } });
      onTestFinished(() => context.close());
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(suite.site.url);
      await page.locator('button:has-text("Reset emulator"):not([disabled])').waitFor();
      await chooseEndpoint(page, 'Get All Objects');
      expect(await sendRequest(page)).toMatch(/^200/);
      await page
        .locator('.tree-toggle', { has: page.locator('.tree-key', { hasText: /^1$/ }) })
        .first()
        .click();
      const chosen = page.getByRole('group', { name: 'Chosen value' });
      await chosen.waitFor();
      await page
        .getByRole('region', { name: 'Response', exact: true })
        .screenshot({ path: join(artifacts, `workspace-${width}-answer-tools.png`) });
      await chosen.getByRole('button', { name: 'Use in request' }).click();
      await chooseEndpoint(page, 'Get Object by ID');
      await page
        .getByRole('region', { name: 'Value to use' })
        .screenshot({ path: join(artifacts, `workspace-${width}-carry.png`) });

      await openEnvironments(page);
      answerDialog(page, 'Staging with a long name');
      await page.getByRole('button', { name: 'New', exact: true }).click();
      await page.getByLabel('Variable name').fill('objectId');
      await page.getByLabel('Variable value').fill('6786fa800000000000000002');
      await page.getByRole('button', { name: 'Set', exact: true }).click();
      await page.getByLabel('Variable name').fill('apiToken');
      await page.getByLabel('Variable value').fill('tok-secret');
      await page.getByRole('button', { name: 'Set', exact: true }).click();
      const environments = page.getByRole('region', { name: 'Environment' });
      await environments.getByRole('table').waitFor();
      await environments.screenshot({ path: join(artifacts, `workspace-${width}-environments.png`) });

      await openCollections(page);
      const collections = page.getByRole('region', { name: 'Collections' });
      await collections.getByLabel('Save this request as').fill('The second object of the demo estate');
      await collections.getByRole('button', { name: 'Save', exact: true }).click();
      await collections.getByRole('button', { name: 'Rename The second object of the demo estate' }).waitFor();
      await collections.screenshot({ path: join(artifacts, `workspace-${width}-collections.png`) });

      const history = page.getByRole('region', { name: 'History' });
      await history.screenshot({ path: join(artifacts, `workspace-${width}-history.png`) });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `${width} px: horizontal overflow`).toBeLessThanOrEqual(0);
      expect(errors).toEqual([]);
    });
  }
});
