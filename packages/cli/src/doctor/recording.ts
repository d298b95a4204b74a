/**
 * The recording format: a folder with `recording.json` (what made it, when, against which version)
 * and `exchanges.jsonl` (one request and its answer per line, in the order they were sent), secrets
 * removed before anything is written. `saymon doctor --record` writes it; a validating proxy can
 * append to the same file, and a seeded emulator can read records from its answers. The root
 * README of `fidelity/recordings/` documents it for contributors.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { UsageError } from '../exit-codes.ts';

export const RECORDING_FORMAT = 'saymon-recording';
export const RECORDING_VERSION = 1;
export const MANIFEST_FILE = 'recording.json';
export const EXCHANGES_FILE = 'exchanges.jsonl';

/** A body as recorded: parsed JSON, text, or only its size (binary, or over the size limit). */
export type RecordedBody =
  | { readonly encoding: 'json'; readonly value: unknown }
  | { readonly encoding: 'text'; readonly value: string }
  | { readonly encoding: 'omitted'; readonly bytes: number };

/** One line of `exchanges.jsonl`. */
export interface RecordedExchange {
  /** The registry id of the endpoint the request matched. */
  readonly endpoint: string;
  readonly request: {
    readonly method: string;
    /** From `/node/…` on, with its query; credentials (`api-token=…`) redacted. */
    readonly path: string;
    readonly body?: RecordedBody;
  };
  readonly response: {
    readonly status: number;
    readonly contentType?: string;
    readonly body?: RecordedBody;
  };
  readonly durationMs: number;
}

/** `recording.json`. */
export interface RecordingManifest {
  readonly format: typeof RECORDING_FORMAT;
  readonly version: typeof RECORDING_VERSION;
  /** What wrote it (`saymon doctor`). */
  readonly recordedBy: string;
  readonly recordedAt: string;
  /** The server's `GET /node/api/version/hash`, when it answered. */
  readonly serverVersion?: string;
  readonly exchanges: number;
}

/** Refuses a folder that exists and is not empty: a recording never overwrites anything. */
export async function checkRecordingFolder(dir: string): Promise<void> {
  let entries: string[];
  try {
    entries = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw new UsageError(`--record ${dir}: cannot read that folder (${(error as NodeJS.ErrnoException).code})`);
  }
  if (entries.length > 0)
    throw new UsageError(`--record ${dir}: the folder is not empty (a recording needs a new one)`);
}

export async function writeRecording(
  dir: string,
  manifest: Omit<RecordingManifest, 'format' | 'version' | 'exchanges'>,
  exchanges: readonly RecordedExchange[],
): Promise<void> {
  await mkdir(dir, { recursive: true });
  const full: RecordingManifest = {
    format: RECORDING_FORMAT,
    version: RECORDING_VERSION,
    ...manifest,
    exchanges: exchanges.length,
  };
  await writeFile(join(dir, EXCHANGES_FILE), exchanges.map((e) => `${JSON.stringify(e)}\n`).join(''));
  await writeFile(join(dir, MANIFEST_FILE), `${JSON.stringify(full, null, 2)}\n`);
}
