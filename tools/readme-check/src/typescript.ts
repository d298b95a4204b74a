/**
 * Compiles README TypeScript blocks with `--strict`, all in one TypeScript program, as a user's
 * project would: each block is an ES module beside this package's `node_modules`, so
 * `@saymon-sdk/node` and the others resolve through their published `exports` to their built
 * declarations. The blocks exist only in memory; nothing is written to disk.
 */
import { dirname, join } from 'node:path';
import ts from 'typescript';
import type { CodeBlock } from './markdown.ts';

/** The fence languages compiled as TypeScript. */
export const TYPESCRIPT_LANGS = ['ts', 'typescript', 'tsx'];

/** What a user's `tsc --strict` project for Node and browsers would have. */
export const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  target: ts.ScriptTarget.ES2023,
  lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: ['node'],
  jsx: ts.JsxEmit.Preserve,
  allowImportingTsExtensions: true,
  skipLibCheck: true,
  noEmit: true,
};

export interface BlockError {
  /** `README.md:42:7`: the README, line and column of the error. */
  where: string;
  /** `TS2353 Object literal may only specify known properties, ...` */
  message: string;
}

/**
 * Type-checks every block and returns the errors found in them, located in their README.
 * `home` is a folder whose `node_modules` holds the packages the blocks import.
 */
export function checkTypeScript(blocks: CodeBlock[], home: string): BlockError[] {
  const sources = new Map<string, CodeBlock>();
  blocks.forEach((block, index) => {
    const extension = block.lang === 'tsx' ? 'tsx' : 'mts';
    sources.set(join(home, '.readme-blocks', `block-${index}.${extension}`), block);
  });
  // `export {}` after the code keeps every block a module of its own, lines unchanged
  const textOf = (file: string) => {
    const block = sources.get(file);
    return block && `${block.code}\nexport {};\n`;
  };
  const host = ts.createCompilerHost(COMPILER_OPTIONS);
  const { fileExists, readFile, getSourceFile, directoryExists } = host;
  host.fileExists = (file) => sources.has(file) || fileExists.call(host, file);
  host.readFile = (file) => textOf(file) ?? readFile.call(host, file);
  host.directoryExists = (dir) => dir === join(home, '.readme-blocks') || (directoryExists?.call(host, dir) ?? true);
  host.getSourceFile = (file, language, onError, create) => {
    const text = textOf(file);
    return text === undefined
      ? getSourceFile.call(host, file, language, onError, create)
      : ts.createSourceFile(file, text, language, true);
  };
  const program = ts.createProgram([...sources.keys()], COMPILER_OPTIONS, host);
  const diagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()];
  for (const file of sources.keys()) {
    const source = program.getSourceFile(file);
    if (source) diagnostics.push(...program.getSyntacticDiagnostics(source), ...program.getSemanticDiagnostics(source));
  }
  return diagnostics.map((diagnostic) => {
    const message = `TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    const block = diagnostic.file && sources.get(diagnostic.file.fileName);
    if (!block || !diagnostic.file || diagnostic.start === undefined)
      return { where: diagnostic.file ? relativeTo(home, diagnostic.file.fileName) : 'compiler options', message };
    const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
    return { where: `${block.file}:${block.line + line}:${character + 1}`, message };
  });
}

const relativeTo = (home: string, file: string) =>
  file.startsWith(dirname(home)) ? file.slice(dirname(home).length + 1) : file;
