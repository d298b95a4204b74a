/**
 * The Python venv the snippet runs use (`.venv/`, made with `python3 -m venv`), with the pinned tools of
 * `snippet-requirements.txt` from PyPI: HTTPie, requests, httpx and saymon_sdk's dependencies. saymon_sdk itself is
 * the repository's (`packages/python-codegen/python/src` on `PYTHONPATH`). Idempotent: a stamp of the file's hash.
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const VENV = join(here, '..', '.venv');
export const SAYMON_SDK_PATH = join(here, '..', '..', '..', 'packages', 'python-codegen', 'python', 'src');

export function pythonSnippetsEnv(): { python: string; bin: string } {
  const python = join(VENV, 'bin', 'python');
  const requirements = join(here, 'snippet-requirements.txt');
  const stamp = join(VENV, '.requirements.sha256');
  const wanted = createHash('sha256').update(readFileSync(requirements)).digest('hex');
  if (!(existsSync(stamp) && readFileSync(stamp, 'utf8') === wanted && existsSync(python))) {
    if (!existsSync(python)) {
      rmSync(VENV, { recursive: true, force: true });
      execFileSync('python3', ['-m', 'venv', VENV], { stdio: 'inherit' });
    }
    execFileSync(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', requirements], {
      stdio: 'inherit',
    });
    writeFileSync(stamp, wanted);
  }
  return { python, bin: join(VENV, 'bin') };
}
