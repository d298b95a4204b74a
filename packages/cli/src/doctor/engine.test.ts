import { describe, expect, it } from 'vitest';
import { usableExample } from './engine.ts';

describe('usableExample', () => {
  it('takes the first example whose query and body are data, with its title or its position', () => {
    const examples = [
      { body: { objects: ['<object_id_1>'] } },
      { query: { owner: '$user_id' } },
      { query: { from: '1577836800000', to: '1580515200000' } },
      { title: 'by name', body: { search: { name: { $regex: 'cpu' } } } },
    ];
    expect(usableExample(examples)).toEqual({
      input: { query: { from: '1577836800000', to: '1580515200000' } },
      title: 'example 3',
    });
    expect(usableExample(examples.slice(3))).toEqual({
      input: { body: { search: { name: { $regex: 'cpu' } } } },
      title: 'by name',
    });
  });

  it('finds none where every example holds a placeholder, or there is none', () => {
    expect(usableExample([{ body: { links: ['<link_id_1>'] } }, { query: { id: '$object_id' } }])).toBeUndefined();
    expect(usableExample([])).toBeUndefined();
  });
});
