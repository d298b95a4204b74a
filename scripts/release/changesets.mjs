// Parses every pending changeset with changesets' own parser, the way `changeset version` will, and names the
// file that would make it fail: `@changesets/read` alone reports "could not parse changeset" without saying which.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parseChangesetFile } from '@changesets/parse';
import { readChangesets } from '@changesets/read';
import { publicPackages } from './workspace.mjs';

/** @returns {Promise<{ count: number, problems: string[] }>} */
export async function checkChangesets(root) {
  const dir = join(root, '.changeset');
  const names = new Set(publicPackages(root).map((p) => p.manifest.name));
  const problems = [];
  const files = readdirSync(dir).filter((f) => f.endsWith('.md') && !f.startsWith('.') && !/^readme\.md$/i.test(f));
  for (const file of files.sort()) {
    try {
      const { releases } = parseChangesetFile(readFileSync(join(dir, file), 'utf8'));
      if (releases.length === 0) problems.push(`.changeset/${file}: names no package`);
      for (const { name } of releases)
        if (!names.has(name)) problems.push(`.changeset/${file}: "${name}" is not a public package of this workspace`);
    } catch (error) {
      problems.push(`.changeset/${file}: ${error.message.split('\n').slice(0, 2).join(' ')}`);
    }
  }
  if (problems.length === 0) {
    // what `changeset version` reads (it also picks up .changeset/pre/): it must accept the same files
    const read = await readChangesets(root);
    if (read.length !== files.length)
      problems.push(`@changesets/read found ${read.length} changesets, this check parsed ${files.length}`);
  }
  if (problems.length === 0) {
    const plan = await releasePlan(root).catch((error) => error);
    if (plan instanceof Error) problems.push(`the release plan does not assemble: ${plan.message.split('\n')[0]}`);
  }
  return { count: files.length, problems };
}

/**
 * The release plan `changeset version` and `changeset status` assemble from the changesets, the workspace's
 * packages and `.changeset/config.json` (a package without a version in a fixed group breaks it), with the
 * libraries of the installed `@changesets/cli`.
 */
export async function releasePlan(root) {
  const cli = createRequire(createRequire(import.meta.url).resolve('@changesets/cli/package.json'));
  const load = async (name) => import(cli.resolve(name));
  const [{ getPackages }, { readConfig }, { readPreState }, { assembleReleasePlan }] = await Promise.all(
    ['@manypkg/get-packages', '@changesets/config', '@changesets/pre', '@changesets/assemble-release-plan'].map(load),
  );
  const packages = await getPackages(root);
  const { config, errors } = await readConfig(root, packages);
  if (errors?.length) throw new Error(`.changeset/config.json: ${errors.join('; ')}`);
  return assembleReleasePlan(await readChangesets(root), packages, config, await readPreState(root));
}
