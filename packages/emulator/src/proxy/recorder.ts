/**
 * The proxy's `--record <folder>`: every exchange it forwards appended to `exchanges.jsonl` as it
 * happens, through core's redaction (`redactExchange`: credentials, session ids and the fields the
 * registry marks secret out), with `recording.json` rewritten to count it. The folder must be new
 * or empty: a recording never overwrites anything. Logins and logouts are never recorded.
 */
import { appendFile, mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Redactor } from '@saymon-sdk/core/adapter';
import {
  EXCHANGES_FILE,
  exchangeLine,
  MANIFEST_FILE,
  manifestText,
  type RawExchange,
  redactExchange,
} from '@saymon-sdk/core/recording';

/** Calls a recording leaves out: the credentials they carry are the whole of them. */
const NEVER_RECORDED = new Set(['sessions.create', 'sessions.delete']);

export interface Recorder {
  /** Appends one exchange (redacted); resolves once it is on disk. */
  record(exchange: RawExchange, redactor: Redactor): Promise<void>;
  /** How many exchanges were written. */
  readonly count: number;
}

/** Refuses a folder that exists and is not empty, then starts the recording (an empty one, on disk). */
export async function openRecorder(dir: string, recordedBy: string): Promise<Recorder> {
  let entries: string[] = [];
  try {
    entries = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(`--record ${dir}: cannot read that folder (${(error as NodeJS.ErrnoException).code})`);
  }
  if (entries.length > 0) throw new Error(`--record ${dir}: the folder is not empty (a recording needs a new one)`);
  await mkdir(dir, { recursive: true });
  const facts = { recordedBy, recordedAt: new Date().toISOString() };
  await writeFile(join(dir, EXCHANGES_FILE), '', { mode: 0o600 });
  await writeFile(join(dir, MANIFEST_FILE), manifestText(facts, 0), { mode: 0o600 });
  let count = 0;
  // one write at a time, in the order the answers came
  let queue = Promise.resolve();
  return {
    get count() {
      return count;
    },
    record(exchange, redactor) {
      if (NEVER_RECORDED.has(exchange.endpoint.id)) return queue;
      const line = exchangeLine(redactExchange(exchange, redactor));
      queue = queue.then(async () => {
        await appendFile(join(dir, EXCHANGES_FILE), line);
        count += 1;
        await writeFile(join(dir, MANIFEST_FILE), manifestText(facts, count));
      });
      return queue;
    },
  };
}
