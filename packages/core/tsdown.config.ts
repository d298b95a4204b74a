import { defineConfig } from 'tsdown';

const entry = [
  'src/index.ts',
  'src/endpoints.ts',
  'src/json-schema.ts',
  'src/openapi.ts',
  'src/adapter.ts',
  'src/docs.ts',
  'src/snippets.ts',
  'src/recording.ts',
];

export default defineConfig([
  {
    entry,
    format: 'esm',
    platform: 'neutral',
    dts: true,
    sourcemap: true,
    clean: true,
    unbundle: true,
    // one file per module (so bundlers tree-shake what is published): report the total only
    report: { summary: true },
  },
  {
    // what Node loads (the `node` condition of `exports`): the same entries bundled into a few
    // chunks that they share. Node reads, resolves and compiles every file of a module graph at
    // start-up; 130 small files cost about 110 ms more than these few (BENCHMARKS.md).
    entry,
    format: 'esm',
    platform: 'node',
    outDir: 'dist/node',
    fixedExtension: false,
    dts: false,
    sourcemap: true,
    clean: false,
    report: { summary: true },
  },
]);
