#!/usr/bin/env node
// `pnpm release` builds every package and publishes the public ones with changesets (one fixed
// version group). `pnpm release --dry-run` builds and packs each public package instead, checks
// what would be published (files, manifest, no `workspace:` ranges left), and contacts no registry.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const dryRun = process.argv.includes('--dry-run');
const root = new URL('..', import.meta.url).pathname;
const run = (cmd, args, opts = {}) =>
  execFileSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
    ...opts,
  });

const packages = readdirSync(join(root, 'packages'))
  .map((dir) => ({
    dir: join(root, 'packages', dir),
    manifest: JSON.parse(readFileSync(join(root, 'packages', dir, 'package.json'), 'utf8')),
  }))
  .filter((p) => !p.manifest.private);

run('pnpm', ['turbo', 'run', 'build', '--output-logs=errors-only']);

if (!dryRun) {
  run('pnpm', ['changeset', 'publish']);
  process.exit(0);
}

const problems = [];
// every public package is released in the one fixed version group
const { fixed = [] } = JSON.parse(readFileSync(join(root, '.changeset', 'config.json'), 'utf8'));
const inGroup = (name) =>
  fixed.length === 1 && fixed[0].some((p) => p === name || (p.endsWith('*') && name.startsWith(p.slice(0, -1))));
for (const { manifest } of packages)
  if (!inGroup(manifest.name)) problems.push(`${manifest.name}: not in the changesets fixed group`);

const out = mkdtempSync(join(tmpdir(), 'saymon-release-'));
try {
  for (const { dir, manifest } of packages) {
    const tarball = execFileSync('pnpm', ['pack', '--pack-destination', out, '--json'], { cwd: dir, encoding: 'utf8' });
    const info = JSON.parse(tarball);
    const files = (info.files ?? []).map((f) => f.path);
    const packed = JSON.parse(
      execFileSync('tar', ['-xOzf', info.filename, 'package/package.json'], { encoding: 'utf8' }),
    );
    const ranges = Object.values({ ...packed.dependencies, ...packed.peerDependencies });
    if (ranges.some((r) => String(r).startsWith('workspace:')))
      problems.push(`${manifest.name}: workspace: range left in the packed manifest`);
    if (!files.some((f) => f.startsWith('dist/'))) problems.push(`${manifest.name}: no dist/ files in the tarball`);
    if (!files.includes('LICENSE')) problems.push(`${manifest.name}: no LICENSE file in the tarball`);
    if (packed.license !== 'MIT') problems.push(`${manifest.name}: the manifest does not declare the MIT license`);
    if (files.some((f) => /\.test\.|^src\//.test(f)))
      problems.push(`${manifest.name}: sources or tests in the tarball`);
    console.log(
      `would publish ${manifest.name}@${manifest.version}: ${files.length} files, ${(info.size / 1024).toFixed(1)} kB packed`,
    );
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
// the generated Python client (packages/python-codegen/python): sdist and wheel built and checked
run('node', ['packages/python-codegen/scripts/python-dist.ts']);
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log(`release dry run: ${packages.length} packages ready, nothing published`);
