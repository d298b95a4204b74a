import { describe, expect, it } from 'vitest';
import { codeBlocks } from './markdown.ts';
import { placeholders } from './placeholders.ts';

const found = (text: string) => placeholders('R.md', text, codeBlocks('R.md', text));

describe('placeholders', () => {
  it('finds words left for later', () => {
    expect(found('Intro.\n\nTODO: write this. And TBD, FIXME.\n')).toEqual([
      { where: 'R.md:3', text: 'TODO' },
      { where: 'R.md:3', text: 'TBD' },
      { where: 'R.md:3', text: 'FIXME' },
    ]);
  });

  it('finds a <name> in a link, in a URL of a block, and in a shell or Python block', () => {
    const text = [
      'See [the repo](https://github.com/<org>/saymon-sdk).',
      '',
      '```sh',
      'pip install "x @ git+https://github.com/<org>/x"',
      'node cli.js --out <dir>',
      '```',
      '',
      '```python',
      'client.objects.get(id="<...>")',
      '```',
    ].join('\n');
    expect(found(text).map((p) => `${p.where} ${p.text}`)).toEqual([
      'R.md:1 https://github.com/<org>/saymon-sdk',
      'R.md:4 git+https://github.com/<org>',
      'R.md:4 <org>',
      'R.md:5 <dir>',
      'R.md:9 <...>',
    ]);
  });

  it('leaves shapes described in prose and TypeScript generics alone', () => {
    const text =
      'Sends `saymon-sdk/<version>`; ids are `<group>.<verb>`; `http://127.0.0.1:<port>`.\n\n```ts\nconst m = new Map<string, number>();\n```\n';
    expect(found(text)).toEqual([]);
  });
});
