/**
 * Text left for later in a README: TODO / TBD / FIXME / XXX anywhere; a `<name>` in a link's URL
 * or in a URL inside a code block (`https://github.com/<org>/…` cannot be opened); a `<name>` or
 * `<...>` in a shell or Python block (a command with a blank to fill cannot be pasted). Prose that
 * describes a shape (`saymon-sdk/<version>`, `<group>.<verb>`) stays allowed.
 */
import type { Link } from 'mdast';
import { visit } from 'unist-util-visit';
import { type CodeBlock, parseReadme } from './markdown.ts';

export interface Placeholder {
  where: string;
  text: string;
}

const WORDS = /\b(?:TODO|TBD|FIXME|XXX)\b/g;
const IN_URL = /[a-z][a-z0-9+.-]*:\/\/[^\s)"'`]*<[^>\s]*>/gi;
const IN_COMMAND = /<[A-Za-z][\w.-]*>|<\.\.\.>/g;
const COMMAND_LANGS = new Set(['sh', 'bash', 'shell', 'console', 'python', 'py']);

const find = (pattern: RegExp, text: string, where: (index: number) => string): Placeholder[] =>
  [...text.matchAll(pattern)].map((match) => ({ where: where(match.index), text: match[0] }));

/** The line of `index` in `text`, counted from `first`. */
const lineOf = (text: string, index: number, first = 1) => first + text.slice(0, index).split('\n').length - 1;

export function placeholders(file: string, text: string, blocks: CodeBlock[]): Placeholder[] {
  const links: Placeholder[] = [];
  visit(parseReadme(text), 'link', (link: Link) => {
    if (/<[^>]*>|%3C/i.test(link.url)) links.push({ where: `${file}:${link.position?.start.line}`, text: link.url });
  });
  const inBlocks = blocks
    .filter((block) => block.file === file)
    .flatMap((block) => {
      const where = (index: number) => `${file}:${lineOf(block.code, index, block.line)}`;
      return [
        ...find(IN_URL, block.code, where),
        ...(COMMAND_LANGS.has(block.lang) ? find(IN_COMMAND, block.code, where) : []),
      ];
    });
  return [...find(WORDS, text, (index) => `${file}:${lineOf(text, index)}`), ...links, ...inBlocks];
}
