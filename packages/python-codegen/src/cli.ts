#!/usr/bin/env node
/** `saymon-python-codegen --out <dir> [--package-name saymon_sdk] [--check]` */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { generate } from './generate.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    'package-name': { type: 'string', default: 'saymon_sdk' },
    'datamodel-codegen': { type: 'string' },
    check: { type: 'boolean', default: false },
  },
  strict: true,
});
if (!values.out) {
  console.error('Usage: saymon-python-codegen --out <dir> [--package-name saymon_sdk] [--check]');
  process.exit(2);
}
const out = values.out;
const packageName = values['package-name'] as string;
if (!/^[a-z_][a-z0-9_]*$/.test(packageName)) {
  console.error(`--package-name must be a Python module name, got "${packageName}"`);
  process.exit(2);
}
const files = generate({
  packageName,
  ...(values['datamodel-codegen'] ? { datamodelCodegen: values['datamodel-codegen'] } : {}),
});

/** Files under the generated package that the generator did not write (stale leftovers). */
function walk(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? (d.name === '__pycache__' ? [] : walk(join(dir, d.name))) : [join(dir, d.name)],
  );
}
const stale = walk(join(out, 'src', packageName))
  .map((f) => relative(out, f))
  .filter((f) => !files.has(f));

if (values.check) {
  const changed = [...files].filter(([path, text]) => {
    const target = join(out, path);
    return !existsSync(target) || readFileSync(target, 'utf8') !== text;
  });
  if (changed.length || stale.length) {
    console.error(
      `The generated Python package in ${out} is stale: ${[...changed.map(([p]) => p), ...stale.map((p) => `${p} (not generated)`)].join(', ')}.\nRun: npm run generate`,
    );
    process.exit(1);
  }
  console.log(`${out}: ${files.size} generated files up to date`);
} else {
  for (const path of stale) rmSync(join(out, path));
  for (const [path, text] of files) {
    mkdirSync(dirname(join(out, path)), { recursive: true });
    writeFileSync(join(out, path), text);
  }
  console.log(`wrote ${files.size} files to ${out}`);
}
