import { existsSync, readFileSync } from 'node:fs';
import { open, rename } from 'node:fs/promises';
import type { State } from './state.ts';

/**
 * Saves the state to a JSON file after changes. A save writes a temporary file, flushes it to
 * disk and renames it over the old one, so a kill at any moment leaves a complete file. Changes
 * made while a save runs are grouped into the next save; a change is acknowledged (the HTTP
 * answer sent) only after a save that includes it has finished.
 */
export class Persistence {
  private pending: Promise<void> | undefined;
  private running: Promise<void> | undefined;

  constructor(
    readonly file: string,
    private readonly snapshot: () => State,
  ) {}

  static load(file: string): State | undefined {
    if (!existsSync(file)) return undefined;
    return JSON.parse(readFileSync(file, 'utf8')) as State;
  }

  /** Resolves once a save that started after this call has finished. */
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
    const text = JSON.stringify(this.snapshot());
    const temporary = `${this.file}.${process.pid}.tmp`;
    const handle = await open(temporary, 'w');
    try {
      await handle.writeFile(text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, this.file);
  }
}
