/**
 * The names a module exports, split into values and type-only names, as TypeScript resolves them
 * (re-exports followed). The packages' surface tests use it to pin their entries' export lists.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ts from 'typescript';

export interface ExportNames {
  /** Names with a runtime value (functions, classes, constants), sorted. */
  values: string[];
  /** Names that are types only (interfaces, type aliases), sorted. */
  types: string[];
}

/** Reads the exports of each entry file (paths or file URLs) with one TypeScript program. */
export function exportNames(...entries: (string | URL)[]): ExportNames[] {
  const files = entries.map((entry) => (entry instanceof URL ? decodeURIComponent(entry.pathname) : entry));
  const program = ts.createProgram(files, {
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ESNext,
    allowImportingTsExtensions: true,
    noEmit: true,
    skipLibCheck: true,
    types: [],
  });
  const checker = program.getTypeChecker();
  return files.map((file) => {
    const source = program.getSourceFile(file);
    const module = source && checker.getSymbolAtLocation(source);
    if (!module) throw new Error(`${file}: not a module TypeScript can read`);
    const names: ExportNames = { values: [], types: [] };
    for (const symbol of checker.getExportsOfModule(module)) {
      const target = symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol;
      (target.flags & ts.SymbolFlags.Value ? names.values : names.types).push(symbol.name);
    }
    names.values.sort();
    names.types.sort();
    return names;
  });
}

/** The type declarations a workspace package's root entry points to (its `exports['.'].types`). */
export function typesEntry(pkg: string, from: string | URL): string {
  const manifest = createRequire(from).resolve(`${pkg}/package.json`);
  const types = JSON.parse(readFileSync(manifest, 'utf8')).exports['.'].types as string;
  return decodeURIComponent(new URL(types, `file://${manifest}`).pathname);
}

export interface Reexports {
  /** Names of the package's root entry that the adapter does not export. */
  missing: string[];
  /** What the adapter exports beyond them. */
  own: ExportNames;
}

/** Compares an adapter's entry file with the root entry of the package it re-exports. */
export function reexports(entry: string | URL, pkg: string): Reexports {
  const [adapter, base] = exportNames(entry, typesEntry(pkg, entry)) as [ExportNames, ExportNames];
  const has = (names: ExportNames) => new Set([...names.values, ...names.types]);
  const inAdapter = has(adapter);
  const inBase = has(base);
  return {
    missing: [...base.values, ...base.types].filter((name) => !inAdapter.has(name)),
    own: {
      values: adapter.values.filter((name) => !inBase.has(name)),
      types: adapter.types.filter((name) => !inBase.has(name)),
    },
  };
}
