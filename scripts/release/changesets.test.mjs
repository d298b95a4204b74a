import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { checkChangesets } from './changesets.mjs';

function workspace(t, changesets, packages = { core: '{"name":"@saymon-sdk/core","version":"0.1.0"}' }) {
  const root = mkdtempSync(join(tmpdir(), 'saymon-changesets-'));
  t.after(() => rmSync(root, { recursive: true, force: true }));
  writeFileSync(join(root, 'package.json'), '{"name":"root","private":true}');
  writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages:\n  - packages/*\n');
  for (const [dir, manifest] of Object.entries(packages)) {
    mkdirSync(join(root, 'packages', dir), { recursive: true });
    writeFileSync(join(root, 'packages', dir, 'package.json'), manifest);
  }
  mkdirSync(join(root, '.changeset'));
  writeFileSync(join(root, '.changeset', 'config.json'), '{"fixed":[["@saymon-sdk/*"]],"baseBranch":"main"}');
  writeFileSync(join(root, '.changeset', 'README.md'), '# Changesets\n');
  for (const [file, text] of Object.entries(changesets)) writeFileSync(join(root, '.changeset', file), text);
  return root;
}

test('valid changesets parse; README.md is not one', async (t) => {
  const root = workspace(t, { 'good.md': '---\n"@saymon-sdk/core": patch\n---\n\nFixed a thing.\n' });
  assert.deepEqual(await checkChangesets(root), { count: 1, problems: [] });
});

test('front matter a formatter turned into a heading is reported with its file', async (t) => {
  const root = workspace(t, {
    'good.md': '---\n"@saymon-sdk/core": patch\n---\n\nFixed a thing.\n',
    'heading.md': '---\n\n## "@saymon-sdk/core": minor\n\nBroken by a markdown formatter.\n',
  });
  const { problems } = await checkChangesets(root);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^\.changeset\/heading\.md: could not parse changeset - missing or invalid frontmatter/);
});

test('an unknown package, a bad bump type and an empty release list are reported', async (t) => {
  const root = workspace(t, {
    'a.md': '---\n"@saymon-sdk/nope": patch\n---\n\nx\n',
    'b.md': '---\n"@saymon-sdk/core": huge\n---\n\nx\n',
    'c.md': '---\n---\n\nx\n',
  });
  const { problems } = await checkChangesets(root);
  assert.deepEqual(
    problems.map((p) => p.split(':')[0]),
    ['.changeset/a.md', '.changeset/b.md', '.changeset/c.md'],
  );
  assert.match(problems[0], /"@saymon-sdk\/nope" is not a public package/);
  assert.match(problems[1], /invalid version type "huge"/);
  assert.match(problems[2], /names no package/);
});

test('a package of the fixed group without a version breaks the release plan, and is reported', async (t) => {
  const root = workspace(
    t,
    { 'good.md': '---\n"@saymon-sdk/core": patch\n---\n\nFixed a thing.\n' },
    {
      core: '{"name":"@saymon-sdk/core","version":"0.1.0"}',
      tool: '{"name":"@saymon-sdk/tool","private":true}',
    },
  );
  const { problems } = await checkChangesets(root);
  assert.equal(problems.length, 1);
  assert.match(problems[0], /^the release plan does not assemble: Invalid version/);
});
