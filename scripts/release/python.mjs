// The PyPI side of a release: the sdist and wheel that packages/python-codegen/scripts/python-dist.ts builds
// and checks, uploaded one file at a time with twine. The token goes to twine through its own environment
// variables (user `__token__`); TWINE_REPOSITORY_URL, when set, picks another index (TestPyPI).
import { execFileSync } from 'node:child_process';

export const PYPI_NAME = 'saymon-sdk';

export function twineUpload({ python, file, env = process.env }) {
  execFileSync(python, ['-m', 'twine', 'upload', '--non-interactive', '--disable-progress-bar', file], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...env, TWINE_USERNAME: '__token__', TWINE_PASSWORD: env.PYPI_TOKEN },
  });
}
