// The main job: start the SAYMON emulator with its demo estate and make first calls with the SDK.
// Keeps the emulator running (Ctrl+C stops it) so you can point your own scripts at it.
import { startEmulator } from '@saymon-sdk/emulator';
import { createClient, SaymonApiError } from '@saymon-sdk/node';

const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a number from 0 to 65535, got "${process.env.PORT}".`);
  process.exit(1);
}
const emulator = await startEmulatorOn(port);
console.log(`SAYMON emulator: ${emulator.url}/node/api  (admin/saymon, viewer/viewer)`);

const client = createClient({ url: emulator.url, auth: { type: 'basic', login: 'admin', password: 'saymon' } });

const me = await client.users.current();
console.log(`\nLogged in as ${me.login}.`);

const objects = await client.objects.list({ query: { fields: ['name', 'class_id', 'state_id'] } });
console.log(`${objects.length} objects, for example:`);
for (const object of objects.slice(1, 6)) console.log(`  ${object.id}  ${object.name}`);

const incidents = await client.incidents.list({ query: { limit: 5 } });
console.log(`\nIncidents (first ${incidents.length}):`);
for (const incident of incidents) console.log(`  level ${incident.state}  ${incident.text ?? ''}`);

const server = objects.find((o) => Number(o.class_id) === 3); // class 3: servers, which report cpu.load
if (server) {
  const [series] = await client.objects.history({
    id: server.id,
    query: { metrics: ['cpu.load'], from: '1h-ago', downsample: '15m-avg' },
  });
  console.log(`\ncpu.load of ${server.name}, last hour in 15-minute averages:`);
  for (const [time, value] of series?.dps ?? []) console.log(`  ${new Date(time).toISOString()}  ${value.toFixed(2)}`);
}

try {
  await client.objects.get({ id: 'no-such-object' });
} catch (error) {
  if (error instanceof SaymonApiError)
    console.log(`\nErrors are typed: ${error.status} ${error.code}: ${error.serverMessage}`);
}

console.log(`\nThe emulator keeps running at ${emulator.url} — press Ctrl+C to stop.`);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await emulator.close();
    process.exit(0);
  });
}

/** The emulator on `port`; taken (another emulator, another app) → a free port, said in one line. */
async function startEmulatorOn(port) {
  try {
    return await startEmulator({ port, seed: 'demo' });
  } catch (error) {
    if (error?.code === 'EADDRINUSE' && port !== 0) {
      console.log(`Port ${port} is taken: the emulator takes a free one (set PORT to choose).`);
      return startEmulator({ port: 0, seed: 'demo' });
    }
    console.error(`The emulator could not start on port ${port}: ${error?.message ?? error}`);
    process.exit(1);
  }
}
