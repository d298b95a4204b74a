// Parses every pending changeset with changesets' own parser, the way `changeset version` will, and names the
// file that would make it fail: `@changesets/read` alone reports "could not parse changeset" without saying which.
import { readdirSync, readFileSync } from 'node:fs';
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
  return { count: files.length, problems };
}
