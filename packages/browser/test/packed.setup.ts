/**
 * Packs every publishable package once per test run with `pnpm pack` (what the registry would
 * get) into a temporary folder the size and install tests read: `inject('packed')`.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

export interface PackedPackage {
  name: string;
  version: string;
  /** Path of the `.tgz`. */
  tarball: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    packed: { dir: string; packages: PackedPackage[] };
  }
}

const run = promisify(execFile);
const packagesDir = new URL('../../', import.meta.url).pathname;

export default async function setup(project: TestProject) {
  const dir = mkdtempSync(join(tmpdir(), 'saymon-packed-'));
  const publishable = readdirSync(packagesDir)
    .map((name) => join(packagesDir, name))
    .filter((path) => {
      try {
        return !JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')).private;
      } catch {
        return false;
      }
    });
  const remove = () => rmSync(dir, { recursive: true, force: true });
  try {
    const packages = await Promise.all(
      publishable.map(async (path) => {
        const { stdout } = await run('pnpm', ['pack', '--pack-destination', dir, '--json'], { cwd: path });
        const info = JSON.parse(stdout) as { name: string; version: string; filename: string };
        return { name: info.name, version: info.version, tarball: info.filename };
      }),
    );
    project.provide('packed', { dir, packages });
  } catch (error) {
    remove(); // vitest runs no teardown for a setup that failed
    throw error;
  }
  return remove;
}
