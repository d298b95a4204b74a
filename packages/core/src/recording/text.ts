/**
 * The two files of a recording as text: written from redacted exchanges only (`redactExchange`
 * makes them), read back with every line checked, so a reader (an emulator seeded from it) meets
 * a clear `RecordingFormatError` naming the file and line, never a half-read estate.
 */
import {
  EXCHANGES_FILE,
  MANIFEST_FILE,
  type ManifestFacts,
  RECORDING_FORMAT,
  RECORDING_VERSION,
  type RecordedBody,
  type RecordedExchange,
  type RecordingManifest,
} from './format.ts';

/** A recording that is not one this reader knows: which file, which line, what is wrong (no value). */
export class RecordingFormatError extends Error {
  override name = 'RecordingFormatError';
}

/** `recording.json`'s text for a recording of `exchanges` lines. */
export function manifestText(facts: ManifestFacts, exchanges: number): string {
  const manifest: RecordingManifest = {
    format: RECORDING_FORMAT,
    version: RECORDING_VERSION,
    ...facts,
    exchanges,
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** One line of `exchanges.jsonl`, newline included. */
export function exchangeLine(exchange: RecordedExchange): string {
  return `${JSON.stringify(exchange)}\n`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new RecordingFormatError(`${where}: not JSON`);
  }
}

/** Reads `recording.json`; refuses another format or a version this reader does not know. */
export function parseManifest(text: string): RecordingManifest {
  const value = parseJson(text, MANIFEST_FILE);
  if (!isObject(value) || value.format !== RECORDING_FORMAT)
    throw new RecordingFormatError(`${MANIFEST_FILE}: not a ${RECORDING_FORMAT} (its "format" field)`);
  if (value.version !== RECORDING_VERSION)
    throw new RecordingFormatError(`${MANIFEST_FILE}: version ${String(value.version)} is not one this reader knows`);
  if (typeof value.recordedBy !== 'string' || typeof value.recordedAt !== 'string')
    throw new RecordingFormatError(`${MANIFEST_FILE}: "recordedBy" and "recordedAt" must be strings`);
  if (!Number.isInteger(value.exchanges) || (value.exchanges as number) < 0)
    throw new RecordingFormatError(`${MANIFEST_FILE}: "exchanges" must be a count`);
  return value as unknown as RecordingManifest;
}

function bodyProblem(body: unknown): string | undefined {
  if (body === undefined) return undefined;
  if (!isObject(body)) return 'is not an object';
  if (body.encoding === 'json') return 'value' in body ? undefined : 'has no value';
  if (body.encoding === 'text') return typeof body.value === 'string' ? undefined : 'has no text value';
  if (body.encoding === 'omitted') return Number.isInteger(body.bytes) ? undefined : 'has no byte count';
  return 'has an unknown encoding';
}

function exchangeProblem(value: unknown): string | undefined {
  if (!isObject(value)) return 'not an object';
  if (typeof value.endpoint !== 'string') return '"endpoint" must be a string';
  const { request, response } = value;
  if (!isObject(request) || typeof request.method !== 'string' || typeof request.path !== 'string')
    return '"request" needs a method and a path';
  if (!request.path.startsWith('/')) return '"request.path" must start with /';
  if (!isObject(response) || !Number.isInteger(response.status)) return '"response" needs a status';
  const problem = bodyProblem(request.body) ?? bodyProblem(response.body);
  if (problem) return `a body ${problem}`;
  if (typeof value.durationMs !== 'number') return '"durationMs" must be a number';
  return undefined;
}

/** Reads `exchanges.jsonl`: one exchange a line (blank lines skipped), each checked. */
export function parseExchanges(text: string): RecordedExchange[] {
  const out: RecordedExchange[] = [];
  text.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${EXCHANGES_FILE} line ${i + 1}`;
    const value = parseJson(line, where);
    const problem = exchangeProblem(value);
    if (problem) throw new RecordingFormatError(`${where}: ${problem}`);
    out.push(value as RecordedExchange);
  });
  return out;
}

/** Both files read together: the manifest's count must match the lines. */
export function parseRecording(
  manifest: string,
  exchanges: string,
): {
  manifest: RecordingManifest;
  exchanges: RecordedExchange[];
} {
  const head = parseManifest(manifest);
  const lines = parseExchanges(exchanges);
  if (lines.length !== head.exchanges)
    throw new RecordingFormatError(
      `${MANIFEST_FILE} counts ${head.exchanges} exchanges, ${EXCHANGES_FILE} has ${lines.length}`,
    );
  return { manifest: head, exchanges: lines };
}

/** The JSON value of a recorded body, when it was recorded as JSON. */
export function recordedJson(body: RecordedBody | undefined): unknown {
  return body?.encoding === 'json' ? body.value : undefined;
}
