/**
 * A standard Python generator on the registry's OpenAPI document: openapi-python-client (pinned in
 * requirements-dev.txt) builds a client from it in a temporary folder, removed afterwards, and mypy
 * checks that client (`--strict`, less the redundant-cast warning the generator's list parsing
 * trips). Run by `test` once python-env.ts has made the venv; mypy's cache is the package's
 * `.mypy_cache`, so a run after the first rechecks only what changed.
 *
 * What the generator cannot do is named here, operation by operation, with its message: a new
 * skip, or a skip that went away, fails the check. These are limits of the generator (the document
 * describes the wire as it is), as is the one mypy error tolerated: openapi-python-client 0.29.1
 * writes `| Unset` without importing it for a required body of several content types (issue #1451).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { openApiDocument } from '@saymon-sdk/core/openapi';

const root = new URL('..', import.meta.url).pathname;
const venvBin = (name: string) => join(root, '.venv', 'bin', name);
const PACKAGE = 'saymon_api';

const metricsTwice = 'Parameters with same Python identifier metrics detected'; // `metrics` beside `metrics[]`
/** Operations the generator leaves out, with its reason. */
const skipped: Record<string, string> = {
  // `properties.createOrModify` (a dotted key) beside `properties: { createOrModify }` give one class name
  'POST /node/api/bulk/objects':
    'Attempted to generate duplicate models with name "BulksRunForObjectsBodyBulkItemPropertiesCreateOrModify"',
  'POST /node/api/incidents/{id}/comment': 'Unsupported content type text/plain', // the comment is sent as text
  'GET /node/api/links/{id}/history': metricsTwice,
  'GET /node/api/links/{id}/last': metricsTwice,
  'GET /node/api/metric-token/{id}/history': metricsTwice,
  'GET /node/api/objects/{id}/history': metricsTwice,
  'GET /node/api/objects/{id}/last': metricsTwice,
};

function run(command: string, args: string[], cwd: string) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** openapi-python-client's module name of an operation id (`objects.addDocument` → `objects_add_document`). */
const moduleName = (operationId: string) =>
  operationId
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .toLowerCase();

const document = openApiDocument();
const operations = Object.entries(document.paths).flatMap(([path, item]) =>
  Object.entries(item).map(([method, operation]) => ({ route: `${method.toUpperCase()} ${path}`, operation })),
);
// the modules issue #1451 breaks: a required request body with more than one content type
const multiBody = new Set(
  operations
    .filter(({ operation }) => {
      const body = (operation as { requestBody?: { required?: boolean; content: object } }).requestBody;
      return body?.required === true && Object.keys(body.content).length > 1;
    })
    .map(({ operation }) => `${moduleName(operation.operationId)}.py`),
);

const folder = mkdtempSync(join(tmpdir(), 'saymon-openapi-python-'));
const problems: string[] = [];
try {
  writeFileSync(join(folder, 'saymon.openapi.json'), JSON.stringify(document));
  // no post hooks: the generator would format the code with ruff, which mypy does not need
  writeFileSync(join(folder, 'config.json'), JSON.stringify({ post_hooks: [] }));
  const started = performance.now();
  const generated = run(
    venvBin('openapi-python-client'),
    [
      'generate',
      '--path',
      'saymon.openapi.json',
      '--config',
      'config.json',
      '--meta',
      'none',
      '--output-path',
      PACKAGE,
    ],
    folder,
  );
  const generateSeconds = (performance.now() - started) / 1000;
  if (generated.status !== 0) throw new Error(`openapi-python-client failed:\n${generated.output}`);

  const found = new Map<string, string>();
  for (const m of generated.output.matchAll(/WARNING parsing (\w+) (\S+) within \S+\. [^\n]*\n\s*\n([^\n]+)/g)) {
    found.set(`${m[1]} ${m[2]}`, (m[3] as string).trim());
  }
  for (const [route, reason] of Object.entries(skipped)) {
    if (!found.has(route)) problems.push(`${route}: generated now; take it off the list of skips`);
    else if (found.get(route) !== reason) problems.push(`${route}: skipped for another reason: ${found.get(route)}`);
  }
  for (const [route, reason] of found) if (!(route in skipped)) problems.push(`${route}: not generated: ${reason}`);
  const otherWarnings = generated.output
    .split('\n')
    .filter((line) => /warning/i.test(line) && !/^WARNING parsing |^Warning\(s\) encountered/.test(line));
  for (const line of otherWarnings) problems.push(`generator: ${line}`);

  const modules = readdirSync(join(folder, PACKAGE, 'api'), { recursive: true, encoding: 'utf8' }).filter(
    (file) => file.endsWith('.py') && basename(file) !== '__init__.py',
  );
  if (modules.length !== operations.length - found.size)
    problems.push(`${modules.length} operation modules for ${operations.length - found.size} generated operations`);

  const typed = performance.now();
  const mypy = run(
    venvBin('mypy'),
    ['--strict', '--no-warn-redundant-casts', '--cache-dir', join(root, '.mypy_cache'), PACKAGE],
    folder,
  );
  const mypySeconds = (performance.now() - typed) / 1000;
  let tolerated = 0;
  for (const line of mypy.output.split('\n')) {
    const error = /^(\S+\.py):\d+: error: (.*)$/.exec(line);
    if (!error) continue;
    const knownBug =
      error[2] === 'Name "Unset" is not defined  [name-defined]' && multiBody.has(basename(error[1] as string));
    if (knownBug) tolerated++;
    else problems.push(`mypy: ${line}`);
  }
  if (mypy.status !== 0 && tolerated === 0 && problems.length === 0) problems.push(`mypy failed:\n${mypy.output}`);

  if (problems.length > 0) {
    console.error(`openapi-python-client check: ${problems.length} problem(s)\n${problems.join('\n')}`);
    process.exitCode = 1;
  } else {
    console.log(
      `openapi-python-client: ${modules.length} of ${operations.length} operations generated in ${generateSeconds.toFixed(1)} s ` +
        `(${found.size} left out, as listed); mypy --strict in ${mypySeconds.toFixed(1)} s: no error ` +
        `but the ${tolerated} of generator issue #1451 in ${[...multiBody].join(', ')}`,
    );
  }
} finally {
  rmSync(folder, { recursive: true, force: true });
}
