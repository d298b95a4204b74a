import { describe, expect, it } from 'vitest';
import { markedFields } from '../json-schema.ts';
import { checkInput } from '../validation/input.ts';
import { getEndpoint } from './registry.ts';

const realClient = (id: string) =>
  markedFields(getEndpoint(id as never))
    .filter((f) => f.provenance === 'real-client')
    .map((f) => `${f.part}:${f.name}`);

describe('fields real programs send or read (provenance real-client)', () => {
  it('marks the fields the registry lacked, each with its provenance', () => {
    expect(realClient('objects.create')).toEqual([
      'body:client_data',
      'body:tags',
      'body:background',
      'body:child_id',
      'response:metrics_cache',
    ]);
    expect(realClient('objects.update')).toEqual(['body:tags', 'response:metrics_cache']);
    expect(realClient('links.create')).toEqual(['body:class_id', 'body:properties', 'body:tags', 'body:weight']);
    expect(realClient('objects.get')).toEqual(['response:metrics_cache']);
  });

  it('checks them like any field: the right types pass, wrong ones are refused before sending', () => {
    const create = getEndpoint('objects.create');
    const good = checkInput(
      create,
      {
        body: { name: 'n', client_data: '{}', tags: ['t1'], background: 'b.png', child_id: ['c1', 'c2'] },
      },
      { unexpected: 'reject' },
    );
    expect(good.issues).toEqual([]);
    const bad = checkInput(
      getEndpoint('links.create'),
      {
        body: { source: 's', target: 't', weight: 'heavy', tags: 'x' },
      },
      { unexpected: 'reject' },
    );
    expect(bad.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['body.weight', 'body.tags']));
  });
});
