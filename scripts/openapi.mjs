// Writes the OpenAPI 3.1 document of the registry to openapi/saymon.openapi.json (run `pnpm openapi`).
import { writeFileSync } from 'node:fs';
import { openApiDocument } from '../packages/core/dist/openapi.js';

const target = new URL('../openapi/saymon.openapi.json', import.meta.url);
const document = openApiDocument();
writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
const operations = Object.values(document.paths).reduce((sum, item) => sum + Object.keys(item).length, 0);
const schemas = Object.keys(document.components.schemas).length;
console.log(`wrote ${target.pathname}: ${operations} operations, ${schemas} component schemas`);
