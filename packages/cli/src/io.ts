/** What a run of `saymon` reads and writes: the process's streams, or a test's. */
import type { NodeClientOptions } from '@saymon-sdk/node';

export interface OutputStream {
  write(chunk: string | Uint8Array): unknown;
  readonly isTTY?: boolean;
}

export interface CliIo {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: OutputStream;
  readonly stderr: OutputStream;
  /** Read for `--body -`. */
  readonly stdin: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>;
  /** Aborted on Ctrl-C: a bulk run stops starting calls and says how far it got. */
  readonly signal?: AbortSignal;
  /** Client settings that win over the environment (an embedding program's, e.g. `retry: 0`). */
  readonly clientOptions?: Partial<NodeClientOptions>;
}

/** How a run ended: the exit code, and for embedding programs the answer or the error. */
export interface RunResult {
  readonly exitCode: number;
  readonly value?: unknown;
  readonly error?: unknown;
}

export async function readAll(stream: CliIo['stdin']): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks).toString('utf8');
}
