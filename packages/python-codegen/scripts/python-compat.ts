/**
 * The compatibility rows of `npm test`: the package's endpoint, answer and smoke tests on the lowest Python and
 * dependency versions it declares (Python 3.10, httpx 0.27.0, pydantic 2.7.0) and on the newest (the newest Python
 * this machine has, the newest httpx and pydantic releases, re-resolved once a day). A failing lowest row fails; a
 * failing newest row is reported and does not fail (an upstream release broke it: a fix is due, not a red build).
 * An interpreter the machine does not have is reported as skipped, never replaced by another.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const TESTS = ['test/test_smoke.py', 'test/test_answers.py', 'test/test_endpoints.py'];
const TOOLS = ['pytest==8.3.4', 'pytest-asyncio==0.25.0'];
const DAY_MS = 24 * 3600 * 1000;

interface Row {
  name: string;
  python: string;
  pins: string[];
  /** re-resolve the pins after this long (the newest row follows upstream releases) */
  refreshMs?: number;
  mayBreak: boolean;
}

/** An interpreter of this minor version: on PATH, else in pyenv's versions folder. */
function findPython(minor: string): string | undefined {
  const works = (command: string) =>
    spawnSync(command, ['-c', 'import venv'], { stdio: 'ignore' }).status === 0 ? command : undefined;
  const onPath = works(`python${minor}`);
  if (onPath) return onPath;
  const versions = join(process.env.PYENV_ROOT ?? join(homedir(), '.pyenv'), 'versions');
  if (!existsSync(versions)) return undefined;
  const found = readdirSync(versions)
    .filter((v) => v === minor || v.startsWith(`${minor}.`))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }))
    .map((v) => join(versions, v, 'bin', `python${minor}`))
    .filter((path) => existsSync(path));
  return found.length ? works(found[found.length - 1] as string) : undefined;
}

function newestPython(): [string, string] | undefined {
  for (const minor of ['3.14', '3.13', '3.12', '3.11']) {
    const python = findPython(minor);
    if (python) return [minor, python];
  }
  return undefined;
}

function prepare(row: Row): string {
  const venv = join(root, '.venv-compat', row.name);
  const python = join(venv, 'bin', 'python');
  const stamp = join(venv, '.pins');
  const wanted = JSON.stringify([row.python, row.pins, TOOLS]);
  const fresh =
    existsSync(stamp) &&
    readFileSync(stamp, 'utf8') === wanted &&
    (row.refreshMs === undefined || Date.now() - statSync(stamp).mtimeMs < row.refreshMs);
  if (fresh && existsSync(python)) return python;
  rmSync(venv, { recursive: true, force: true });
  execFileSync(row.python, ['-m', 'venv', venv], { stdio: 'inherit' });
  execFileSync(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', ...row.pins, ...TOOLS], {
    stdio: 'inherit',
  });
  writeFileSync(stamp, wanted);
  return python;
}

function versions(python: string): string {
  return execFileSync(
    python,
    [
      '-c',
      'import sys, httpx, pydantic; print(f"Python {sys.version.split()[0]}, httpx {httpx.__version__}, pydantic {pydantic.VERSION}")',
    ],
    { encoding: 'utf8' },
  ).trim();
}

const rows: Row[] = [];
const lowest = findPython('3.10');
if (lowest) rows.push({ name: 'lowest', python: lowest, pins: ['httpx==0.27.0', 'pydantic==2.7.0'], mayBreak: false });
else console.log('python compat: lowest row skipped: no Python 3.10 on this machine (requires-python says >= 3.10)');
const newest = newestPython();
if (newest)
  rows.push({
    name: `newest-${newest[0]}`,
    python: newest[1],
    pins: ['httpx<1', 'pydantic<3'],
    refreshMs: DAY_MS,
    mayBreak: true,
  });
else console.log('python compat: newest row skipped: no Python 3.11 or later found');

let failed = false;
for (const row of rows) {
  const python = prepare(row);
  const run = spawnSync(python, ['-m', 'pytest', '-q', '-p', 'no:cacheprovider', ...TESTS], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, NODE: process.env.NODE ?? process.execPath },
  });
  const summary = (run.stdout ?? '').trim().split('\n').at(-1) ?? '';
  const label = `python compat ${row.name} (${versions(python)})`;
  if (run.status === 0) console.log(`${label}: ${summary}`);
  else if (row.mayBreak)
    console.log(`${label}: BROKEN by an upstream release, reported not failed:\n${run.stdout}${run.stderr}`);
  else {
    console.error(`${label}: FAILED\n${run.stdout}${run.stderr}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
