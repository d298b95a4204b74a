/**
 * jq over an answer, with the library the CLI's `--jq` uses (`jq-wasm`: jq itself compiled to WebAssembly, inside its
 * npm package). This module is imported on the first filter only, so jq never weighs on the first load.
 */
import { raw } from 'jq-wasm';

export type JqResult = { ok: true; values: unknown[] } | { ok: false; message: string };

/** jq's message, without the wrapper's prefix: `jq: error: … compile error` as jq prints it. */
function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/^Failed to execute raw query:\s*/, '').trim() || 'jq failed';
}

/** Every output of the filter over the answer (one JSON value a line with `-c`). */
export async function runJq(answer: Uint8Array, filter: string): Promise<JqResult> {
  try {
    const out = await raw(new TextDecoder().decode(answer), filter, ['-c']);
    const lines = out.split('\n').filter((line) => line !== '');
    return { ok: true, values: lines.map((line) => JSON.parse(line) as unknown) };
  } catch (error) {
    return { ok: false, message: messageOf(error) };
  }
}
