/**
 * Size budgets on what we publish: the tarballs `pnpm pack` makes are extracted into a
 * node_modules folder (ky and zod beside them, as a registry install would put them) and apps are
 * bundled from there, resolved through the packages' `exports`. ky and zod are the lock file's, so
 * these figures move only when we change code or the lock file; still, what is judged is the SDK's
 * share over each app's floor (`SHARE_BUDGETS`), and the totals are printed with the versions.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { endpoints } from '@saymon-sdk/core';
import { summaryOf } from '@saymon-sdk/core/docs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  bundleApp,
  describeShare,
  endpointIdsIn,
  FLOOR_APP,
  FULL_CLIENT_APP,
  FULL_FLOOR_APP,
  ONE_CALL_APP,
  SHARE_BUDGETS,
  shareOf,
} from './bundle.ts';

const ids = endpoints.map((endpoint) => endpoint.id);
let project: string;
/** ky's and zod's versions in the project (the lock file's). */
let versions: Record<string, string>;

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
  versions = Object.fromEntries(
    ['ky', 'zod'].map((name) => {
      const manifest = join(project, 'node_modules', name, 'package.json');
      return [name, (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version];
    }),
  );
});

afterAll(() => rmSync(project, { recursive: true, force: true }));

describe('bundle size of the published packages', () => {
  it(`a one-call app (token auth, objectsGet) adds at most ${SHARE_BUDGETS.oneCall} kB to its floor and holds no other endpoint`, async () => {
    const [app, floor] = await Promise.all([bundleApp(ONE_CALL_APP, project), bundleApp(FLOOR_APP, project)]);
    const share = shareOf(app, floor);
    console.log(describeShare('one-call app, esbuild', share, versions, SHARE_BUDGETS.oneCall));
    // what is weighed is the app's chunk and what it imports (its server URL is in it), not a lazy chunk
    expect(app.code).toContain('https://saymon.example');
    expect(endpointIdsIn(app.code, ids)).toEqual(['objects.get']);
    // the session strategy (chosen at run time by `auth.type`) loads only when a session is used
    expect(endpointIdsIn(app.lazy, ids)).toEqual(['sessions.create']);
    // so are the errors only it throws (exported-errors.ts), and the guard of streamed answers
    for (const lazyOnly of ['cannot read the csrf cookie', 'did not send the session cookie', 'highWaterMark'])
      expect([app.code.includes(lazyOnly), app.lazy.includes(lazyOnly)], lazyOnly).toEqual([false, true]);
    // classic zod (its locales, JSON Schema output) stays out
    expect(app.code).not.toContain('toJSONSchema');
    // validation messages come from core's small formatter (validation/messages.ts), not classic zod's en locale,
    // and load only when input or an answer is wrong
    expect(app.lazy).toContain('matches none of');
    expect(app.code).not.toContain('matches none of');
    expect(app.code).not.toContain('Invalid input: expected');
    expect(share.sdk).toBeLessThanOrEqual(SHARE_BUDGETS.oneCall);
  });

  it(`the full client adds at most ${SHARE_BUDGETS.fullClient} kB to its floor (every endpoint's schemas)`, async () => {
    const [app, floor] = await Promise.all([bundleApp(FULL_CLIENT_APP, project), bundleApp(FULL_FLOOR_APP, project)]);
    const share = shareOf(app, floor);
    console.log(describeShare('full client, esbuild', share, versions, SHARE_BUDGETS.fullClient));
    expect(endpointIdsIn(app.code, ids)).toHaveLength(ids.length);
    expect(endpointIdsIn(floor.code, ids)).toHaveLength(ids.length);
    // the one-line summaries are for tools (`@saymon-sdk/core/docs`), not for apps
    expect(app.code).not.toContain(summaryOf('objects.get'));
    expect(share.sdk).toBeLessThanOrEqual(SHARE_BUDGETS.fullClient);
  });

  it(`the same one-call app on @saymon-sdk/core alone adds at most ${SHARE_BUDGETS.oneCallCore} kB to its floor`, async () => {
    const [app, floor] = await Promise.all([
      bundleApp(ONE_CALL_APP.replaceAll('@saymon-sdk/browser', '@saymon-sdk/core'), project),
      bundleApp(FLOOR_APP, project),
    ]);
    const share = shareOf(app, floor);
    console.log(describeShare('one-call app on @saymon-sdk/core, esbuild', share, versions, SHARE_BUDGETS.oneCallCore));
    expect(endpointIdsIn(app.code, ids)).toEqual(['objects.get']);
    expect(share.sdk).toBeLessThanOrEqual(SHARE_BUDGETS.oneCallCore);
  });

  it('nothing of the OpenAPI document reaches an app that imports everything from core', async () => {
    const all = await bundleApp(`import * as core from '@saymon-sdk/core'; export const all = core;`, project);
    for (const marker of ['x-saymon-provenance', 'securitySchemes', 'jsonSchemaDialect', 'toJSONSchema'])
      expect(all.code).not.toContain(marker);
    const openapi = await bundleApp(`export { openApiDocument } from '@saymon-sdk/core/openapi';`, project);
    expect(openapi.code).toContain('x-saymon-provenance');
  });
});
