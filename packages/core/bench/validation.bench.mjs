// Benchmark: checking a list of 100,000 objects against the registry's response schema, compared
// with JSON.parse of the same text. Budget: the check costs at most about half of the parse.
// Run after `pnpm build`: `pnpm --filter @saymon-sdk/core bench`.
import { getEndpoint, validateResponse } from '../dist/index.js';

const schema = getEndpoint('objects.list').schemas().response;
const item = (i) => ({
  id: (0x5867948233835d9661c56dc8n + BigInt(i)).toString(16),
  name: `Server ${i}`,
  class_id: 3,
  state_id: 5,
  parent_id: ['58eb553d0c90a26391d6a041'],
  child_ids: ['5867948233835d9661c56dc9', '5867948233835d9661c56dca'],
  child_link_ids: [],
  last_state_update: 1_700_000_000_000 + i,
  geoposition: [37.6, 55.7],
  properties: [{ id: 'p1', name: 'SN', value: '-', type_id: 1 }],
});
const text = JSON.stringify(Array.from({ length: 100_000 }, (_, i) => item(i)));

const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
const parse = [];
const check = [];
for (let run = 0; run < 9; run++) {
  let t = performance.now();
  const data = JSON.parse(text);
  parse.push(performance.now() - t);
  t = performance.now();
  validateResponse(schema, data, 'strict');
  check.push(performance.now() - t);
}
const p = median(parse);
const c = median(check);
console.log(`JSON.parse ${p.toFixed(1)} ms, validation ${c.toFixed(1)} ms, ratio ${(c / p).toFixed(2)} (budget ≤ 0.5)`);
