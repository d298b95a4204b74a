import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// The layer direction (handlers -> domain -> store) is checked by biome (`noRestrictedImports` in
// biome.json); a cycle inside one layer is not, so this walks the source's relative imports.
const root = join(import.meta.dirname, '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.test.ts') ? [path] : [];
  });
}

function importGraph(files: string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const targets = [...text.matchAll(/from '(\.{1,2}\/[^']+)'/g)].map((m) => join(dirname(file), m[1] as string));
    graph.set(file, targets);
  }
  return graph;
}

function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    if (state.get(node) === 'open') found.push([...stack.slice(stack.indexOf(node)), node]);
    if (state.has(node)) return;
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) visit(next);
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) visit(node);
  return found.map((cycle) => cycle.map((file) => relative(root, file)));
}

describe('emulator source imports', () => {
  it('finds a cycle when there is one (the check can fail)', () => {
    const graph = new Map([
      ['/a.ts', ['/b.ts']],
      ['/b.ts', ['/a.ts']],
    ]);
    expect(cycles(graph)).toHaveLength(1);
  });

  it('have no cycles (e.g. conditions and entity features do not import each other)', () => {
    expect(cycles(importGraph(sources(root)))).toEqual([]);
  });
});
