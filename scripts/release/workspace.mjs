// The public packages of the workspace (packages/*, not private), in dependency order: a package comes after
// the workspace packages it depends on, so publishing in this order never leaves a dependent pointing at a
// version that is not on the registry yet.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = new URL('../..', import.meta.url).pathname;

export function publicPackages(root = repoRoot) {
  const all = readdirSync(join(root, 'packages'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => {
      const dir = join(root, 'packages', entry.name);
      return { dir, manifest: JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) };
    })
    .filter((p) => !p.manifest.private);
  return dependencyOrder(all);
}

export function dependencyOrder(packages) {
  const byName = new Map(packages.map((p) => [p.manifest.name, p]));
  const ordered = [];
  const visiting = new Set();
  const visit = (p) => {
    if (ordered.includes(p)) return;
    if (visiting.has(p)) throw new Error(`dependency cycle through ${p.manifest.name}`);
    visiting.add(p);
    const { dependencies = {}, peerDependencies = {} } = p.manifest;
    for (const name of Object.keys({ ...dependencies, ...peerDependencies }).sort())
      if (byName.has(name)) visit(byName.get(name));
    ordered.push(p);
  };
  for (const p of [...packages].sort((a, b) => a.manifest.name.localeCompare(b.manifest.name))) visit(p);
  return ordered;
}
