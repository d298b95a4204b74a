/**
 * What a README shows: its fenced code blocks and the commands of its command tables, each with
 * the line it starts on. Parsed with mdast (micromark + the GFM table extension), not with regexes.
 */
import type { Code, InlineCode, Root, Table } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import { visit } from 'unist-util-visit';

export interface CodeBlock {
  /** The README, relative to the repository root (`packages/node/README.md`). */
  file: string;
  /** The fence's language, lower case (`ts`, `sh`, `python`); empty when the fence names none. */
  lang: string;
  /** The code between the fences. */
  code: string;
  /** The README line of the code's first line (1-based; the line after the opening fence). */
  line: number;
}

export interface TableCommand {
  file: string;
  /** The inline code of the table cell, as written. */
  command: string;
  line: number;
}

export function parseReadme(text: string): Root {
  return fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
}

export function codeBlocks(file: string, text: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  visit(parseReadme(text), 'code', (node: Code) => {
    const start = node.position?.start.line ?? 0;
    blocks.push({ file, lang: (node.lang ?? '').toLowerCase(), code: node.value, line: start + 1 });
  });
  return blocks;
}

const cellText = (cell: Table['children'][number]['children'][number]): string => {
  let text = '';
  visit(cell, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
  });
  return text.trim().toLowerCase();
};

/**
 * The inline code in the first column of every table whose first header is `command` (the
 * Development table of the root README): `npm run build` / `npm run lint` gives two commands.
 */
export function tableCommands(file: string, text: string): TableCommand[] {
  const commands: TableCommand[] = [];
  visit(parseReadme(text), 'table', (table: Table) => {
    const [header, ...rows] = table.children;
    const first = header?.children[0];
    if (!first || cellText(first) !== 'command') return;
    for (const row of rows) {
      const cell = row.children[0];
      if (!cell) continue;
      visit(cell, 'inlineCode', (code: InlineCode) => {
        commands.push({ file, command: code.value, line: code.position?.start.line ?? 0 });
      });
    }
  });
  return commands;
}
