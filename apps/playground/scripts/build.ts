/**
 * `vite build` with a temporary folder of its own, removed when the build ends: Workbox (through
 * vite-plugin-pwa) bundles the service worker in a folder under the system's temp dir and leaves it
 * there, and nothing a build or a test makes may outlive it.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const vite = fileURLToPath(new URL('../node_modules/vite/bin/vite.js', import.meta.url));
const temp = mkdtempSync(join(tmpdir(), 'saymon-playground-build-'));
try {
  const result = spawnSync(process.execPath, [vite, 'build', ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, TMPDIR: temp, TMP: temp, TEMP: temp },
  });
  process.exitCode = result.status ?? 1;
} finally {
  rmSync(temp, { recursive: true, force: true });
}
