/**
 * Builds the Python sdist and wheel of the generated package and checks them (`twine check --strict`, the
 * version, the files, an offline install that imports). `scripts/release.mjs` calls `buildPythonDists` and
 * uploads what it returns; run directly, it builds into a temporary folder and removes it.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { coreVersion } from '../src/version.ts';

const root = new URL('..', import.meta.url).pathname;
/** The venv's Python (made by scripts/python-env.ts), which has build and twine. */
export const venvPython = join(root, '.venv', 'bin', 'python');

export interface PythonDists {
  version: string;
  sdist: string;
  wheel: string;
}

export function buildPythonDists(out: string): PythonDists {
  execFileSync(process.execPath, [join(root, 'scripts', 'python-env.ts')], { stdio: 'inherit' });
  const python = venvPython;
  execFileSync(python, ['-m', 'build', '--no-isolation', '--sdist', '--wheel', '--outdir', out, join(root, 'python')], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const built = readdirSync(out).sort();
  const version = coreVersion();
  const wheel = built.find((f) => f.endsWith('.whl'));
  const sdist = built.find((f) => f.endsWith('.tar.gz'));
  if (!wheel?.startsWith(`saymon_sdk-${version}-`) || sdist !== `saymon_sdk-${version}.tar.gz`)
    throw new Error(`expected saymon_sdk ${version} sdist and wheel, built: ${built.join(', ')}`);
  execFileSync(python, ['-m', 'twine', 'check', '--strict', ...built.map((f) => join(out, f))], { stdio: 'inherit' });
  const files = execFileSync(python, ['-m', 'zipfile', '-l', join(out, wheel)], { encoding: 'utf8' });
  for (const needed of ['saymon_sdk/py.typed', 'saymon_sdk/models.py', 'saymon_sdk/_endpoints.py'])
    if (!files.includes(needed)) throw new Error(`${wheel} lacks ${needed}`);
  if (/tests?\//.test(files)) throw new Error(`${wheel} contains tests`);
  // the wheel installs and imports on its own (dependencies from the venv, nothing from PyPI)
  const target = mkdtempSync(join(tmpdir(), 'saymon-pyinstall-'));
  try {
    execFileSync(
      python,
      ['-m', 'pip', 'install', '--quiet', '--no-deps', '--no-index', '--target', target, join(out, wheel)],
      { stdio: 'inherit' },
    );
    const probe = `import saymon_sdk, saymon_sdk.models, saymon_sdk.params, saymon_sdk._endpoints as e
assert saymon_sdk.__file__.startswith(${JSON.stringify(target)}), saymon_sdk.__file__
assert saymon_sdk.__version__ == ${JSON.stringify(version)} and len(e.ENDPOINTS) >= 229`;
    execFileSync(python, ['-I', '-c', `import sys; sys.path.insert(0, ${JSON.stringify(target)})\n${probe}`], {
      stdio: 'inherit',
    });
  } finally {
    rmSync(target, { recursive: true, force: true });
  }
  return { version, sdist: join(out, sdist), wheel: join(out, wheel) };
}

if (import.meta.main) {
  const out = mkdtempSync(join(tmpdir(), 'saymon-pydist-'));
  try {
    const { version, sdist, wheel } = buildPythonDists(out);
    console.log(
      `saymon-sdk ${version}: ${[sdist, wheel].map((f) => f.slice(out.length + 1)).join(', ')} built and checked`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
