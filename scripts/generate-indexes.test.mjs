// The section maps of `npm run generate` (scripts/generate-indexes.ts): written from the section
// files, a hand edit is named by --check, a section without its docs or handler file stops the run.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { ROOT, renderIndexes, sectionsIn, writeIndexes } from './generate-indexes.ts';

/** A repository of two sections, `tags` and `stat-rules`, in a temp folder removed after `use`. */
function withRepo(use) {
  const root = mkdtempSync(join(tmpdir(), 'saymon-indexes-'));
  try {
    const write = (path, text) => {
      mkdirSync(join(root, path, '..'), { recursive: true });
      writeFileSync(join(root, path), text);
    };
    for (const [section, name] of [
      ['tags', 'tags'],
      ['stat-rules', 'statRules'],
    ]) {
      write(`packages/core/src/endpoints/${section}.ts`, 'export const x = 1;\n');
      write(`packages/core/src/docs/${section}.ts`, `export const ${name}Summaries = {};\n`);
      write(`packages/emulator/src/handlers/${section}.ts`, `export const ${name}Handlers = {};\n`);
    }
    write('packages/core/src/endpoints/tags.test.ts', '');
    mkdirSync(join(root, 'packages/core/src/registry'));
    use(root, write);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

test('the committed maps are what the section files make', () => {
  assert.deepEqual(writeIndexes(ROOT, true), []);
  assert.ok(sectionsIn(ROOT).includes('objects'));
});

test('writes each map from the section files; a hand edit is then named by --check', () => {
  withRepo((root, write) => {
    assert.deepEqual(sectionsIn(root), ['stat-rules', 'tags']);
    assert.equal(writeIndexes(root, false).length, 4);
    assert.deepEqual(writeIndexes(root, true), []);
    const list = readFileSync(join(root, 'packages/core/src/registry/list.gen.ts'), 'utf8');
    assert.match(list, /import \{ x \} from '\.\.\/endpoints\/stat-rules\.ts';/);
    assert.match(list, /export const definitions = \[\n {2}x,\n {2}x,\n\] as const;/);
    const handlers = readFileSync(join(root, 'packages/emulator/src/handlers/all.gen.ts'), 'utf8');
    assert.match(handlers, /import \{ statRulesHandlers \} from '\.\/stat-rules\.ts';/);
    assert.match(handlers, /\.\.\.tagsHandlers,/);
    write(
      'packages/core/src/docs/all.gen.ts',
      `${renderIndexes(root).get('packages/core/src/docs/all.gen.ts')}// edited\n`,
    );
    assert.deepEqual(writeIndexes(root, true), ['packages/core/src/docs/all.gen.ts']);
  });
});

test('a section without its handler file, or with two handler maps, stops the run naming the file', () => {
  withRepo((root, write) => {
    rmSync(join(root, 'packages/emulator/src/handlers/tags.ts'));
    assert.throws(() => renderIndexes(root), /packages\/emulator\/src\/handlers\/tags\.ts is missing/);
    write('packages/emulator/src/handlers/tags.ts', 'export const aHandlers = {};\nexport const bHandlers = {};\n');
    assert.throws(() => renderIndexes(root), /exactly one `…Handlers` constant \(found aHandlers, bHandlers\)/);
  });
});
