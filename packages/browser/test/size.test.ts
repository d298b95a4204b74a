/**
 * Size budgets on what we publish: the tarballs `pnpm pack` makes are extracted into a
 * node_modules folder (ky and zod beside them, as a registry install would put them) and apps are
 * bundled from there, resolved through the packages' `exports`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { endpoints } from '@saymon-sdk/core';
import { summaryOf } from '@saymon-sdk/core/docs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUDGETS, bundleApp, endpointIdsIn, FLOOR_APP, FULL_CLIENT_APP, ONE_CALL_APP } from './bundle.ts';

const ids = endpoints.map((endpoint) => endpoint.id);
let project: string;

beforeAll(() => {
  const { packages } = inject('packed');
  project = mkdtempSync(join(tmpdir(), 'saymon-size-'));
  for (const name of ['@saymon-sdk/core', '@saymon-sdk/browser']) {
    const packed = packages.find((p) => p.name === name);
    if (!packed) throw new Error(`${name} was not packed`);
    const target = join(project, 'node_modules', name);
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', packed.tarball, '-C', target, '--strip-components=1']);
  }
  // core's dependencies, the versions the lock file pins
  const core = dirname(createRequire(import.meta.url).resolve('@saymon-sdk/core/package.json'));
  for (const dependency of ['ky', 'zod'])
    symlinkSync(realpathSync(join(core, 'node_modules', dependency)), join(project, 'node_modules', dependency));
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('bundle size of the published packages', () => {
  it(`a one-call app (token auth, objectsGet) stays within ${BUDGETS.oneCall} kB and holds no other endpoint`, async () => {
    const app = await bundleApp(ONE_CALL_APP, project);
    console.log(`one-call app from the packed files: ${app.kb.toFixed(1)} kB min+gzip`);
    expect(endpointIdsIn(app.code, ids)).toEqual(['objects.get']);
    // the session strategy (chosen at run time by `auth.type`) loads only when a session is used
    expect(endpointIdsIn(app.lazy, ids)).toEqual(['sessions.create']);
    // classic zod (its locales, JSON Schema output) stays out
    expect(app.code).not.toContain('toJSONSchema');
    // validation messages come from core's small formatter (validation/messages.ts), not classic zod's en locale
    expect(app.code).toContain('received');
    expect(app.code).not.toContain('Invalid input: expected');
    expect(app.kb).toBeLessThanOrEqual(BUDGETS.oneCall);
  });

  it(`the full client stays within ${BUDGETS.fullClient} kB`, async () => {
    const app = await bundleApp(FULL_CLIENT_APP, project);
    console.log(`full client from the packed files: ${app.kb.toFixed(1)} kB min+gzip`);
    expect(endpointIdsIn(app.code, ids)).toHaveLength(ids.length);
    // the one-line summaries are for tools (`@saymon-sdk/core/docs`), not for apps
    expect(app.code).not.toContain(summaryOf('objects.get'));
    expect(app.kb).toBeLessThanOrEqual(BUDGETS.fullClient);
  });

  it(`the SDK adds at most ${BUDGETS.sdkShare} kB to the floor (ky, zod/mini, the objectsGet schemas)`, async () => {
    const [app, floor] = await Promise.all([bundleApp(ONE_CALL_APP, project), bundleApp(FLOOR_APP, project)]);
    console.log(`floor (ky + zod/mini + the objectsGet schemas, no SDK code): ${floor.kb.toFixed(1)} kB min+gzip`);
    expect(app.kb - floor.kb).toBeLessThanOrEqual(BUDGETS.sdkShare);
  });

  it('the same one-call app on @saymon-sdk/core alone stays within the one-call budget', async () => {
    const app = await bundleApp(ONE_CALL_APP.replaceAll('@saymon-sdk/browser', '@saymon-sdk/core'), project);
    console.log(`one-call app on @saymon-sdk/core: ${app.kb.toFixed(1)} kB min+gzip`);
    expect(endpointIdsIn(app.code, ids)).toEqual(['objects.get']);
    expect(app.kb).toBeLessThanOrEqual(BUDGETS.oneCall);
  });

  it('nothing of the OpenAPI document reaches an app that imports everything from core', async () => {
    const all = await bundleApp(`import * as core from '@saymon-sdk/core'; export const all = core;`, project);
    for (const marker of ['x-saymon-provenance', 'securitySchemes', 'jsonSchemaDialect', 'toJSONSchema'])
      expect(all.code).not.toContain(marker);
    const openapi = await bundleApp(`export { openApiDocument } from '@saymon-sdk/core/openapi';`, project);
    expect(openapi.code).toContain('x-saymon-provenance');
  });
});
