/**
 * `npm install` in a fresh project, the way a user on a new machine runs it: with a cache of its
 * own (an empty folder the caller owns), so what is installed is what the registry serves today,
 * not an older release some earlier run left in `~/.npm`. A failure says what npm said; one
 * network failure is retried once.
 */
import { execFile } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface NpmInstallOptions {
  /** The npm cache to use (`npm_config_cache`): a fresh, empty folder the caller removes. */
  cache: string;
  /** More environment for npm (a test registry, `npm_config_fetch_retries`). */
  env?: Record<string, string>;
  /** Per attempt, in ms. */
  timeout?: number;
  /** How long npm waits on a stalled registry request before it fails (npm's default: 5 minutes). */
  fetchTimeout?: number;
}

/**
 * npm's words for a connection that broke, timed out (connecting, or stalled past `fetchTimeout`),
 * found no DNS answer, or a registry's 5xx; and a run this helper stopped at its own bound (npm
 * hung without a word, as it now and then does on a loaded machine with an empty cache).
 */
const NETWORK_FAILURE = /\b(ECONNRESET|ETIMEDOUT|EAI_AGAIN|E5\d\d)\b|network timeout at:|^\(stopped after \d+ ms/m;
/** How much of npm's output a failure shows. */
const TAIL_LINES = 25;

export class NpmInstallError extends Error {
  override name = 'NpmInstallError';
}

export async function npmInstall(dir: string, options: NpmInstallOptions): Promise<void> {
  const first = await attempt(dir, options);
  if (first === undefined) return;
  if (!NETWORK_FAILURE.test(first)) throw failure(dir, first, 'once');
  console.warn(`npm install in ${dir} met a network failure, retrying once:\n${tail(first)}`);
  // start again from the manifest: no half-extracted packages, no lock file written from the failed run
  for (const partial of ['node_modules', 'package-lock.json'])
    rmSync(join(dir, partial), { recursive: true, force: true });
  const second = await attempt(dir, options);
  if (second !== undefined) throw failure(dir, second, 'twice (the first failure was a network failure)');
}

/** npm's output when the install failed, `undefined` when it succeeded. */
async function attempt(dir: string, { cache, env = {}, timeout = 240_000, fetchTimeout = 30_000 }: NpmInstallOptions) {
  try {
    await run(
      'npm',
      // no log file (it would point into the cache the caller removes); http level: a stalled install's last
      // lines show the requests it was waiting on
      ['install', '--no-audit', '--no-fund', `--fetch-timeout=${fetchTimeout}`, '--loglevel=http', '--logs-max=0'],
      {
        cwd: dir,
        timeout,
        maxBuffer: 64 * 1024 * 1024,
        env: {
          ...process.env,
          npm_config_cache: cache,
          npm_config_prefer_offline: 'false',
          npm_config_offline: 'false',
          npm_config_update_notifier: 'false',
          ...env,
        },
      },
    );
    return undefined;
  } catch (error) {
    const {
      stdout = '',
      stderr = '',
      killed,
      signal,
    } = error as { stdout?: string; stderr?: string; killed?: boolean; signal?: string };
    const stopped = killed ? `\n(stopped after ${timeout} ms${signal ? ` by ${signal}` : ''})` : '';
    return `${stdout}\n${stderr}${stopped}`;
  }
}

/** npm's notes about its log file, which this helper turns off (it would sit in the removed cache). */
const LOG_NOTE = /Log files were not written|A complete log of this run/;

const tail = (output: string) =>
  output
    .split('\n')
    .filter((line) => line.trim() !== '' && !LOG_NOTE.test(line))
    .slice(-TAIL_LINES)
    .join('\n');

const failure = (dir: string, output: string, times: string) =>
  new NpmInstallError(`npm install failed ${times} in ${dir}; npm's last lines:\n${tail(output)}`);
