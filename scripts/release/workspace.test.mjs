import assert from 'node:assert/strict';
import { test } from 'node:test';
import { dependencyOrder, publicPackages } from './workspace.mjs';

const pkg = (name, deps = []) => ({ manifest: { name, dependencies: Object.fromEntries(deps.map((d) => [d, '*'])) } });

test('a package comes after the workspace packages it depends on', () => {
  const order = dependencyOrder([pkg('a', ['c']), pkg('b', ['a', 'left-pad']), pkg('c')]).map((p) => p.manifest.name);
  assert.deepEqual(order, ['c', 'a', 'b']);
});

test('a dependency cycle is refused', () => {
  assert.throws(() => dependencyOrder([pkg('a', ['b']), pkg('b', ['a'])]), /dependency cycle through/);
});

test('this workspace publishes @saymon-sdk/core first and no private package', () => {
  const names = publicPackages().map((p) => p.manifest.name);
  assert.equal(names[0], '@saymon-sdk/core');
  assert.ok(names.length >= 4 && !names.includes('@saymon-sdk/python-codegen'), names.join(', '));
});
