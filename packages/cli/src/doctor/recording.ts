/**
 * The doctor's side of a recording: the folder check before anything is sent, and the two files
 * written at the end. The format itself (types, redaction, the text of both files) is core's
 * (`@saymon-sdk/core/recording`), shared with the emulator's validating proxy.
 */
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  EXCHANGES_FILE,
  exchangeLine,
  MANIFEST_FILE,
  type ManifestFacts,
  manifestText,
  type RecordedExchange,
} from '@saymon-sdk/core/recording';
import { UsageError } from '../exit-codes.ts';

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
  facts: ManifestFacts,
  exchanges: readonly RecordedExchange[],
): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, EXCHANGES_FILE), exchanges.map(exchangeLine).join(''));
  await writeFile(join(dir, MANIFEST_FILE), manifestText(facts, exchanges.length));
}
