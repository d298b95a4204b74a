// The workspace install is quiet on the Node that bootstraps pnpm because pnpm checks engines against
// `nodeVersion`, the Node the scripts run on; published packages still ask their users for Node >= 22
// (run: node --test 'scripts/*.test.mjs').
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

test('nodeVersion in pnpm-workspace.yaml is the Node the lockfile installs for the scripts (the node devDependency)', () => {
  const nodeVersion = /^nodeVersion: *(\S+)$/m.exec(read('pnpm-workspace.yaml'))?.[1];
  const rootImporter = /^ {2}\.:\n([\s\S]*?)\n\n/m.exec(read('pnpm-lock.yaml'))?.[1] ?? '';
  const locked = /^ {6}node:\n {8}specifier: .+\n {8}version: (\S+)$/m.exec(rootImporter)?.[1];
  assert.ok(locked, 'pnpm-lock.yaml has no node devDependency at the root');
  assert.equal(nodeVersion, locked, 'after updating the node devDependency, set nodeVersion to its version');
});

test('every published package keeps engines.node >= 22', () => {
  const published = readdirSync(new URL('packages/', root))
    .map((name) => JSON.parse(read(`packages/${name}/package.json`)))
    .filter((manifest) => !manifest.private);
  assert.ok(published.length >= 4);
  for (const manifest of published) assert.equal(manifest.engines?.node, '>=22', manifest.name);
});
