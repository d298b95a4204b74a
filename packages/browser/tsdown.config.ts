import { defineConfig } from 'tsdown';

export default defineConfig({
  entry: ['src/index.ts', 'src/endpoints.ts'],
  format: 'esm',
  platform: 'browser',
  dts: true,
  sourcemap: true,
  clean: true,
  unbundle: true,
  report: { summary: true },
});
