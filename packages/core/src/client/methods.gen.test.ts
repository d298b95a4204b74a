import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EXAMPLES_OUTPUT, OUTPUT, render, renderExamples } from '../../scripts/generate-methods.ts';
import { endpoints } from '../registry/registry.ts';

describe('generated method docs (methods.gen.ts) and request examples (docs/examples.gen.ts)', () => {
  it('match the registry: run `pnpm --filter @saymon-sdk/core generate` when this fails', async () => {
    const committed = readFileSync(OUTPUT, 'utf8');
    expect(committed === (await render()), 'methods.gen.ts is stale: regenerate it').toBe(true);
  });

  it('match the documented examples: run `pnpm --filter @saymon-sdk/core generate` when this fails', async () => {
    const committed = readFileSync(EXAMPLES_OUTPUT, 'utf8');
    expect(committed === (await renderExamples()), 'docs/examples.gen.ts is stale: regenerate it').toBe(true);
  });

  it('document every endpoint with its method and path', () => {
    const committed = readFileSync(OUTPUT, 'utf8');
    for (const endpoint of endpoints) {
      expect(committed).toContain(`\`${endpoint.method} ${endpoint.path}\``);
      expect(committed).toContain(`readonly ${endpoint.id.split('.')[1]}: EndpointMethod<`);
    }
  });
});
