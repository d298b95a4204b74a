/** The repository's READMEs: every `README.md` git tracks or would track (ignored files left out). */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CodeBlock, codeBlocks, type TableCommand, tableCommands } from './markdown.ts';

/** The repository root: two folders above this package. */
export const ROOT = decodeURIComponent(new URL('../../../', import.meta.url).pathname).replace(/\/$/, '');

export interface Readme {
  /** Relative to the repository root. */
  file: string;
  text: string;
}

export function readmes(root = ROOT): Readme[] {
  const listed = execFileSync(
    'git',
    ['ls-files', '--cached', '--others', '--exclude-standard', '--', 'README.md', '**/README.md'],
    { cwd: root, encoding: 'utf8' },
  );
  const files = [...new Set(listed.split('\n').filter(Boolean))].sort();
  if (!files.includes('README.md')) throw new Error(`no README.md found by git in ${root}`);
  return files.map((file) => ({ file, text: readFileSync(join(root, file), 'utf8') }));
}

export interface ReadmeContent {
  blocks: CodeBlock[];
  tableCommands: TableCommand[];
}

export function contentOf(list: Readme[]): ReadmeContent {
  return {
    blocks: list.flatMap(({ file, text }) => codeBlocks(file, text)),
    tableCommands: list.flatMap(({ file, text }) => tableCommands(file, text)),
  };
}
