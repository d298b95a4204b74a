/**
 * `pnpm playground`: the emulator server beside the Vite dev server, the URL printed.
 * Options: --port (dev server, default 5173), --emulator-port (default 8080; taken → a free one).
 * SAYMON_URL sets the real server the proxy starts with (the page can change it).
 */
import { parseArgs } from 'node:util';
import { startPlayground } from '../server/start.ts';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5173' },
    'emulator-port': { type: 'string', default: '8080' },
  },
});

const playground = await startPlayground(
  { port: Number(values.port), emulatorPort: Number(values['emulator-port']), realServer: process.env.SAYMON_URL },
  console.log,
);
console.log(`SAYMON playground: ${playground.url}`);
console.log(`Emulator server:   ${playground.emulator.url}/node/api (admin/saymon, viewer/viewer)`);

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await playground.close();
    process.exit(0);
  });
}
