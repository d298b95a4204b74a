/**
 * Regenerates every artifact derived from the registry, in dependency order, from what is in the
 * repository only (the reference facts are refreshed by a command of their own,
 * `npx pnpm --filter @saymon-sdk/core refresh-reference`):
 *
 *   0. the maps that gather the registry's sections (core `src/endpoints/all.gen.ts`,
 *      `src/docs/all.gen.ts`, the emulator's `src/handlers/all.gen.ts`), which everything below imports;
 *   1. the client methods' hover docs and the documented examples (core `src/client/methods.gen.ts`,
 *      `src/docs/examples.gen.ts`), which are part of core's build;
 *   2. core's build, which the next steps import;
 *   3. the OpenAPI document (`openapi/saymon.openapi.json`);
 *   4. the Python client (`packages/python-codegen/python`);
 *   5. `COVERAGE.md`: per endpoint, its provenance, the emulator's scenario, the documented examples
 *      replayed and the real servers' recordings under `fidelity/recordings/` (static facts only).
 *
 *   node scripts/generate.ts            write them   (npm run generate)
 *   node scripts/generate.ts --check    write nothing; exit 1 naming each stale file (part of npm test)
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const check = process.argv.includes('--check');
const root = fileURLToPath(new URL('..', import.meta.url));
const flag = check ? ' --check' : '';
const STEPS: [name: string, cwd: string, command: string][] = [
  ['section maps', '.', `node scripts/generate-indexes.ts${flag}`],
  ['method docs and examples', 'packages/core', `node scripts/generate-methods.ts${flag}`],
  ['core build', '.', 'turbo run build --filter=@saymon-sdk/core --output-logs=errors-only'],
  ['OpenAPI document', '.', `node scripts/openapi.mjs${flag}`],
  // the venv with the pinned datamodel-code-generator is made first (a fresh clone has none)
  ['Python client', 'packages/python-codegen', `node scripts/python-env.ts && node src/cli.ts --out python${flag}`],
  ['coverage table (COVERAGE.md)', '.', `node scripts/generate-coverage.ts${flag}`],
];

const stale: string[] = [];
for (const [name, cwd, command] of STEPS) {
  const result = spawnSync(command, {
    cwd: `${root}/${cwd}`,
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  if (result.status === 0) continue;
  // a stale file is reported and the other checks still run; a step that fails otherwise stops the run
  if (check && name !== 'core build') stale.push(name);
  else {
    console.error(`generate: ${name} failed (${command})`);
    process.exit(1);
  }
}
if (stale.length) {
  console.error(`generate --check: stale: ${stale.join(', ')} (the lines above name the files); run npm run generate`);
  process.exit(1);
}
console.log(check ? 'generate --check: every generated file is up to date' : 'generate: done');
