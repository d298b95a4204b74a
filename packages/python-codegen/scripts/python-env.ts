/**
 * Creates `.venv` (Python ≥ 3.10, `python3 -m venv`) and installs the pinned tools of
 * requirements-dev.txt from PyPI. Idempotent: when the venv already holds exactly these pins
 * (a stamp of the file's hash), it returns at once.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const venv = join(root, '.venv');
const python = join(venv, 'bin', 'python');
const stamp = join(venv, '.requirements.sha256');
const requirements = join(root, 'requirements-dev.txt');
const wanted = createHash('sha256').update(readFileSync(requirements)).digest('hex');

function findPython(): string {
  for (const candidate of ['python3.11', 'python3.12', 'python3.13', 'python3.10', 'python3']) {
    try {
      const version = execFileSync(
        candidate,
        ['-c', 'import sys; print(sys.version_info[0] * 100 + sys.version_info[1])'],
        {
          encoding: 'utf8',
        },
      );
      if (Number(version.trim()) >= 310) return candidate;
    } catch {}
  }
  throw new Error('Python >= 3.10 with the venv module is needed (Debian: apt-get install python3 python3-venv)');
}

if (existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted && existsSync(python)) process.exit(0);

if (!existsSync(python)) {
  rmSync(venv, { recursive: true, force: true });
  execFileSync(findPython(), ['-m', 'venv', venv], { stdio: 'inherit' });
}
execFileSync(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', requirements], {
  stdio: 'inherit',
});
writeFileSync(stamp, wanted);
console.log(`python-codegen: ${venv} ready`);
