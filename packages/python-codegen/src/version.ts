/**
 * The version the Python package carries: @saymon-sdk/core's (all public JS packages share it, one changesets
 * `fixed` group). Read from the manifest, so that it works before anything is built (`pnpm version-packages`).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const here = new URL('..', import.meta.url).pathname;

export function coreVersion(): string {
  const manifest = JSON.parse(readFileSync(join(here, '..', 'core', 'package.json'), 'utf8')) as { version: string };
  return manifest.version;
}
