/**
 * Size budgets for browser bundles (measured, not timed): an app that calls one endpoint pays for
 * that endpoint, `call` and zod/mini — not for the rest of the registry, nor for classic zod.
 */
import { gzipSync } from 'node:zlib';
import { rolldown } from 'rolldown';
import { describe, expect, it } from 'vitest';

const src = new URL('../src/', import.meta.url).pathname;

async function bundle(code: string): Promise<string> {
  const build = await rolldown({
    input: 'entry',
    platform: 'browser',
    logLevel: 'silent',
    plugins: [
      {
        name: 'virtual-entry',
        resolveId: (id) => (id === 'entry' ? id : null),
        load: (id) => (id === 'entry' ? code : null),
      },
    ],
  });
  const { output } = await build.generate({ format: 'esm', minify: true });
  await build.close();
  return output.map((chunk) => ('code' in chunk ? chunk.code : '')).join('\n');
}

const kb = (text: string) => gzipSync(text).length / 1024;

describe('bundle size budgets', () => {
  it('one endpoint + call stays small and drops the other endpoints', async () => {
    const code = await bundle(`
      import { createCore, call } from '${src}index.ts';
      import { objectsGet } from '${src}endpoints.ts';
      const core = createCore({ url: 'https://saymon.example', auth: { type: 'token', token: 't' } });
      export const run = () => call(core, objectsGet, { path: { id: '1' } });
    `);
    const size = kb(code);
    console.log(`one endpoint + call: ${size.toFixed(1)} kB gzipped`);
    expect(code).toContain('objects.get');
    for (const other of [
      'incidents.acknowledge',
      'users.changePassword',
      'links.history',
      'notificationTemplates.preview',
    ]) {
      expect(code).not.toContain(other);
    }
    // classic zod's locales and JSON Schema code are not in the bundle
    expect(code).not.toContain('toJSONSchema');
    // validation messages come from our small formatter (validation/messages.ts), not classic zod's en locale
    expect(code).toContain('received');
    expect(code).not.toContain('Invalid input: expected');
    expect(size).toBeLessThan(30);
  });

  it('the full client with every endpoint stays within budget', async () => {
    const code = await bundle(`
      import { createClient } from '${src}index.ts';
      export const client = createClient({ url: 'https://saymon.example' });
    `);
    const size = kb(code);
    console.log(`full client: ${size.toFixed(1)} kB gzipped`);
    expect(code).toContain('incidents.acknowledge');
    expect(size).toBeLessThan(60);
  });

  it('the full client carries nothing of the OpenAPI document', async () => {
    const code = await bundle(`
      import * as core from '${src}index.ts';
      export const all = core;
    `);
    for (const marker of ['x-saymon-provenance', 'securitySchemes', 'jsonSchemaDialect', 'toJSONSchema']) {
      expect(code).not.toContain(marker);
    }
    const openapi = await bundle(`export { openApiDocument } from '${src}openapi.ts';`);
    expect(openapi).toContain('x-saymon-provenance');
  });
});
