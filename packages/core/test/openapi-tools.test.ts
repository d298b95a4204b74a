/**
 * The OpenAPI document in the tools people import it into, run on the registry's document in a
 * temporary folder: Redocly's stock `recommended` lint finds nothing, and the types
 * openapi-typescript generates compile with `tsc --strict`. (openapi-python-client and mypy:
 * packages/python-codegen/scripts/openapi-client-check.ts.)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument } from '../src/openapi.ts';

const require = createRequire(import.meta.url);
const redocly = join(dirname(require.resolve('@redocly/cli/package.json')), 'bin', 'cli.js');
const tsc = require.resolve('typescript/bin/tsc');

let folder: string;
const documentFile = 'saymon.openapi.json';
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), 'saymon-openapi-tools-'));
  writeFileSync(join(folder, documentFile), JSON.stringify(openApiDocument()));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd: folder,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: 240_000,
  });
  if (result.error) throw result.error;
  return result;
}

interface LintReport {
  totals: { errors: number; warnings: number; ignored: number };
  problems: { ruleId: string; severity: string; message: string }[];
}

describe('the OpenAPI document in standard tools', () => {
  it("passes Redocly's recommended lint with no error and no warning", () => {
    // the stock ruleset, no config file (the folder has none), no ignore file; no telemetry or update check
    const result = run([redocly, 'lint', documentFile, '--extends=recommended', '--format=json'], {
      REDOCLY_TELEMETRY: 'off',
      REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
      REDOCLY_SUPPRESS_NOTIFICATIONS: 'true',
    });
    const report = JSON.parse(result.stdout) as LintReport;
    expect(report.problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toEqual({ errors: 0, warnings: 0, ignored: 0 });
    expect(result.status).toBe(0);
  }, 240_000);

  it('gives openapi-typescript types that tsc --strict compiles and that type the operations', async () => {
    const types = astToString(await openapiTS(JSON.parse(JSON.stringify(openApiDocument()))));
    writeFileSync(join(folder, 'saymon-api.d.ts'), types);
    writeFileSync(
      join(folder, 'usage.ts'),
      `import type { paths } from './saymon-api.js';

type Json<T> = T extends { content: { 'application/json': infer B } } ? B : never;
type ObjectRead = Json<paths['/node/api/objects/{id}']['get']['responses'][200]>;
export const name: ObjectRead['name'] = 'router';
// @ts-expect-error an object's name is text
export const wrongName: ObjectRead['name'] = 5;

// one template per path: reading and replacing an object's stat rules take the same parameter
type StatRules = paths['/node/api/objects/{object_id}/stat-rules'];
export const read: StatRules['get']['parameters']['path'] = { object_id: '1' };
export const replace: StatRules['put']['parameters']['path'] = { object_id: 1 };
export const error: Json<StatRules['put']['responses'][404]>['code'] = 'ResourceNotFound';
`,
    );
    writeFileSync(
      join(folder, 'tsconfig.json'),
      JSON.stringify({
        compilerOptions: {
          strict: true,
          noEmit: true,
          skipLibCheck: false,
          target: 'es2022',
          module: 'nodenext',
          moduleResolution: 'nodenext',
          types: [],
        },
        files: ['saymon-api.d.ts', 'usage.ts'],
      }),
    );
    const result = run([tsc, '-p', 'tsconfig.json', '--pretty', 'false']);
    expect(result.stdout + result.stderr).toBe('');
    expect(result.status).toBe(0);
  }, 240_000);
});
