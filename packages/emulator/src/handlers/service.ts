/** Service: the version hash of the build the emulator stands for. */
import { handlers, Reply } from '../handler.ts';

/** The hash of the build the emulator stands for (SAYMON answers a git commit hash). */
export const VERSION_HASH = '5a7e0f1c3b9d2e4a6c8b0d1f3e5a7c9b1d3f5e7a';

export const serviceHandlers = handlers({
  'service.versionHash': () => Reply.json(VERSION_HASH),
});
