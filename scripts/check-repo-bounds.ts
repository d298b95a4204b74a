/**
 * Fails when a file of the repository reads from outside it: the SAYMON reference folder beside a
 * checkout (its folder name, or the variable that named the catalog), or a relative path that climbs above the
 * repository's root. A public clone has nothing beside it, so such a read passes on a machine that
 * has the folder and fails everywhere else. The one exception is the script that refreshes the
 * reference facts from the catalog (`packages/core/scripts/refresh-reference.ts`), and this file,
 * whose patterns and samples name what it looks for.
 *
 *   node scripts/check-repo-bounds.ts
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, posix, relative, resolve, sep } from 'node:path';

const ALLOWED = new Set(['packages/core/scripts/refresh-reference.ts', 'scripts/check-repo-bounds.ts']);
/** Code and configuration; prose (Markdown) may name the folder when it explains the refresh. */
const CHECKED = /\.(ts|tsx|mts|cts|js|mjs|cjs|py|pyi|json|ya?ml|toml|ini|cfg|sh|html)$|^\.ci\/run$|(^|\/)\.npmrc$/;
// built from parts, so that this file does not itself name what it looks for
const FOLDER = ['shared', 'saymon-api'];
const NAMED = new RegExp(`${FOLDER[0]}['"]?\\s*[\\\\/,]\\s*['"]?${FOLDER[1]}|SAYMON_${'CATALOG'}`);
const UP = '../';
/** `'../../x'`, `"../.."`: a relative path literal. */
const RELATIVE = /(['"`])((?:\.\.\/)+(?:\.\.)?[^'"`\s]*|\.\.)\1/g;
/** `resolve(here, '..', '..', '..')`: path segments given one by one. */
const SEGMENTS = /(?:(['"])\.\.\1\s*,\s*)+(['"])\.\.\2/g;
/** Python: `Path(__file__).resolve().parents[4]`. */
const PARENTS = /parents\[(\d+)\]/g;

export interface Finding {
  file: string;
  line: number;
  text: string;
}

/** What one file's text reads from outside `root` (`file` relative to `root`, with `/`). */
export function outsideReferences(root: string, file: string, text: string): Finding[] {
  const findings: Finding[] = [];
  const dir = resolve(root, dirname(file));
  const escapes = (ups: number, rest = '') => {
    const target = relative(root, resolve(dir, ...Array(ups).fill('..'), rest));
    return target === '..' || target.startsWith(`..${sep}`);
  };
  text.split('\n').forEach((line, index) => {
    const found = (reason: string) => findings.push({ file, line: index + 1, text: `${reason}: ${line.trim()}` });
    if (NAMED.test(line)) found('names the reference folder');
    for (const [, , literal = ''] of line.matchAll(RELATIVE)) {
      const ups = literal.split('/').filter((part) => part === '..').length;
      const rest = literal
        .split('/')
        .filter((part) => part !== '..' && part !== '')
        .join('/');
      if (escapes(ups, rest)) found(`climbs above the repository (${literal})`);
    }
    for (const [segments] of line.matchAll(SEGMENTS)) {
      if (escapes(segments.split(',').length)) found('climbs above the repository (path segments)');
    }
    if (file.endsWith('.py')) {
      // parents[0] is the file's folder
      for (const [, n = '0'] of line.matchAll(PARENTS)) if (escapes(Number(n))) found(`climbs above (parents[${n}])`);
    }
  });
  return findings;
}

/** The guard guards: lines it must catch and lines it must let pass, checked on every run. */
function selfCheck(root: string): void {
  const caught = [
    ['packages/core/test/x.ts', `resolve(here, '${UP.repeat(4)}${FOLDER.join('/')}/catalog.json')`],
    ['packages/core/test/x.ts', "new URL('../../../../catalog.json', import.meta.url)"],
    ['packages/core/test/x.ts', "join(here, '..', '..', '..', '..', 'x')"],
    ['packages/python-codegen/test/x.py', 'Path(__file__).resolve().parents[4] / "catalog.json"'],
    ['packages/python-codegen/test/x.py', `here.parents[n] / "${FOLDER[0]}" / "${FOLDER[1]}" / "catalog.json"`],
    ['scripts/x.ts', `process.env.SAYMON_${'CATALOG'}`],
  ];
  const passed = [
    ['packages/core/src/x.test.ts', "import { a } from '../../../scripts/export-names.ts';"],
    ['packages/python-codegen/test/x.py', 'Path(__file__).resolve().parents[2] / "core"'],
    ['packages/core/tsconfig.json', '"extends": "../../tsconfig.base.json"'],
  ];
  for (const [file = '', line = ''] of caught)
    if (outsideReferences(root, file, line).length === 0) throw new Error(`repo bounds: the check misses ${line}`);
  for (const [file = '', line = ''] of passed)
    if (outsideReferences(root, file, line).length > 0) throw new Error(`repo bounds: the check wrongly flags ${line}`);
}

const root = resolve(import.meta.dirname, '..');
selfCheck(root);
const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
  cwd: root,
  encoding: 'utf8',
})
  .split('\n')
  .filter((file) => file && CHECKED.test(file) && !ALLOWED.has(file) && !file.includes('node_modules/'))
  .map((file) => file.split(sep).join(posix.sep));
const findings = files.flatMap((file) => {
  let text: string;
  try {
    text = readFileSync(resolve(root, file), 'utf8');
  } catch {
    return []; // listed by git but deleted in the work tree
  }
  return outsideReferences(root, file, text);
});
if (findings.length > 0) {
  console.error('These files read from outside the repository (a clone has nothing beside it):');
  for (const f of findings) console.error(`  ${f.file}:${f.line}  ${f.text}`);
  console.error('Keep the facts tests need in the repository (packages/core/test/reference, refreshed by');
  console.error('packages/core/scripts/refresh-reference.ts).');
  process.exit(1);
}
console.log(`repo bounds: ${files.length} files read, none reads outside the repository`);
