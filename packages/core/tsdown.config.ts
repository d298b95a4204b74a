import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/endpoints.ts', 'src/json-schema.ts', 'src/openapi.ts', 'src/adapter.ts'],
  format: 'esm',
  platform: 'neutral',
  dts: true,
  sourcemap: true,
  clean: true,
  unbundle: true,
  // one file per module (so bundlers tree-shake what is published): report the total only
  report: { summary: true },
});
