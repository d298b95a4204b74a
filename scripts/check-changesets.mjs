#!/usr/bin/env node
// `npm test` runs this: every pending changeset must parse as `changeset version` will read it.
import { checkChangesets } from './release/changesets.mjs';
import { repoRoot } from './release/workspace.mjs';

const { count, problems } = await checkChangesets(repoRoot);
if (problems.length) {
  console.error(`changesets: ${problems.length} problem(s)\n${problems.join('\n')}`);
  console.error(
    'A changeset starts with YAML front matter, e.g.\n---\n"@saymon-sdk/core": patch\n---\n\nWhat changed.',
  );
  process.exit(1);
}
console.log(`changesets: ${count} pending, all parse`);
