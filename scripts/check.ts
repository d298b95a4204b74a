/**
 * `npm test`'s checks, stage by stage: each stage's command runs with the output shown, its time is
 * printed when it ends, and the first failing stage stops the run. The table at the end gives every
 * stage's time (CI keeps the whole run under 20 minutes on 2 cores; this says where time goes).
 *
 *   node scripts/check.ts            all stages
 *   node scripts/check.ts --list     the stages, without running them
 */
import { spawnSync } from 'node:child_process';

const STAGES: [name: string, command: string][] = [
  ['repo bounds', 'node scripts/check-repo-bounds.ts'],
  // three tasks at a time on CI's 2 cores: more only adds contention (slow installs, servers and browsers time out)
  ['build, types, lint, package lint, tests', 'turbo run build typecheck lint lint:pkg test --concurrency=3'],
  ['generated files up to date', 'node scripts/generate.ts --check'],
  ['root lint', 'biome ci scripts examples .changeset package.json turbo.json biome.json'],
  ['changesets', 'node scripts/check-changesets.mjs'],
  ["the scripts' own tests (release, temp dir guard, workspace install)", "node --test 'scripts/**/*.test.mjs'"],
  ['release dry run', 'node scripts/release.mjs --dry-run'],
];

if (process.argv.includes('--list')) {
  for (const [name, command] of STAGES) console.log(`${name}: ${command}`);
  process.exit(0);
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const times: [string, number, boolean][] = [];
const started = performance.now();
let failed = false;
for (const [index, [name, command]] of STAGES.entries()) {
  console.log(`\n── stage ${index + 1}/${STAGES.length}: ${name} (${command})`);
  const begin = performance.now();
  const result = spawnSync(command, {
    shell: true,
    stdio: 'inherit',
    env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1' },
  });
  const took = performance.now() - begin;
  const ok = result.status === 0;
  times.push([name, took, ok]);
  console.log(`── stage ${index + 1}/${STAGES.length}: ${name} ${ok ? 'passed' : 'FAILED'} in ${seconds(took)}`);
  if (!ok) {
    failed = true;
    break;
  }
}
console.log('\nstage times:');
for (const [name, took, ok] of times) console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${seconds(took).padStart(8)}  ${name}`);
for (const [name] of STAGES.slice(times.length)) console.log(`  skip ${'-'.padStart(8)}  ${name}`);
console.log(`  total ${seconds(performance.now() - started)}`);
process.exit(failed ? 1 : 0);
