/**
 * `--jq <filter>`: jq itself (jq-wasm: jq compiled to WebAssembly, shipped inside its npm package,
 * nothing downloaded at install), loaded only when a filter is given.
 */
import { UsageError } from './exit-codes.ts';

async function engine() {
  return import('jq-wasm');
}

/** Refuses a filter that does not compile, before anything is sent. */
export async function checkFilter(filter: string): Promise<void> {
  const jq = await engine();
  try {
    // compiles the filter without running it
    await jq.raw('null', `if false then (${filter}) else empty end`, []);
  } catch (error) {
    throw new UsageError(`--jq: ${firstLine(error)}`);
  }
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

/** jq's output for the answer: strings raw (as `jq -r`), one result a line; compact when asked. */
export async function applyFilter(value: unknown, filter: string, compact: boolean): Promise<string> {
  const jq = await engine();
  try {
    return await jq.raw(JSON.stringify(value ?? null), filter, compact ? ['-r', '-c'] : ['-r']);
  } catch (error) {
    throw new UsageError(`--jq: ${firstLine(error)}`);
  }
}
