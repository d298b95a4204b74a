// Smoke test of the harness: `pnpm bench --quick` runs every row with tiny counts and prints the
// table. Nothing here is timed or compared with a goal (CI times nothing).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('runs every row with tiny counts and prints one table with a verdict per row', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['src/run.ts', '--quick'], {
    cwd: new URL('..', import.meta.url),
    timeout: 170_000,
  });
  const rows = stdout.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
  expect(rows[0]).toBe('| what | ours | baseline | ky | openapi-fetch | ratio | cpu ratio | goal | verdict |');
  const body = rows.slice(1);
  for (const what of [
    'sequential GET',
    'stat pushes, 20 in flight',
    'fan-out: 20 children, `objects.children` + `objects.history` each, 8 in flight',
    'fan-out: 20 children, `objects.children` + `objects.history` each, 32 in flight',
    'strict validation',
    'start-up',
    'emulator `GET /objects/:id`',
    'emulator `GET /objects`',
    'emulator mixed writes',
    'Python',
    'playground (static build, Chromium)',
  ])
    expect(body.some((row) => row.includes(what))).toBe(true);
  for (const row of body) {
    const cells = row.split(' | ');
    expect(cells).toHaveLength(9);
    // every row that ran says what it measured and got a verdict (the Python one may be skipped)
    if (!row.includes('skipped')) expect(cells[8]).toMatch(/^(ok|MISSED.*|—) \|$/);
  }
  // the call rows measured every peer
  const get = body.find((row) => row.includes('sequential GET')) ?? '';
  expect(get).toMatch(/\| \d+ µs \| fetch \d+ µs \| \d+ µs \| \d+ µs \| \d+\.\d\d× \|/);
});
