// Smoke test of the per-call CPU harness: `--quick` makes a few calls per contestant against the
// stubbed fetch and prints one table row per call shape. Nothing here is timed or compared.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, it } from 'vitest';

it('prints µs per call of fetch, ky and the SDK for the GET and the fan-out step', async () => {
  const { stdout } = await promisify(execFile)(process.execPath, ['src/cpu-per-call.ts', '--quick'], {
    cwd: new URL('..', import.meta.url),
    timeout: 60_000,
  });
  const rows = stdout.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'));
  expect(rows[0]).toBe('| row | fetch µs | ky µs | sdk µs | ky / fetch | sdk / fetch | sdk / ky |');
  expect(rows.slice(1).map((row) => row.split(' | ')[0])).toEqual([
    '| `objects.get`, one after another',
    '| fan-out step (`children` + `history`), 8 in flight',
  ]);
  for (const row of rows.slice(1)) expect(row).toMatch(/( \d+\.\d \|){3}( \d+\.\d\d× \|){3}$/);
});
