import { describe, expect, it } from 'vitest';
import { codeBlocks, tableCommands } from './markdown.ts';

const README = [
  '# Title', // 1
  '', // 2
  '```ts', // 3
  "const a = 'x';", // 4
  '```', // 5
  '', // 6
  '| Command | what |', // 7
  '| ------- | ---- |', // 8
  '| `npm test` / `npm run lint` | checks |', // 9
  '', // 10
  '| option | what |', // 11
  '| ------ | ---- |', // 12
  '| `--port` | port |', // 13
  '', // 14
  '```', // 15
  'plain', // 16
  '```', // 17
].join('\n');

describe('codeBlocks', () => {
  it('gives each fence its language and the README line of its first code line', () => {
    expect(codeBlocks('README.md', README)).toEqual([
      { file: 'README.md', lang: 'ts', code: "const a = 'x';", line: 4 },
      { file: 'README.md', lang: '', code: 'plain', line: 16 },
    ]);
  });
});

describe('tableCommands', () => {
  it('takes the inline code of the first column of tables headed "command" only', () => {
    expect(tableCommands('README.md', README)).toEqual([
      { file: 'README.md', command: 'npm test', line: 9 },
      { file: 'README.md', command: 'npm run lint', line: 9 },
    ]);
  });
});
