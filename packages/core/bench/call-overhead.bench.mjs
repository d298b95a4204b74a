// Benchmark: the SDK's per-call overhead over raw fetch, against a local HTTP server on loopback.
// Run after `pnpm build`: `node bench/call-overhead.bench.mjs`. Bounded: 3 rounds of 2,000 calls.
import { createServer } from 'node:http';
import { createClient } from '../dist/index.js';

const body = JSON.stringify({
  id: '5867948233835d9661c56dc8',
  name: 'Server 1',
  class_id: 3,
  state_id: 5,
  parent_id: ['1'],
});
const server = createServer((_, res) => {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(body);
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}`;
const client = createClient({ url, auth: { type: 'basic', login: 'admin', password: 'saymon' } });
const headers = {
  authorization: `Basic ${Buffer.from('admin:saymon').toString('base64')}`,
  accept: 'application/json',
};

async function time(label, fn, calls = 2_000) {
  const start = performance.now();
  for (let i = 0; i < calls; i++) await fn();
  const perCall = ((performance.now() - start) / calls) * 1000;
  return { label, perCall };
}

const results = [];
for (let round = 0; round < 3; round++) {
  results.push(
    await time('raw fetch', async () =>
      (await fetch(`${url}/node/api/objects/5867948233835d9661c56dc8`, { headers })).json(),
    ),
  );
  results.push(await time('sdk call', () => client.objects.get({ id: '5867948233835d9661c56dc8' })));
}
server.close();
const best = (label) => Math.min(...results.filter((r) => r.label === label).map((r) => r.perCall));
const raw = best('raw fetch');
const sdk = best('sdk call');
console.log(
  `raw fetch ${raw.toFixed(0)} µs/call, sdk ${sdk.toFixed(0)} µs/call, overhead ${(sdk - raw).toFixed(0)} µs (${((sdk / raw - 1) * 100).toFixed(0)}%)`,
);
