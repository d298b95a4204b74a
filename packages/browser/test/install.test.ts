/**
 * "Install only what you need", proven on the packed tarballs: fresh projects outside the
 * workspace install one adapter with npm (the core tarball stands in for the registry through
 * `overrides`; ky, zod, undici and Vite come from the npm registry).
 */
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { endpoints } from '@saymon-sdk/core';
import { DEMO_USERS, type RunningEmulator, startEmulator } from '@saymon-sdk/emulator';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { BUDGETS, endpointIdsIn, ONE_CALL_APP, weigh } from './bundle.ts';

const run = promisify(execFile);
/** The Vite the browser project builds with (pinned: Vite 7 runs on every machine here). */
const VITE = '7.3.8';
const { packages } = inject('packed');
const tarball = (name: string) => {
  const found = packages.find((p) => p.name === name);
  if (!found) throw new Error(`${name} was not packed`);
  return found.tarball;
};
const projects: string[] = [];

/** A fresh project in the system temp folder, installed with npm. */
async function install(name: string, dependencies: Record<string, string>, files: Record<string, string> = {}) {
  const dir = mkdtempSync(join(tmpdir(), `saymon-install-${name}-`));
  projects.push(dir);
  const manifest = {
    name: `saymon-install-${name}`,
    private: true,
    type: 'module',
    dependencies,
    overrides: { '@saymon-sdk/core': `file:${tarball('@saymon-sdk/core')}` },
  };
  writeFileSync(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  // a stalled registry connection is retried after 30 s instead of npm's default 5 minutes
  await run(
    'npm',
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--fetch-timeout=30000', '--loglevel=warn'],
    { cwd: dir, timeout: 240_000 },
  );
  return dir;
}

const installed = (dir: string, scope: string) =>
  existsSync(join(dir, 'node_modules', scope)) ? readdirSync(join(dir, 'node_modules', scope)).sort() : [];

let emulator: RunningEmulator;
let nodeProject: string;
let browserProject: string;

beforeAll(async () => {
  [emulator, nodeProject, browserProject] = await Promise.all([
    startEmulator({ port: 0 }),
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
    ),
    install(
      'browser',
      { '@saymon-sdk/browser': `file:${tarball('@saymon-sdk/browser')}`, vite: VITE },
      {
        'index.html':
          '<!doctype html><title>one call</title><pre id="out"></pre><script type="module" src="/main.js"></script>',
        'main.js': `${ONE_CALL_APP}\nrun('1').then((object) => { document.getElementById('out').textContent = object.name; });\n`,
      },
    ),
  ]);
}, 300_000);

afterAll(async () => {
  await emulator?.close();
  for (const dir of projects) rmSync(dir, { recursive: true, force: true });
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

  it(`@saymon-sdk/browser alone bundles a one-call app with Vite ${VITE} within ${BUDGETS.oneCall} kB`, async () => {
    expect(installed(browserProject, '@saymon-sdk')).toEqual(['browser', 'core']);
    for (const absent of ['undici', 'hono', 'playwright-core'])
      expect(existsSync(join(browserProject, 'node_modules', absent)), absent).toBe(false);
    await run(
      process.execPath,
      [join(browserProject, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--manifest'],
      { cwd: browserProject, timeout: 120_000 },
    );
    // what the page loads first: the entry chunk and its static imports (Vite's manifest says which)
    const dist = join(browserProject, 'dist');
    const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8')) as Record<
      string,
      { file: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
    >;
    const entry = Object.keys(manifest).find((key) => manifest[key]?.isEntry);
    if (!entry) throw new Error('Vite wrote no entry chunk');
    const bundle = weigh(entry, (key) => ({
      text: readFileSync(join(dist, manifest[key]?.file ?? ''), 'utf8'),
      imports: [
        ...(manifest[key]?.imports ?? []).map((path) => ({ path, lazy: false })),
        ...(manifest[key]?.dynamicImports ?? []).map((path) => ({ path, lazy: true })),
      ],
    }));
    console.log(`one-call app built by Vite ${VITE}: ${bundle.kb.toFixed(1)} kB min+gzip loaded first`);
    const ids = endpoints.map((e) => e.id);
    expect(endpointIdsIn(bundle.code, ids)).toEqual(['objects.get']);
    expect(endpointIdsIn(bundle.lazy, ids)).toEqual(['sessions.create']);
    expect(bundle.kb).toBeLessThanOrEqual(BUDGETS.oneCall);
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
