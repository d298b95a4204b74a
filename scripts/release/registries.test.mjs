import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { npmHasVersion, pypiHasFile } from './registries.mjs';

/** A fake npm registry and PyPI JSON API on loopback, answering from `routes` (path → [status, body]). */
async function fakeRegistry(t, routes) {
  const asked = [];
  const accepts = [];
  const server = createServer((req, res) => {
    asked.push(req.url);
    accepts.push(req.headers.accept);
    const [status, body] = routes[req.url] ?? [404, { error: 'not found' }];
    res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise((resolve) => server.close(resolve)));
  return { url: `http://127.0.0.1:${server.address().port}`, asked, accepts };
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

test('PyPI: each file of a release counts on its own; the project name is normalized', async (t) => {
  const fake = await fakeRegistry(t, {
    '/simple/saymon-sdk/': [200, { meta: { 'api-version': '1.1' }, files: [{ filename: 'saymon_sdk-0.2.0.tar.gz' }] }],
  });
  const ask = (filename) => pypiHasFile({ name: 'Saymon_SDK', filename, base: fake.url });
  assert.equal(await ask('saymon_sdk-0.2.0.tar.gz'), true);
  assert.equal(await ask('saymon_sdk-0.2.0-py3-none-any.whl'), false);
  assert.equal(await ask('saymon_sdk-0.3.0.tar.gz'), false);
  assert.equal(await pypiHasFile({ name: 'other', filename: 'other-1.0.tar.gz', base: fake.url }), false);
  assert.deepEqual(fake.asked, [...Array(3).fill('/simple/saymon-sdk/'), '/simple/other/']);
  assert.deepEqual(fake.accepts.slice(-1), ['application/vnd.pypi.simple.v1+json']);
});

test('a registry error is an error, not "not published"', async (t) => {
  const fake = await fakeRegistry(t, { '/simple/saymon-sdk/': [503, {}] });
  await assert.rejects(
    pypiHasFile({ name: 'saymon-sdk', filename: 'saymon_sdk-0.2.0.tar.gz', base: fake.url }),
    /\/simple\/saymon-sdk\/ answered 503/,
  );
});
