/** The root manifest and the workspace packages (from `pnpm-workspace.yaml`), read from disk. */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';

export interface Manifest {
  name: string;
  private?: boolean;
  scripts?: Record<string, string>;
  bin?: string | Record<string, string>;
}

export interface WorkspacePackage {
  /** Folder relative to the root (`packages/emulator`). */
  dir: string;
  manifest: Manifest;
}

export interface Workspace {
  root: string;
  manifest: Manifest;
  packages: WorkspacePackage[];
}

const readManifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;

export function readWorkspace(root: string): Workspace {
  const config = parse(readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8')) as { packages?: string[] };
  const dirs = (config.packages ?? []).flatMap((pattern) => globSync(pattern, { cwd: root }));
  const packages = [...new Set(dirs)]
    .filter((dir) => existsSync(join(root, dir, 'package.json')))
    .sort()
    .map((dir) => ({ dir: relative(root, join(root, dir)), manifest: readManifest(join(root, dir)) }));
  return { root, manifest: readManifest(root), packages };
}

/** A package's bin names (`bin: "./cli.js"` is named after the package, without its scope). */
export function binNames(manifest: Manifest): string[] {
  if (typeof manifest.bin === 'string') return [manifest.name.replace(/^@[^/]+\//, '')];
  return Object.keys(manifest.bin ?? {});
}
