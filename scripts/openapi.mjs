// Writes the OpenAPI 3.1 document of the registry to openapi/saymon.openapi.json (`npm run openapi`);
// with --check, writes nothing and exits 1 when the committed document is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { openApiDocument } from '../packages/core/dist/openapi.js';

const target = new URL('../openapi/saymon.openapi.json', import.meta.url);
const document = openApiDocument();
const text = `${JSON.stringify(document, null, 2)}\n`;
if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {}
  if (committed !== text) {
    console.error(`${target.pathname} is stale: run npm run generate`);
    process.exit(1);
  }
  console.log(`${target.pathname}: up to date`);
} else {
  writeFileSync(target, text);
  const operations = Object.values(document.paths).reduce((sum, item) => sum + Object.keys(item).length, 0);
  const schemas = Object.keys(document.components.schemas).length;
  console.log(`wrote ${target.pathname}: ${operations} operations, ${schemas} component schemas`);
}
