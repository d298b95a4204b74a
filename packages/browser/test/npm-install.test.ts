/**
 * The install helper against a registry of our own on 127.0.0.1 (one tiny package), which fails
 * on demand: npm's own lines in the error, one retry after a network failure and none otherwise,
 * a private cache that starts empty.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { NpmInstallError, npmInstall } from './npm-install.ts';

const PACKAGE = 'saymon-tiny-dependency';

/** A temp folder removed when the test ends. */
function temp(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** `npm pack` of a one-file package, as bytes. */
function tinyTarball() {
  const source = temp('saymon-npm-tiny-');
  writeFileSync(join(source, 'package.json'), JSON.stringify({ name: PACKAGE, version: '1.0.0', main: 'index.js' }));
  writeFileSync(join(source, 'index.js'), 'module.exports = 42;\n');
  const file = execFileSync('npm', ['pack', '--silent', '--pack-destination', source], {
    cwd: source,
    encoding: 'utf8',
  });
  return readFileSync(join(source, file.trim()));
}

/**
 * A registry serving the tiny package. `answer(n)` gives the status of the n-th metadata request
 * (200 serves it, 0 drops the connection, -1 never answers); every request is counted.
 */
async function registry(answer: (n: number) => number) {
  const tarball = tinyTarball();
  const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
  const requests: string[] = [];
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    requests.push(path);
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (path === `/${PACKAGE}`) {
      const status = answer(requests.filter((r) => r === path).length);
      if (status === 0) return req.socket.destroy();
      if (status === -1) return;
      if (status !== 200) return res.writeHead(status).end(`{"error":"status ${status}"}`);
      const version = {
        name: PACKAGE,
        version: '1.0.0',
        dist: { tarball: `${url}/${PACKAGE}/-/${PACKAGE}-1.0.0.tgz`, integrity },
      };
      res.writeHead(200, { 'content-type': 'application/json' });
      return res.end(
        JSON.stringify({ name: PACKAGE, 'dist-tags': { latest: '1.0.0' }, versions: { '1.0.0': version } }),
      );
    }
    if (path === `/${PACKAGE}/-/${PACKAGE}-1.0.0.tgz`) return res.writeHead(200).end(tarball);
    res.writeHead(404).end('{"error":"not found"}');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  onTestFinished(
    () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  );
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return { url, metadataRequests: () => requests.filter((r) => r === `/${PACKAGE}`).length };
}

/** A project depending on the tiny package, a fresh cache, and npm pointed at `registryUrl` without npm's own retries. */
function project(registryUrl: string) {
  const dir = temp('saymon-npm-project-');
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'p', private: true, dependencies: { [PACKAGE]: '^1.0.0' } }),
  );
  const cache = join(temp('saymon-npm-cache-'), 'cache');
  mkdirSync(cache);
  const env = { npm_config_registry: registryUrl, npm_config_fetch_retries: '0' };
  return { dir, options: { cache, env, timeout: 60_000, fetchTimeout: 20_000 } };
}

/** `console.warn` calls, kept from the test output until the test ends. */
function captureWarnings() {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  onTestFinished(() => warn.mockRestore());
  return warn;
}

describe('npmInstall', () => {
  it('installs through the cache it is given, which starts empty', async () => {
    const served = await registry(() => 200);
    const { dir, options } = project(served.url);
    expect(readdirSync(options.cache)).toEqual([]);
    await npmInstall(dir, options);
    expect(existsSync(join(dir, 'node_modules', PACKAGE, 'index.js'))).toBe(true);
    // the package came from the registry into that cache, not from ~/.npm
    expect(served.metadataRequests()).toBe(1);
    expect(readdirSync(options.cache)).toContain('_cacache');
  });

  it.each([
    { failure: 'a 5xx', answer: 503, npmSays: 'E503', fetchTimeout: undefined },
    { failure: 'a dropped connection', answer: 0, npmSays: 'ECONNRESET', fetchTimeout: undefined },
    {
      failure: 'a stalled request (fetch timeout)',
      answer: -1,
      npmSays: 'network timeout',
      fetchTimeout: 3_000,
    },
  ])('retries once after $failure, and says so', async ({ answer, npmSays, fetchTimeout }) => {
    const served = await registry((n) => (n === 1 ? answer : 200));
    const { dir, options } = project(served.url);
    const warn = captureWarnings();
    await npmInstall(dir, { ...options, fetchTimeout: fetchTimeout ?? options.fetchTimeout });
    expect(existsSync(join(dir, 'node_modules', PACKAGE, 'index.js'))).toBe(true);
    expect(served.metadataRequests()).toBe(2);
    expect(warn.mock.calls.join('\n')).toMatch(new RegExp(`network failure, retrying once:[\\s\\S]*${npmSays}`));
  });

  it('retries once a run it had to stop (npm hung), and says so', async () => {
    // the first metadata request is never answered and npm would wait a minute: the run is stopped at 10 s
    const served = await registry((n) => (n === 1 ? -1 : 200));
    const { dir, options } = project(served.url);
    const warn = captureWarnings();
    await npmInstall(dir, { ...options, timeout: 10_000, fetchTimeout: 60_000 });
    expect(existsSync(join(dir, 'node_modules', PACKAGE, 'index.js'))).toBe(true);
    expect(served.metadataRequests()).toBe(2);
    expect(warn.mock.calls.join('\n')).toMatch(/retrying once:[\s\S]*stopped after 10000 ms/);
  });

  it('gives up after the retry and shows npm’s last lines', async () => {
    const served = await registry(() => 502);
    const { dir, options } = project(served.url);
    captureWarnings();
    const error = await npmInstall(dir, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NpmInstallError);
    expect(served.metadataRequests()).toBe(2);
    const message = (error as Error).message;
    expect(message).toContain('failed twice');
    // npm's own words: its error code and the request that failed
    expect(message).toMatch(/npm error code E502/);
    expect(message).toContain(`${served.url}${PACKAGE}`);
    expect(message).not.toContain('logs-max');
  });

  it('does not retry what is not a network failure (a package the registry does not have)', async () => {
    const served = await registry(() => 404);
    const { dir, options } = project(served.url);
    const error = await npmInstall(dir, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NpmInstallError);
    expect(served.metadataRequests()).toBe(1);
    expect((error as Error).message).toMatch(/failed once[\s\S]*npm error code E404/);
  });
});
