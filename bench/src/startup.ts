// The start-up row: a fresh Node process that imports @saymon-sdk/node, beside one that imports
// what a hand-written client would (ky + zod/mini). Each process is timed from spawn to exit.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { median } from './measure.ts';

const programs = {
  empty: '',
  'ky + zod/mini': "import 'ky'; import 'zod/mini';",
  sdk: "import '@saymon-sdk/node';",
};

function run(code: string): number {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], {
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: 'ignore',
  });
  if (result.status !== 0) throw new Error(`start-up program failed: ${code}`);
  return performance.now() - start;
}

/** Median milliseconds per process, alternating the programs run by run. */
export function startupRow(runs: number): Record<keyof typeof programs, number> {
  const times: Record<string, number[]> = {};
  for (const name of Object.keys(programs)) times[name] = [];
  for (let i = 0; i < runs; i++) for (const [name, code] of Object.entries(programs)) times[name]?.push(run(code));
  return Object.fromEntries(Object.entries(times).map(([name, list]) => [name, median(list)])) as Record<
    keyof typeof programs,
    number
  >;
}
