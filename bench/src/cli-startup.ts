// The CLI start-up row: `saymon objects get 1 -o json` as a fresh process against the emulator, beside
// a Node script that imports ky and zod/mini and makes the same call (checks the answer, prints JSON).
// Each process is timed from spawn to exit; the programs alternate run by run.
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { startEmulator } from '@saymon-sdk/emulator';
import { median } from './measure.ts';

const cli = createRequire(import.meta.url)
  .resolve('@saymon-sdk/cli/package.json')
  .replace(/package\.json$/, 'dist/bin.js');

const handWritten = `
import ky from 'ky';
import * as z from 'zod/mini';
const answer = await ky
  .get(process.env.SAYMON_URL + '/node/api/objects/1', {
    headers: { authorization: 'Basic ' + btoa(process.env.SAYMON_LOGIN + ':' + process.env.SAYMON_PASSWORD) },
  })
  .json();
const object = z.looseObject({ id: z.string(), name: z.string() }).parse(answer);
process.stdout.write(JSON.stringify(object, null, 2) + '\\n');
`;

const cpuOnExit = fileURLToPath(new URL('./cpu-on-exit.ts', import.meta.url));

/**
 * Milliseconds from spawn to exit (asynchronous: the emulator answers from this process meanwhile),
 * and the CPU milliseconds the process used, as it reports them on exit.
 */
function time(args: string[], env: Record<string, string>): Promise<{ wall: number; cpu: number }> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      ['--import', cpuOnExit, ...args],
      { cwd: fileURLToPath(new URL('..', import.meta.url)), env: { ...process.env, ...env } },
      (error, _stdout, stderr) => {
        const wall = performance.now() - start;
        const cpu = /cpu-us (\d+)\s*$/.exec(stderr)?.[1];
        if (error || cpu === undefined) reject(new Error(`cli start-up: ${args.join(' ')} failed: ${stderr}`));
        else resolve({ wall, cpu: Number(cpu) / 1000 });
      },
    );
  });
}

export interface ProcessCost {
  /** Median milliseconds from spawn to exit. */
  readonly wall: number;
  /** Median CPU milliseconds (user + system). */
  readonly cpu: number;
}

const medians = (runs: { wall: number; cpu: number }[]): ProcessCost => ({
  wall: median(runs.map((r) => r.wall)),
  cpu: median(runs.map((r) => r.cpu)),
});

/**
 * Per process, `saymon objects get 1 -o json` and the ky + zod/mini script. One unmeasured run of
 * each first: the CLI turns on Node's compile cache, so its first run on a machine compiles and
 * later ones (what a user meets) read the cache; the script's first run warms the file cache alike.
 */
export async function cliStartupRow(runs: number): Promise<{ saymon: ProcessCost; script: ProcessCost }> {
  const emulator = await startEmulator({ port: 0, seed: 'demo' });
  try {
    const env = { SAYMON_URL: emulator.url, SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: 'saymon' };
    const saymon: { wall: number; cpu: number }[] = [];
    const script: { wall: number; cpu: number }[] = [];
    await time([cli, 'objects', 'get', '1', '-o', 'json'], env);
    await time(['--input-type=module', '-e', handWritten], env);
    for (let i = 0; i < runs; i++) {
      saymon.push(await time([cli, 'objects', 'get', '1', '-o', 'json'], env));
      script.push(await time(['--input-type=module', '-e', handWritten], env));
    }
    return { saymon: medians(saymon), script: medians(script) };
  } finally {
    await emulator.close();
  }
}
