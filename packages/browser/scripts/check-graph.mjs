#!/usr/bin/env node
// Part of the build: bundles the built entry points for the browser and fails when anything in
// their graph (this package, @saymon-sdk/core, ky, zod) imports a Node built-in module.
// `node scripts/check-graph.mjs [entry ...]` checks other entry points.
import { builtinModules } from 'node:module';
import { build } from 'esbuild';

const builtins = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const found = [];
const result = await build({
  entryPoints: process.argv.length > 2 ? process.argv.slice(2) : ['dist/index.js', 'dist/endpoints.js'],
  bundle: true,
  write: false,
  platform: 'browser',
  format: 'esm',
  outdir: 'out',
  logLevel: 'silent',
  plugins: [
    {
      name: 'no-node-builtins',
      setup(build) {
        build.onResolve({ filter: /.*/ }, ({ path, importer }) => {
          if (builtins.has(path) || path.startsWith('node:')) {
            found.push(`${path} (imported by ${importer})`);
            return { path, external: true };
          }
          return undefined;
        });
      },
    },
  ],
}).catch((error) => ({ errors: error.errors ?? [error] }));
if (result.errors?.length) {
  console.error(result.errors.map((e) => e.text ?? String(e)).join('\n'));
  process.exit(1);
}
if (found.length) {
  console.error(`Node built-ins in the browser graph:\n  ${found.join('\n  ')}`);
  process.exit(1);
}
console.log('browser graph: no Node built-ins');
