// The guard of `npm test`: a command run by private-tmpdir.mjs gets a fresh TMPDIR, and whatever it
// leaves there fails the run, listed (run: node --test 'scripts/*.test.mjs').
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const script = fileURLToPath(new URL('private-tmpdir.mjs', import.meta.url));
const guard = (command) => {
  const result = spawnSync(process.execPath, [script, command], { encoding: 'utf8' });
  const dir = /private TMPDIR \(([^;)]+)/.exec(`${result.stdout}${result.stderr}`)?.[1];
  return { ...result, dir };
};

test('a command that leaves nothing passes, and the private folder is removed', () => {
  const run = guard('test -d "$TMPDIR" && test "$TMP" = "$TMPDIR" && mkdir "$TMPDIR/work" && rm -r "$TMPDIR/work"');
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /left nothing/);
  assert.ok(run.dir && !existsSync(run.dir));
});

test('a file left behind fails the run and is listed (with its size); the folder goes anyway', () => {
  const run = guard(
    'mkdir -p "$TMPDIR/saymon-tls-x" && printf key > "$TMPDIR/saymon-tls-x/server.key" && mkdir "$TMPDIR/empty"',
  );
  assert.equal(run.status, 1);
  assert.match(run.stderr, /left 2 entries/);
  assert.match(run.stderr, /saymon-tls-x\/server\.key \(3 B\)/);
  assert.match(run.stderr, /empty\//);
  assert.ok(run.dir && !existsSync(run.dir));
});

test("the command's own failure is the exit code; Node's compile cache is exempt", () => {
  const run = guard('mkdir -p "$TMPDIR/node-compile-cache/v1" && exit 3');
  assert.equal(run.status, 3);
  assert.doesNotMatch(run.stderr, /node-compile-cache/);
});
