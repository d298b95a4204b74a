import { describe, expect, it } from 'vitest';
import type { CodeBlock } from './markdown.ts';
import { checkTypeScript } from './typescript.ts';

const HOME = decodeURIComponent(new URL('..', import.meta.url).pathname);
const block = (file: string, line: number, code: string): CodeBlock => ({ file, lang: 'ts', code, line });

describe('checkTypeScript', () => {
  it('compiles blocks as separate strict modules against the workspace packages, errors at their README line', () => {
    const errors = checkTypeScript(
      [
        // two blocks may declare the same names: each is a module of its own
        block(
          'a/README.md',
          10,
          "import { createClient } from '@saymon-sdk/node';\nconst saymon = createClient({ url: 'h:1' });",
        ),
        block(
          'b/README.md',
          20,
          "import { createClient } from '@saymon-sdk/core';\nconst saymon = createClient({ url: 'h:1' });",
        ),
        // an unknown query parameter, an implicit any (strict) and a subpath that does not exist
        block(
          'c/README.md',
          30,
          [
            "import { createClientFromEnv, paginate } from '@saymon-sdk/node';",
            "import { objectsGet } from '@saymon-sdk/emulator/endpoints';",
            'const saymon = createClientFromEnv();',
            "for await (const row of paginate(saymon, 'incidents.history', { query: { from: '7d-ago' } })) row.id;",
            'const twice = (n) => n * 2;',
          ].join('\n'),
        ),
      ],
      HOME,
    );
    expect(errors.map((error) => `${error.where} ${error.message.split(' ')[0]}`)).toEqual([
      'c/README.md:31:28 TS2307',
      'c/README.md:33:74 TS2353',
      'c/README.md:34:16 TS7006',
    ]);
    expect(errors[1]?.message).toContain("'from' does not exist");
  });
});
