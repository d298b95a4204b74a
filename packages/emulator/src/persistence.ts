import { existsSync, readdirSync, readFileSync, unlinkSync } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { dropForbiddenKeys } from './safe-json.ts';
import { checkStateShape, type State } from './store/state.ts';

/** A save failed: the write it carried is not on disk and has been taken back from memory. */
export class SaveError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    super(`Could not save ${file}: ${(cause as Error)?.message ?? String(cause)}`, { cause });
  }
}

/** Whether a process with this id is running (stale temporary files belong to dead ones). */
function running(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Saves the state to a JSON file after changes. A save writes a temporary file (mode 0600: the
 * state holds passwords, sessions and tokens), flushes it to disk, renames it over the old one
 * and flushes the directory, so a kill at any moment leaves a complete file. Changes made while a
 * save runs are grouped into the next save; a change is acknowledged (the HTTP answer sent) only
 * after a save that includes it has finished.
 *
 * When a save fails, memory goes back to the last state on disk (`restore`) and `epoch` grows:
 * a request whose change was made in an older epoch is answered as failed, so memory and disk
 * always agree on what was acknowledged.
 */
export class Persistence {
  private pending: Promise<void> | undefined;
  private running: Promise<void> | undefined;
  /** The state on disk (JSON chunks), once a save has succeeded. */
  private saved: Uint8Array[] | undefined;
  /** Grows at every failed save (and roll-back). */
  epoch = 0;

  /**
   * `serialize` gives the state's JSON as UTF-8 chunks, to be written one after another
   * (`StateText` builds them from what changed); `restore` puts the state on disk back into memory after a failed save.
   */
  constructor(
    readonly file: string,
    private readonly serialize: () => Uint8Array[],
    private readonly restore?: (state: State) => void,
  ) {}

  /**
   * The state in a data file; `undefined` when there is none. Throws, naming the file, when it
   * holds anything but an emulator state (`null`, `{}`, `[]`, broken JSON): it is never overwritten.
   */
  static load(file: string): State | undefined {
    if (!existsSync(file)) return undefined;
    const text = readFileSync(file, 'utf8');
    let value: unknown;
    try {
      value = JSON.parse(text, dropForbiddenKeys);
    } catch (error) {
      throw new Error(`${file} is not valid JSON (${(error as Error).message}); fix it or remove it to start afresh.`);
    }
    try {
      return checkStateShape(value);
    } catch (error) {
      throw new Error(
        `${file} does not hold an emulator state: ${(error as Error).message}. Fix it or remove it to start afresh.`,
      );
    }
  }

  /** Removes `<file>.<pid>.tmp` files left by emulators that were killed while saving. */
  static removeStaleTemporaries(file: string): string[] {
    const dir = dirname(file);
    const prefix = `${basename(file)}.`;
    const removed: string[] = [];
    if (!existsSync(dir)) return removed;
    for (const name of readdirSync(dir)) {
      const pid = name.startsWith(prefix) && name.endsWith('.tmp') ? name.slice(prefix.length, -4) : '';
      if (!/^\d+$/.test(pid) || running(Number(pid))) continue;
      unlinkSync(join(dir, name));
      removed.push(name);
    }
    return removed;
  }

  /** Resolves once a save that started after this call has finished; rejects with `SaveError` if it failed. */
  commit(): Promise<void> {
    this.pending ??= (async () => {
      // wait for the save in progress: it may have read the state before this change
      await this.running?.catch(() => {});
      this.pending = undefined;
      this.running = this.write();
      await this.running;
    })();
    return this.pending;
  }

  private async write(): Promise<void> {
    const temporary = `${this.file}.${process.pid}.tmp`;
    try {
      const chunks = this.serialize();
      const handle = await open(temporary, 'w', 0o600);
      try {
        let size = 0;
        for (const chunk of chunks) size += chunk.length;
        const { bytesWritten } = await handle.writev(chunks);
        if (bytesWritten !== size) throw new Error(`short write (${bytesWritten} of ${size} bytes)`);
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, this.file);
      await syncDirectory(dirname(this.file));
      this.saved = chunks;
    } catch (error) {
      await rm(temporary, { force: true }).catch(() => {});
      this.epoch++;
      if (this.saved !== undefined) this.restore?.(JSON.parse(Buffer.concat(this.saved).toString('utf8')) as State);
      throw new SaveError(this.file, error);
    }
  }
}

/** Flushes a directory entry (the rename) to disk; Windows cannot open directories, and needs no flush. */
async function syncDirectory(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
