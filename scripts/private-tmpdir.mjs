/**
 * Runs a shell command (the suite of `npm test`) with TMPDIR, TMP and TEMP set to a fresh, private
 * folder, and fails when anything is left in it afterwards: every test removes what it creates
 * (temp folders, TLS keys, uploaded files). What was left is listed, then the folder is removed.
 *
 *   node scripts/private-tmpdir.mjs '<command>'
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';

/** Caches that tools keep in the temp dir by design: not a test's files (the folder goes anyway). */
const EXEMPT = {
  'node-compile-cache': "Node's module compile cache (module.enableCompileCache(), which npm turns on)",
};

/** Every file and empty folder under `dir`, relative, with its size. */
function leftovers(dir) {
  const found = [];
  const walk = (path) => {
    const entries = readdirSync(path, { withFileTypes: true });
    if (entries.length === 0 && path !== dir) found.push(`${relative(dir, path)}/`);
    for (const entry of entries) {
      const full = join(path, entry.name);
      if (path === dir && Object.hasOwn(EXEMPT, entry.name)) continue;
      if (entry.isDirectory()) walk(full);
      else found.push(`${relative(dir, full)} (${statSync(full, { throwIfNoEntry: false })?.size ?? '?'} B)`);
    }
  };
  walk(dir);
  return found;
}

const command = process.argv.slice(2).join(' ');
if (!command) {
  console.error("usage: node scripts/private-tmpdir.mjs '<command>'");
  process.exit(2);
}
const dir = mkdtempSync(join(tmpdir(), 'saymon-check-'));
const child = spawn(command, {
  shell: true,
  stdio: 'inherit',
  env: { ...process.env, TMPDIR: dir, TMP: dir, TEMP: dir },
});
// Ctrl+C reaches the suite too: wait for it to stop, then check and remove the folder
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
const code = await new Promise((resolve) => child.on('exit', (status, signal) => resolve(signal ? 1 : status)));
const left = leftovers(dir);
rmSync(dir, { recursive: true, force: true });
if (left.length) {
  const shown = left.slice(0, 50).map((line) => `  ${line}`);
  if (left.length > 50) shown.push(`  … and ${left.length - 50} more`);
  console.error(`\nThe suite left ${left.length} entries in its private TMPDIR (${dir}):\n${shown.join('\n')}`);
  console.error('A test removes what it creates when it ends (onTestFinished, afterAll, try/finally).');
  process.exit(code || 1);
}
console.log(`\nThe suite left nothing in its private TMPDIR (${dir}; removed).`);
process.exit(code);
