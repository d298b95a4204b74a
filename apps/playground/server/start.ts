/**
 * The playground's dev experience: the emulator server beside the Vite dev server (what
 * `pnpm playground` runs, and what the end-to-end test starts).
 */
import { fileURLToPath } from 'node:url';
import { type RunningEmulator, startEmulator } from '@saymon-sdk/emulator';
import { createServer } from 'vite';

export interface PlaygroundOptions {
  /** Dev server port (default 5173; 0 picks a free one). */
  port?: number;
  /** Emulator server port (default 8080; taken → a free one). */
  emulatorPort?: number;
  /** The real server the proxy starts with. */
  realServer?: string;
}

export interface RunningPlayground {
  url: string;
  emulator: RunningEmulator;
  close(): Promise<void>;
}

async function emulatorOn(port: number, log: (line: string) => void) {
  try {
    return await startEmulator({ port, seed: 'demo' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || port === 0) throw error;
    log(`Port ${port} is taken: the emulator server picks a free one.`);
    return startEmulator({ port: 0, seed: 'demo' });
  }
}

export async function startPlayground(
  options: PlaygroundOptions = {},
  log: (line: string) => void = () => {},
): Promise<RunningPlayground> {
  const emulator = await emulatorOn(options.emulatorPort ?? 8080, log);
  process.env.PLAYGROUND_LOCAL_EMULATOR = emulator.url;
  if (options.realServer) process.env.SAYMON_URL = options.realServer;
  const root = fileURLToPath(new URL('..', import.meta.url));
  const server = await createServer({
    configFile: `${root}vite.config.ts`,
    root,
    server: { port: options.port ?? 5173, strictPort: options.port === 0 ? false : undefined },
    logLevel: 'warn',
    clearScreen: false,
  });
  await server.listen();
  const address = server.httpServer?.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}/`,
    emulator,
    async close() {
      await server.close();
      await emulator.close();
    },
  };
}
