/**
 * "Install only what you need", proven on the packed tarballs: fresh projects outside the
 * workspace install one adapter with npm (the core tarball stands in for the registry through
 * `overrides`; ky, zod, undici and Vite come from the npm registry, today's releases, through an
 * npm cache of this run's own that starts empty).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { endpoints } from '@saymon-sdk/core';
import { DEMO_USERS, type RunningEmulator, startEmulator } from '@saymon-sdk/emulator';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { describeShare, endpointIdsIn, FLOOR_APP, ONE_CALL_APP, SHARE_BUDGETS, shareOf, weigh } from './bundle.ts';
import { npmInstall } from './npm-install.ts';

const run = promisify(execFile);
/** The Vite the browser project builds with (pinned: Vite 7 runs on every machine here). */
const VITE = '7.3.8';
const { packages } = inject('packed');
const tarball = (name: string) => {
  const found = packages.find((p) => p.name === name);
  if (!found) throw new Error(`${name} was not packed`);
  return found.tarball;
};
/** Everything this file creates (projects, the npm cache), removed after the last test, pass or fail. */
const created: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  created.push(dir);
  return dir;
};
/** The npm cache of this run: empty, so npm fetches what the registry serves today. */
let cache: string;

/** A fresh project in the system temp folder, installed with npm. */
async function install(name: string, dependencies: Record<string, string>, files: Record<string, string> = {}) {
  const dir = temp(`saymon-install-${name}-`);
  const manifest = {
    name: `saymon-install-${name}`,
    private: true,
    type: 'module',
    dependencies,
    overrides: { '@saymon-sdk/core': `file:${tarball('@saymon-sdk/core')}` },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, file)), { recursive: true });
    writeFileSync(join(dir, file), text);
  }
  await npmInstall(dir, { cache });
  return dir;
}

/** The version of a package installed at the top of a project's node_modules. */
const versionOf = (dir: string, name: string) =>
  (JSON.parse(readFileSync(join(dir, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

/** Builds the page in `root` with Vite and weighs what it loads first (Vite's manifest says which chunks). */
async function viteBuild(project: string, root: string) {
  await run(process.execPath, [join(project, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', root, '--manifest'], {
    cwd: project,
    timeout: 120_000,
  });
  const dist = join(project, root, 'dist');
  const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
    string,
    { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
  >;
  const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
  if (!entry) throw new Error('Vite wrote no entry chunk');
  return weigh(entry, (key) => ({
    text: readFileSync(join(dist, manifest[key]?.file ?? ''), 'utf8'),
    imports: [
      ...(manifest[key]?.imports ?? []).map((path) => ({ path, lazy: false })),
      ...(manifest[key]?.dynamicImports ?? []).map((path) => ({ path, lazy: true })),
    ],
  }));
}

/** A page that runs `app`'s `run('1')`. */
const page = (app: string) => ({
  'index.html':
    '<!doctype html><title>one call</title><pre id="out"></pre><script type="module" src="/main.js"></script>',
  'main.js': `${app}\nrun('1').then((result) => { document.getElementById('out').textContent = String(result); });\n`,
});
const inFolder = (folder: string, files: Record<string, string>) =>
  Object.fromEntries(Object.entries(files).map(([file, text]) => [`${folder}/${file}`, text]));

const installed = (dir: string, scope: string) =>
  existsSync(join(dir, 'node_modules', scope)) ? readdirSync(join(dir, 'node_modules', scope)).sort() : [];

let emulator: RunningEmulator;
let nodeProject: string;
let browserProject: string;

beforeAll(async () => {
  cache = temp('saymon-npm-cache-');
  // all settle before a failure is thrown: afterAll must not remove a folder npm still writes to
  const started = await Promise.allSettled([
    startEmulator({ port: 0 }).then((running) => {
      emulator = running;
    }),
    install(
      'node',
      { '@saymon-sdk/node': `file:${tarball('@saymon-sdk/node')}` },
      {
        'app.js': `
          import { call, createClient } from '@saymon-sdk/node';
          import { objectsGet } from '@saymon-sdk/node/endpoints';
          const client = createClient({ url: process.argv[2], auth: { type: 'basic', login: 'admin', password: process.argv[3] } });
          const [user, root] = await Promise.all([client.users.current(), call(client.core, objectsGet, { path: { id: '1' } })]);
          console.log(JSON.stringify({ login: user.login, root: root.id }));
        `,
      },
    ).then((dir) => {
      nodeProject = dir;
    }),
    install(
      'browser',
      { '@saymon-sdk/browser': `file:${tarball('@saymon-sdk/browser')}`, vite: VITE },
      // the app and its floor (the same ky, zod/mini and endpoint schemas, no SDK code), each a page of its own
      { ...inFolder('one-call', page(ONE_CALL_APP)), ...inFolder('floor', page(FLOOR_APP)) },
    ).then((dir) => {
      browserProject = dir;
    }),
  ]);
  const failures = started.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
  for (const failure of failures.slice(1)) console.error(failure);
  if (failures.length > 0) throw failures[0];
  // an install retried after a network failure takes two attempts of up to 240 s each
}, 600_000);

afterAll(async () => {
  try {
    await emulator?.close();
  } finally {
    for (const dir of created) rmSync(dir, { recursive: true, force: true });
  }
});

describe('install only what you need', () => {
  it('@saymon-sdk/node alone installs core and node, and calls the emulator (also through /endpoints)', async () => {
    expect(installed(nodeProject, '@saymon-sdk')).toEqual(['core', 'node']);
    for (const absent of ['hono', '@hono', 'playwright-core', 'vite', 'esbuild'])
      expect(existsSync(join(nodeProject, 'node_modules', absent)), absent).toBe(false);
    const { stdout } = await run(process.execPath, ['app.js', emulator.url, DEMO_USERS.admin.password], {
      cwd: nodeProject,
    });
    expect(JSON.parse(stdout)).toEqual({ login: 'admin', root: '1' });
  });

  it(`@saymon-sdk/browser alone: a one-call app built by Vite ${VITE} adds at most ${SHARE_BUDGETS.oneCall} kB to its floor`, async () => {
    expect(installed(browserProject, '@saymon-sdk')).toEqual(['browser', 'core']);
    for (const absent of ['undici', 'hono', 'playwright-core'])
      expect(existsSync(join(browserProject, 'node_modules', absent)), absent).toBe(false);
    // one ky and one zod, the ones the floor bundles: none nested under core with other versions
    for (const dependency of ['ky', 'zod'])
      expect(existsSync(join(browserProject, 'node_modules', '@saymon-sdk', 'core', 'node_modules', dependency))).toBe(
        false,
      );
    const versions = { ky: versionOf(browserProject, 'ky'), zod: versionOf(browserProject, 'zod') };
    const app = await viteBuild(browserProject, 'one-call');
    const floor = await viteBuild(browserProject, 'floor');
    const share = shareOf(app, floor);
    // the total moves with every ky or zod release: printed, not judged
    console.log(describeShare(`one-call app, Vite ${VITE}, npm install today`, share, versions, SHARE_BUDGETS.oneCall));
    const ids = endpoints.map((e) => e.id);
    expect(endpointIdsIn(app.code, ids)).toEqual(['objects.get']);
    expect(endpointIdsIn(app.lazy, ids)).toEqual(['sessions.create']);
    expect(endpointIdsIn(floor.code, ids)).toEqual(['objects.get']);
    expect(share.sdk).toBeLessThanOrEqual(SHARE_BUDGETS.oneCall);
  });

  it('every packed manifest carries the one fixed-group version and no workspace: range', () => {
    const config = JSON.parse(readFileSync(new URL('../../../.changeset/config.json', import.meta.url), 'utf8')) as {
      fixed: string[][];
    };
    const group = config.fixed[0] ?? [];
    const inGroup = (name: string) =>
      group.some((p) => p === name || (p.endsWith('*') && name.startsWith(p.slice(0, -1))));
    const manifests = packages.map(
      (p) =>
        JSON.parse(execFileSync('tar', ['-xOzf', p.tarball, 'package/package.json'], { encoding: 'utf8' })) as {
          name: string;
          version: string;
          dependencies?: Record<string, string>;
          peerDependencies?: Record<string, string>;
          optionalDependencies?: Record<string, string>;
        },
    );
    expect(manifests.map((m) => m.name).sort()).toEqual(
      expect.arrayContaining(['@saymon-sdk/browser', '@saymon-sdk/core', '@saymon-sdk/emulator', '@saymon-sdk/node']),
    );
    expect(config.fixed).toHaveLength(1);
    for (const manifest of manifests) expect(inGroup(manifest.name), manifest.name).toBe(true);
    expect(new Set(manifests.map((m) => m.version)).size).toBe(1);
    const ranges = manifests.flatMap((m) =>
      Object.entries({ ...m.dependencies, ...m.peerDependencies, ...m.optionalDependencies }).map(
        ([dependency, range]) => `${m.name} -> ${dependency}@${range}`,
      ),
    );
    expect(ranges.filter((line) => line.includes('workspace:'))).toEqual([]);
    // the SDK's own packages depend on each other at exactly that version
    const version = manifests[0]?.version;
    for (const line of ranges.filter((l) => l.includes('> @saymon-sdk/')))
      expect(line).toMatch(new RegExp(`@${version}$`));
  });
});
