import { describe, expect, it } from 'vitest';
import { objectsCreate, objectsGet } from '../endpoints/objects.ts';
import { checkCallInput } from './call-input.ts';
import { checkInput } from './input.ts';
import type { InputParts } from './parts.ts';

const reject = { unexpected: 'reject' } as const;

describe('checkCallInput: the message formatter loads only for wrong input', () => {
  it('gives valid input back as checkInput does, with no issue', async () => {
    const input = { path: { id: 12 }, query: undefined, body: undefined };
    const checked = await checkCallInput(objectsGet, input);
    expect(checked).toEqual(checkInput(objectsGet, input, reject));
    expect(checked.issues).toEqual([]);
  });

  it('words the issues of wrong input exactly as checkInput does (plain words, never zod\'s "Invalid input")', async () => {
    const cases: [typeof objectsGet | typeof objectsCreate, InputParts][] = [
      [objectsGet, { path: { id: '' } }],
      [objectsGet, { path: { id: 'a' }, body: { x: 1 } }],
      [objectsCreate, { path: {}, body: { name: 5, parentId: [] } }],
    ];
    for (const [endpoint, input] of cases) {
      const checked = await checkCallInput(endpoint, input);
      expect(checked.issues.length).toBeGreaterThan(0);
      expect(checked).toEqual(checkInput(endpoint, input, reject));
      for (const issue of checked.issues) expect(issue.message).not.toBe('Invalid input');
    }
  });
});
