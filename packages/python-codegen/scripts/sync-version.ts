/**
 * Run after `changeset version` (root `version-packages`): stamps the JS packages' version (the
 * one fixed group, read from @saymon-sdk/core) into the committed Python package, exactly as the
 * generator would write it, so the staleness check stays green without regenerating.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { emitVersion } from '../src/emit.ts';
import { coreVersion } from '../src/version.ts';

const root = new URL('..', import.meta.url).pathname;
const version = coreVersion();
const pyproject = join(root, 'python', 'pyproject.toml');
const text = readFileSync(pyproject, 'utf8');
const next = text.replace(/^version = ".*"$/m, `version = "${version}"`);
if (next === text && !text.includes(`version = "${version}"`)) throw new Error(`no version line in ${pyproject}`);
writeFileSync(pyproject, next);
writeFileSync(join(root, 'python', 'src', 'saymon_sdk', '_version.py'), emitVersion(version));
console.log(`python-codegen: saymon-sdk (Python) version ${version}`);
