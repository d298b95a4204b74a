/** A demo-estate emulator on a free loopback port, with a stopped clock so windows ("1h-ago") are the same for every reader. */
import { DEMO_USERS, type RunningEmulator, startEmulator } from '@saymon-sdk/emulator';
import { createClient, type SaymonClient } from '@saymon-sdk/node';

export interface Demo {
  emulator: RunningEmulator;
  /** An admin client talking to it with the SDK directly. */
  client: SaymonClient;
}

export async function startDemo(): Promise<Demo> {
  const now = Date.now();
  const emulator = await startEmulator({ port: 0, now: () => now });
  const client = createClient({ url: emulator.url, auth: { type: 'basic', ...DEMO_USERS.admin } });
  return { emulator, client };
}
