/**
 * The recording format (version 1): a folder with `recording.json` (what made it, when, against
 * which version) and `exchanges.jsonl` (one request and its answer per line, in the order they were
 * sent), secrets removed before anything is written. `saymon doctor --record` and the emulator's
 * validating proxy write it; an emulator seeded from a recording reads it. `fidelity/recordings/README.md`
 * documents it for contributors. Types and pure functions only: the file IO is the caller's.
 */
import type { AnyEndpoint } from '../contract/define.ts';

export const RECORDING_FORMAT = 'saymon-recording';
export const RECORDING_VERSION = 1;
export const MANIFEST_FILE = 'recording.json';
export const EXCHANGES_FILE = 'exchanges.jsonl';
/** Largest answer kept as text in a recording; a larger one is recorded as its size only. */
export const RECORDED_BODY_LIMIT = 8 * 1024 * 1024;

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
  /** What wrote it (`saymon doctor`, `saymon-emulator --proxy`). */
  readonly recordedBy: string;
  readonly recordedAt: string;
  /** The server's `GET /node/api/version/hash`, when it answered. */
  readonly serverVersion?: string;
  readonly exchanges: number;
}

/** One request and its answer, as the wire carried them (before any redaction). */
export interface RawExchange {
  readonly endpoint: AnyEndpoint;
  readonly method: string;
  /** From `/node/…` on, query included. */
  readonly path: string;
  readonly requestBody: string | undefined;
  readonly status: number;
  readonly contentType: string;
  /** The answer's text; `undefined` for a binary answer or one over the recording limit. */
  readonly body: string | undefined;
  readonly bodyBytes: number;
  readonly durationMs: number;
}

/** What the writer of a recording says of it; the rest of the manifest is the format's. */
export type ManifestFacts = Omit<RecordingManifest, 'format' | 'version' | 'exchanges'>;
