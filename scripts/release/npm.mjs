// The npm side of a release: pack each public package (pnpm pack resolves `workspace:` ranges), check the
// tarball, and publish that very tarball with npm, the token read by npm from the environment.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Packs `pkg` into `outDir`; returns the tarball and what is wrong with it (nothing, normally). */
export function packPackage({ dir, manifest }, outDir) {
  const info = JSON.parse(
    execFileSync('pnpm', ['pack', '--pack-destination', outDir, '--json'], { cwd: dir, encoding: 'utf8' }),
  );
  const files = (info.files ?? []).map((f) => f.path);
  const packed = JSON.parse(
    execFileSync('tar', ['-xOzf', info.filename, 'package/package.json'], { encoding: 'utf8' }),
  );
  const problems = [];
  const ranges = Object.values({ ...packed.dependencies, ...packed.peerDependencies });
  if (ranges.some((r) => String(r).startsWith('workspace:'))) problems.push('workspace: range left in the manifest');
  if (!files.some((f) => f.startsWith('dist/'))) problems.push('no dist/ files in the tarball');
  if (!files.includes('LICENSE')) problems.push('no LICENSE file in the tarball');
  if (packed.license !== 'MIT') problems.push('the manifest does not declare the MIT license');
  if (files.some((f) => /\.test\.|^src\//.test(f))) problems.push('sources or tests in the tarball');
  if (packed.version !== manifest.version) problems.push(`packed version ${packed.version} ≠ ${manifest.version}`);
  const detail = `${files.length} files, ${(info.size / 1024).toFixed(1)} kB packed`;
  return { tarball: info.filename, detail, problems: problems.map((p) => `${manifest.name}: ${p}`) };
}

/** Whether every public package is in the one changesets `fixed` group (they are released together). */
export function outsideFixedGroup(root, packages) {
  const { fixed = [] } = JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8'));
  const inGroup = (name) =>
    fixed.length === 1 && fixed[0].some((p) => p === name || (p.endsWith('*') && name.startsWith(p.slice(0, -1))));
  return packages.map((p) => p.manifest.name).filter((name) => !inGroup(name));
}

/**
 * Publishes a packed tarball. The token stays in the environment: the npmrc written to `workDir` holds the
 * literal `${NPM_TOKEN}`, which npm expands itself.
 */
export function npmPublish({ tarball, registry, workDir, env = process.env }) {
  const npmrc = join(workDir, 'publish.npmrc');
  writeFileSync(npmrc, `${registry.replace(/^https?:/, '')}:_authToken=\${NPM_TOKEN}\n`);
  execFileSync('npm', ['publish', tarball, '--access', 'public', '--registry', registry], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...env, NPM_CONFIG_USERCONFIG: npmrc },
  });
}
