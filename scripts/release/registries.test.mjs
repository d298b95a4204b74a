import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { npmHasVersion, pypiHasFile } from './registries.mjs';

/** A fake npm registry and PyPI JSON API on loopback, answering from `routes` (path → [status, body]). */
async function fakeRegistry(t, routes) {
  const asked = [];
  const server = createServer((req, res) => {
    asked.push(req.url);
    const [status, body] = routes[req.url] ?? [404, { error: 'not found' }];
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise((resolve) => server.close(resolve)));
  return { url: `http://127.0.0.1:${server.address().port}`, asked };
}

test('npm: a version in the packument is published; an unknown package or version is not', async (t) => {
  const fake = await fakeRegistry(t, {
    '/@saymon-sdk%2fcore': [200, { name: '@saymon-sdk/core', versions: { '0.1.0': {}, '0.2.0': {} } }],
  });
  const registry = `${fake.url}/`;
  assert.equal(await npmHasVersion({ name: '@saymon-sdk/core', version: '0.2.0', registry }), true);
  assert.equal(await npmHasVersion({ name: '@saymon-sdk/core', version: '0.3.0', registry }), false);
  assert.equal(await npmHasVersion({ name: '@saymon-sdk/node', version: '0.2.0', registry }), false);
  assert.deepEqual(fake.asked, ['/@saymon-sdk%2fcore', '/@saymon-sdk%2fcore', '/@saymon-sdk%2fnode']);
});

test('PyPI: each file type of a release counts on its own', async (t) => {
  const fake = await fakeRegistry(t, {
    '/pypi/saymon-sdk/0.2.0/json': [200, { urls: [{ packagetype: 'sdist', filename: 'saymon_sdk-0.2.0.tar.gz' }] }],
  });
  const ask = (version, packagetype) => pypiHasFile({ name: 'saymon-sdk', version, packagetype, base: fake.url });
  assert.equal(await ask('0.2.0', 'sdist'), true);
  assert.equal(await ask('0.2.0', 'bdist_wheel'), false);
  assert.equal(await ask('0.3.0', 'sdist'), false);
});

test('a registry error is an error, not "not published"', async (t) => {
  const fake = await fakeRegistry(t, { '/pypi/saymon-sdk/0.2.0/json': [503, {}] });
  await assert.rejects(
    pypiHasFile({ name: 'saymon-sdk', version: '0.2.0', packagetype: 'sdist', base: fake.url }),
    /\/pypi\/saymon-sdk\/0\.2\.0\/json answered 503/,
  );
});
