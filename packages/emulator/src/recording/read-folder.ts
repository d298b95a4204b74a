/** A recording folder read from disk (Node): both files, checked by core's reader. */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  EXCHANGES_FILE,
  MANIFEST_FILE,
  parseRecording,
  type RecordedExchange,
  type RecordingManifest,
} from '@saymon-sdk/core/recording';

/** `dir/recording.json` and `dir/exchanges.jsonl`, or an error naming the folder and what is wrong. */
export async function readRecordingFolder(
  dir: string,
): Promise<{ manifest: RecordingManifest; exchanges: RecordedExchange[] }> {
  const read = (name: string) =>
    readFile(join(dir, name), 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new Error(`${dir}: cannot read ${name} (${error.code ?? 'error'}); is it a recording folder?`);
    });
  const [manifest, exchanges] = await Promise.all([read(MANIFEST_FILE), read(EXCHANGES_FILE)]);
  try {
    return parseRecording(manifest, exchanges);
  } catch (error) {
    throw new Error(`${dir}: ${(error as Error).message}`);
  }
}
