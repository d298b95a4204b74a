#!/usr/bin/env node
// `npm run release` publishes one version everywhere: the public npm packages (dependency order: core first), then
// the Python distribution saymon-sdk (sdist, then wheel) to PyPI. Tokens come from the environment: NPM_TOKEN
// and PYPI_TOKEN (never printed). Before anything is published it checks, stopping at the first failure: one
// version everywhere, no pending changeset, a clean work tree, both tokens set, the build, each npm tarball,
// the Python dists (`twine check --strict`), and that no target is already on its registry at this version.
//
//   npm run release                    publish; stops if any target is already published
//   npm run release -- --resume        finish a release that stopped half-way: skips what the registries already hold
//   npm run release -- --dry-run       build, pack and check everything; no registry contacted, nothing published
//   npm run release -- --dry-run --check-registry   the same, plus the registry look-ups (read-only)
//
// NPM_REGISTRY and PYPI_URL (look-ups) and TWINE_REPOSITORY_URL (uploads) point elsewhere, e.g. TestPyPI.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { buildPythonDists, venvPython } from '../packages/python-codegen/scripts/python-dist.ts';
import { checkChangesets } from './release/changesets.mjs';
import { npmPublish, outsideFixedGroup, packPackage } from './release/npm.mjs';
import { ReleaseStop, release } from './release/plan.mjs';
import { PYPI_NAME, twineUpload } from './release/python.mjs';
import { npmHasVersion, npmRegistry, pypiHasFile } from './release/registries.mjs';
import { publicPackages, repoRoot as root } from './release/workspace.mjs';

const { values: flags } = parseArgs({
  options: {
    'dry-run': { type: 'boolean', default: false },
    resume: { type: 'boolean', default: false },
    'check-registry': { type: 'boolean', default: false },
  },
});
const dryRun = flags['dry-run'];
const env = process.env;
const packages = publicPackages(root);
const version = packages[0].manifest.version;
const pyproject = readFileSync(join(root, 'packages/python-codegen/python/pyproject.toml'), 'utf8');
const pythonVersion = /^version = "(.*)"$/m.exec(pyproject)?.[1];
const work = mkdtempSync(join(tmpdir(), 'saymon-release-'));
const sh = (cmd, args) =>
  execFileSync(cmd, args, { cwd: root, encoding: 'utf8', env: { ...env, TURBO_TELEMETRY_DISABLED: '1' } });

const targets = [
  ...packages.map((pkg) => ({ registry: 'npm', label: `${pkg.manifest.name}@${version}`, pkg })),
  { registry: 'PyPI', label: `${PYPI_NAME} ${version} sdist`, kind: 'sdist' },
  { registry: 'PyPI', label: `${PYPI_NAME} ${version} wheel`, kind: 'wheel' },
];

const checks = [
  {
    name: 'one version everywhere',
    run: () => {
      const odd = packages.filter((p) => p.manifest.version !== version).map((p) => p.manifest.name);
      const outside = outsideFixedGroup(root, packages);
      if (outside.length) return `${outside.join(', ')} not in the changesets fixed group`;
      if (odd.length) return `${odd.join(', ')} not at ${version}`;
      if (pythonVersion !== version)
        return `the Python package is at ${pythonVersion}, npm at ${version}: run npm run version-packages`;
    },
  },
  {
    name: 'changesets applied',
    run: async () => {
      const { count, problems } = await checkChangesets(root);
      if (problems.length) return problems.join('\n');
      if (count && !dryRun) return `${count} pending changeset(s): run npm run version-packages and commit first`;
      if (count)
        console.log(`note: ${count} pending changeset(s); a real release stops until npm run version-packages`);
    },
  },
  ...(dryRun
    ? []
    : [
        {
          name: 'work tree clean',
          run: () => (sh('git', ['status', '--porcelain']).trim() ? 'commit or stash your changes first' : undefined),
        },
        {
          name: 'tokens set',
          run: () => ['NPM_TOKEN', 'PYPI_TOKEN'].filter((name) => !env[name]).map((name) => `${name} is not set`)[0],
        },
      ]),
  { name: 'build', run: () => void sh('pnpm', ['turbo', 'run', 'build', '--output-logs=errors-only']) },
  {
    name: 'npm tarballs packed and checked',
    run: () => {
      mkdirSync(join(work, 'npm'));
      const problems = [];
      for (const target of targets.filter((t) => t.registry === 'npm')) {
        const packed = packPackage(target.pkg, join(work, 'npm'));
        Object.assign(target, { tarball: packed.tarball, detail: packed.detail });
        problems.push(...packed.problems);
      }
      return problems.join('\n') || undefined;
    },
  },
  {
    name: 'Python sdist and wheel built, twine check passed',
    run: () => {
      const dists = buildPythonDists(mkdtempSync(join(work, 'python-')));
      const file = (t) => (t.kind === 'sdist' ? dists.sdist : dists.wheel);
      for (const target of targets.filter((t) => t.registry === 'PyPI'))
        Object.assign(target, { file: file(target), detail: basename(file(target)) });
    },
  },
];

try {
  const { published, skipped, pending } = await release({
    targets,
    checks,
    dryRun,
    resume: flags.resume,
    lookup: !dryRun || flags['check-registry'],
    secrets: [env.NPM_TOKEN, env.PYPI_TOKEN],
    isPublished: (t) =>
      t.registry === 'npm'
        ? npmHasVersion({ name: t.pkg.manifest.name, version })
        : pypiHasFile({ name: PYPI_NAME, filename: basename(t.file) }),
    publish: async (t) =>
      t.registry === 'npm'
        ? npmPublish({ tarball: t.tarball, registry: npmRegistry(), workDir: work })
        : twineUpload({ python: venvPython, file: t.file }),
  });
  if (dryRun) console.log(`release dry run: ${pending.length} of ${targets.length} targets to publish, nothing sent`);
  else {
    // tags @saymon-sdk/<name>@<version> (skips existing ones); `git push --follow-tags` shares them
    execFileSync('pnpm', ['changeset', 'git-tag'], { cwd: root, stdio: 'inherit' });
    console.log(`released ${version}: ${published.length} published, ${skipped.length} already there`);
  }
} catch (error) {
  if (!(error instanceof ReleaseStop)) throw error;
  console.error(`release stopped: ${error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
