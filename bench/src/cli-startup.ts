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

/** Milliseconds from spawn to exit (asynchronous: the emulator answers from this process meanwhile). */
function time(args: string[], env: Record<string, string>): Promise<number> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      args,
      { cwd: fileURLToPath(new URL('..', import.meta.url)), env: { ...process.env, ...env } },
      (error, _stdout, stderr) => {
        if (error) reject(new Error(`cli start-up: ${args.join(' ')} failed: ${stderr}`));
        else resolve(performance.now() - start);
      },
    );
  });
}

/** Median milliseconds per process: `saymon objects get 1 -o json` and the ky + zod/mini script. */
export async function cliStartupRow(runs: number): Promise<{ saymon: number; script: number }> {
  const emulator = await startEmulator({ port: 0, seed: 'demo' });
  try {
    const env = { SAYMON_URL: emulator.url, SAYMON_LOGIN: 'admin', SAYMON_PASSWORD: 'saymon' };
    const saymon: number[] = [];
    const script: number[] = [];
    for (let i = 0; i < runs; i++) {
      saymon.push(await time([cli, 'objects', 'get', '1', '-o', 'json'], env));
      script.push(await time(['--input-type=module', '-e', handWritten], env));
    }
    return { saymon: median(saymon), script: median(script) };
  } finally {
    await emulator.close();
  }
}
