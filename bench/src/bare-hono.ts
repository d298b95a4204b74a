// The emulator rows' peer: a bare Hono app on @hono/node-server sending the emulator's own bodies
// (read from the files given), no auth, no state. Prints its port; serves until stdin closes.
import { readFileSync } from 'node:fs';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';

const [objectFile, listFile] = process.argv.slice(2);
const object = readFileSync(objectFile as string, 'utf8');
const list = readFileSync(listFile as string, 'utf8');
const app = new Hono();
app.get('/node/api/objects', (c) => c.body(list, 200, { 'content-type': 'application/json' }));
app.get('/node/api/objects/:id', (c) => c.body(object, 200, { 'content-type': 'application/json' }));
serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, (info) => process.stdout.write(`${info.port}\n`));
process.stdin.resume();
process.stdin.on('end', () => process.exit(0));
