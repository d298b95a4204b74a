// COVERAGE.md (scripts/generate-coverage.ts): the committed file is what the facts make, a hand
// edit is named by --check, the recordings under fidelity/recordings/ fill the "recorded" column,
// and a recording that is not one stops the run naming it.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import {
  COVERAGE_FILE,
  ROOT,
  recordingFacts,
  renderCoverage,
  scenarioKeys,
  writeCoverage,
} from './generate-coverage.ts';

/** A copy of what the generator reads (core's build linked), in a temp folder removed after `use`. */
async function withRepo(use) {
  const root = mkdtempSync(join(tmpdir(), 'saymon-coverage-'));
  try {
    for (const path of ['packages/emulator/test/scenarios', 'packages/core/test/reference', COVERAGE_FILE])
      cpSync(join(ROOT, path), join(root, path), { recursive: true });
    mkdirSync(join(root, 'packages/core'), { recursive: true });
    mkdirSync(join(root, 'node_modules/.bin'), { recursive: true });
    symlinkSync(join(ROOT, 'packages/core/dist'), join(root, 'packages/core/dist'));
    symlinkSync(join(ROOT, 'packages/core/node_modules'), join(root, 'packages/core/node_modules'));
    symlinkSync(join(ROOT, 'node_modules/.bin/biome'), join(root, 'node_modules/.bin/biome'));
    await use(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function writeRecording(root, name, lines, manifest = { format: 'saymon-recording', version: 1 }) {
  const dir = join(root, 'fidelity/recordings', name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'recording.json'), JSON.stringify({ ...manifest, exchanges: lines.length }));
  writeFileSync(join(dir, 'exchanges.jsonl'), lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
}

test('the committed COVERAGE.md is what the facts make', async () => {
  assert.deepEqual(await writeCoverage(ROOT, true), []);
});

test("every scenario key of the emulator's tests is found", () => {
  const keys = scenarioKeys(ROOT);
  assert.ok(keys.has('objects.list') && keys.has('sessions.verify'));
  assert.ok(keys.size >= 230);
});

test('a hand edit is named by --check; writing restores the file', async () => {
  await withRepo(async (root) => {
    writeFileSync(join(root, COVERAGE_FILE), 'edited\n');
    assert.deepEqual(await writeCoverage(root, true), [COVERAGE_FILE]);
    assert.deepEqual(await writeCoverage(root, false), [COVERAGE_FILE]);
    assert.deepEqual(await writeCoverage(root, true), []);
  });
});

test('a recording marks the endpoints it shows answering 2xx, and only those', async () => {
  await withRepo(async (root) => {
    writeRecording(root, 'lab-5.2', [
      { endpoint: 'objects.list', request: { method: 'GET', path: '/node/api/objects' }, response: { status: 200 } },
      { endpoint: 'tags.list', request: { method: 'GET', path: '/node/api/tags' }, response: { status: 403 } },
    ]);
    const { recorded, recordings } = recordingFacts(root);
    assert.deepEqual(recordings, ['lab-5.2']);
    assert.deepEqual([...recorded.keys()], ['objects.list']);
    await writeCoverage(root, false);
    const text = renderCoverage(
      [
        { id: 'objects.list', section: 'Objects', method: 'GET', path: '/node/api/objects', provenance: 'documented' },
        { id: 'tags.list', section: 'Tags', method: 'GET', path: '/node/api/tags', provenance: 'inferred' },
      ],
      { scenarios: new Set(['tags.list']), examples: new Map(), recorded, recordings },
    );
    assert.match(text, /Recordings: `lab-5\.2`\./);
    assert.match(text, /\| `objects\.list` \| `GET \/node\/api\/objects` \| documented \| — \| — \| 1 \|/);
    assert.match(text, /\| `tags\.list` \| `GET \/node\/api\/tags` \| inferred \| tested \| — \| — \|/);
    assert.match(text, /\| \*\*all\*\* \| 2 \| 1 \| 0 \| 1 \| 1 \| 0 \| 1 \|/);
  });
});

test('a folder that is not a recording, or names an unknown endpoint, stops the run naming it', async () => {
  await withRepo(async (root) => {
    writeRecording(root, 'odd', [], { format: 'har', version: 1 });
    await assert.rejects(
      writeCoverage(root, true),
      /fidelity\/recordings\/odd\/recording\.json: not a saymon-recording/,
    );
  });
  await withRepo(async (root) => {
    writeRecording(root, 'future', [
      { endpoint: 'objects.teleport', request: { method: 'GET', path: '/x' }, response: { status: 200 } },
    ]);
    await assert.rejects(writeCoverage(root, true), /names objects\.teleport, which the registry does not know/);
  });
});
