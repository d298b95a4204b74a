// The Python row: packages/python-codegen/bench/bench.py (saymon_sdk vs raw httpx against the
// emulator), run with the virtualenv the python-codegen tests create.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const PACKAGE = fileURLToPath(new URL('../../packages/python-codegen/', import.meta.url));
export const PYTHON = `${PACKAGE}.venv/bin/python`;

export type PythonRow =
  | { skipped: string }
  | {
      calls: { name: string; raw: number; sdk: number; ratio: number; cpuRatio?: number }[];
      importRatio?: number;
      /** `Client(url)` after its import vs `httpx.Client()` after `import httpx, pydantic` (CPU time) */
      clientRatio?: number;
    };

export function pythonRow(rounds: number, calls: number): PythonRow {
  // the stamp is written once every pinned tool is installed: a venv the python-codegen tests are
  // still making (turbo runs them beside this) is not used half-made
  if (!existsSync(PYTHON) || !existsSync(`${PACKAGE}.venv/.requirements.sha256`))
    return { skipped: 'skipped: run pnpm --filter @saymon-sdk/python-codegen test first' };
  const result = spawnSync(PYTHON, ['bench/bench.py'], {
    cwd: PACKAGE,
    encoding: 'utf8',
    timeout: 300_000,
    env: { ...process.env, NODE: process.execPath, BENCH_ROUNDS: String(rounds), BENCH_CALLS: String(calls) },
  });
  if (result.status !== 0) return { skipped: `failed: ${(result.stderr || result.stdout).trim().split('\n').at(-1)}` };
  const rows = [
    ...result.stdout.matchAll(
      /call (\S+)\s+raw httpx\s+([\d.]+) us\s+saymon_sdk\s+([\d.]+) us\s+ratio ([\d.]+)(?:[^\n]*?cpu:[^\n]*?ratio ([\d.]+))?/g,
    ),
  ];
  const importRatio = /import saymon_sdk\s+[\d.]+ ms\s+ratio ([\d.]+)/.exec(result.stdout)?.[1];
  const clientRatio = /ready client:[^\n]*?ratio ([\d.]+)/.exec(result.stdout)?.[1];
  return {
    calls: rows.map((m) => ({
      name: m[1] as string,
      raw: Number(m[2]),
      sdk: Number(m[3]),
      ratio: Number(m[4]),
      cpuRatio: m[5] === undefined ? undefined : Number(m[5]),
    })),
    importRatio: importRatio === undefined ? undefined : Number(importRatio),
    clientRatio: clientRatio === undefined ? undefined : Number(clientRatio),
  };
}
