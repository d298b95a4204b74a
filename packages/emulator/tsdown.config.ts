import { defineConfig } from 'tsdown';

export default defineConfig({
  // named entries: `src/msw/index.ts` builds to `dist/msw.js` (the `./msw` export)
  entry: { index: 'src/index.ts', app: 'src/app.ts', cli: 'src/cli.ts', msw: 'src/msw/index.ts' },
  format: 'esm',
  platform: 'node',
  dts: true,
  sourcemap: true,
  clean: true,
  fixedExtension: false,
});
