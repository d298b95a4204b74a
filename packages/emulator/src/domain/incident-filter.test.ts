/** SAYMON's incident filters, in-process: one row per filter kind, operator and combination. */
import { describe, expect, it } from 'vitest';
import { emptyState, type Rec } from '../store/state.ts';
import { Store } from '../store/store.ts';
import { checkIncidentFilter, incidentEntity, isUnder, matchesIncidentFilter, parentPaths } from './incident-filter.ts';

function estate() {
  const state = emptyState();
  const object = (id: string, parent: string[], more: Record<string, unknown> = {}) => {
    state.objects[id] = { id, name: `object ${id}`, parent_id: parent, ...more } as never;
  };
  object('1', []);
  object('2', ['1']);
  object('3', ['2', '4']);
  object('4', ['1']);
  object('srv', ['3'], {
    class_id: 34,
    state_id: 4,
    tags: ['t1', 't2'],
    properties: [
      { id: 'p1', name: 'location', value: 'Rack 7, Moscow' },
      { id: 'p2', name: 'ip', value: '10.0.0.5' },
    ],
  });
  state.links.l1 = { id: 'l1', source: 'srv', target: '4', class_id: 35, state_id: 2 } as never;
  return new Store(state, () => 0);
}

const store = estate();
const onObject: Rec = {
  id: 'i1',
  entityId: 'srv',
  entityType: 1,
  state: 1,
  text: 'CPU load is high',
  comment: 'looking into it',
  timestamp: 1_000,
  localTimestamp: 900,
  acknowledgedBy: 'u1',
};
const onLink: Rec = { id: 'i2', entityId: 'l1', entityType: 2, state: 2, text: 'link down', timestamp: 5_000 };

describe('matchesIncidentFilter on an object incident', () => {
  it.each<[string, unknown, boolean]>([
    ['no filter', undefined, true],
    ['null', null, true],
    ['an empty list', [], true],
    ['timestamp inside the window', [['timestamp', { from: 500, to: 1_500 }]], true],
    ['timestamp before the window', [['timestamp', { from: 1_001 }]], false],
    ['timestamp after the window', [['timestamp', { to: 999 }]], false],
    ['timestamp on both edges', [['timestamp', { from: 1_000, to: 1_000 }]], true],
    ['timestamp window open on both sides', [['timestamp', { from: null }]], true],
    ['localTimestamp is its own field', [['localTimestamp', { from: 800, to: 950 }]], true],
    ['clearTimestamp of an open incident', [['clearTimestamp', { from: 0 }]], false],
    ['entity names the object', [['entity', 'objects-srv']], true],
    ['entity names another object', [['entity', 'objects-2']], false],
    ['entity names it as a link', [['entity', 'links-srv']], false],
    ['severity as one id', [['severity', 1]], true],
    ['severity as a list', [['severity', ['2', '1']]], true],
    ['severity not listed', [['severity', ['2', '4']]], false],
    ['text equals (plain argument)', [['text', 'CPU load is high']], true],
    ['text equals, other case', [['text', { value: 'cpu load is high', op: '_eq' }]], false],
    ['text not equals', [['text', { value: 'other', op: '_neq' }]], true],
    ['text contains, any case', [['text', { value: 'LOAD', op: '_ct' }]], true],
    ['text does not contain', [['text', { value: 'load', op: '_nct' }]], false],
    ['text matches a regular expression', [['text', { value: '^cpu .* high$', op: '_m' }]], true],
    ['text without op means equals', [['text', { value: 'CPU load is high' }]], true],
    ['comment contains', [['comment', { value: 'into', op: '_ct' }]], true],
    ['acknowledgedBy the user', [['acknowledgedBy', 'u1']], true],
    ['acknowledgedBy someone else', [['acknowledgedBy', ['u2']]], false],
    ['classId of the entity (number or text)', [['classId', '34']], true],
    ['classId of another class', [['classId', ['35']]], false],
    ['stateId of the entity', [['stateId', [3, 4]]], true],
    ['stateId not listed', [['stateId', [1]]], false],
    ['tags: any listed tag', [['tags', ['t9', 't2']]], true],
    ['tagId: the same', [['tagId', 't1']], true],
    ['tags: none of them', [['tags', ['t9']]], false],
    ['property by name equals', [['property', { property: 'ip', value: '10.0.0.5', op: '_eq' }]], true],
    ['property by id contains', [['property', { property: 'p1', value: 'moscow', op: '_ct' }]], true],
    ['property matches', [['property', { property: 'location', value: 'rack \\d+', op: '_m' }]], true],
    ['property not equals', [['property', { property: 'ip', value: '10.0.0.5', op: '_neq' }]], false],
    ['a missing property equals nothing', [['property', { property: 'nope', value: '', op: '_eq' }]], false],
    ['a missing property: not equals holds', [['property', { property: 'nope', value: 'x', op: '_neq' }]], true],
    ['a missing property: does not contain holds', [['property', { property: 'nope', value: 'x', op: '_nct' }]], true],
    ['a missing property: contains does not', [['property', { property: 'nope', value: 'x', op: '_ct' }]], false],
    ['one filter on its own, not in a list', ['classId', '34'], true],
    [
      'a list: all must hold',
      [
        ['classId', '34'],
        ['severity', 2],
      ],
      false,
    ],
    [
      'a list: all hold',
      [
        ['classId', '34'],
        ['severity', 1],
      ],
      true,
    ],
    [
      '$and: all hold',
      [
        [
          '$and',
          [
            ['classId', '34'],
            ['stateId', [4]],
          ],
        ],
      ],
      true,
    ],
    [
      '$and: one fails',
      [
        [
          '$and',
          [
            ['classId', '34'],
            ['stateId', [1]],
          ],
        ],
      ],
      false,
    ],
    [
      '$or: one holds',
      [
        [
          '$or',
          [
            ['classId', '99'],
            ['stateId', [4]],
          ],
        ],
      ],
      true,
    ],
    [
      '$or: none holds',
      [
        [
          '$or',
          [
            ['classId', '99'],
            ['stateId', [1]],
          ],
        ],
      ],
      false,
    ],
    [
      '$or inside $and',
      [
        [
          '$and',
          [
            [
              '$or',
              [
                ['severity', 9],
                ['severity', 1],
              ],
            ],
            ['tags', ['t1']],
          ],
        ],
      ],
      true,
    ],
    ['an empty $or holds nothing', [['$or', []]], false],
    ['an empty $and holds', [['$and', []]], true],
  ])('%s → %s', (_name, filter, expected) => {
    expect(matchesIncidentFilter(store, onObject, filter)).toBe(expected);
  });
});

describe('matchesIncidentFilter on a link incident', () => {
  it.each<[string, unknown, boolean]>([
    ['entity names the link', [['entity', 'links-l1']], true],
    ['entity names it as an object', [['entity', 'objects-l1']], false],
    ["classId is the link's", [['classId', 35]], true],
    ["stateId is the link's", [['stateId', ['2']]], true],
    ['a link has no tags', [['tags', ['t1']]], false],
    ['a link has no properties: not equals holds', [['property', { property: 'ip', value: 'x', op: '_neq' }]], true],
  ])('%s → %s', (_name, filter, expected) => {
    expect(matchesIncidentFilter(store, onLink, filter)).toBe(expected);
  });

  it.each<[string, unknown]>([
    ['classId', [['classId', '34']]],
    ['stateId', [['stateId', ['4']]]],
  ])('an incident whose entity is gone matches no %s', (_name, filter) => {
    expect(matchesIncidentFilter(store, { ...onObject, entityId: 'gone' }, filter)).toBe(false);
  });
});

describe('filters SAYMON refuses (400)', () => {
  it.each<[string, unknown, RegExp]>([
    ['not a list', { classId: '34' }, /An incident filter is a list of filters/],
    ['an unknown kind', [['colour', 'red']], /Unknown incident filter: "colour"/],
    ['an empty filter in the list', [[]], /Invalid incident filter: \[\]/],
    ['a filter that is not a pair', ['x'], /Unknown incident filter: "x"/],
    ['a time window that is not an object', [['timestamp', 5]], /Time filters take/],
    ['an entity without a kind', [['entity', 'srv']], /The entity filter takes/],
    ['a property filter without fields', [['property', 'ip']], /The property filter takes/],
    ['$or without a list', [['$or', 'x']], /"\$or" takes a list of filters/],
    ['$and without a list', [['$and', {}]], /"\$and" takes a list of filters/],
    ['an unknown text operator', [['text', { value: 'x', op: '_like' }]], /Unknown filter operation: _like/],
    ['a broken regular expression', [['text', { value: '(', op: '_m' }]], /Invalid regular expression in filter: \(/],
  ])('%s', (_name, filter, message) => {
    expect(() => matchesIncidentFilter(store, onObject, filter)).toThrow(message);
  });

  it('checkIncidentFilter checks the form up front, without an incident', () => {
    expect(() => checkIncidentFilter(store, [['colour', 'red']])).toThrow(/Unknown incident filter/);
    expect(() => checkIncidentFilter(store, [['classId', '34']])).not.toThrow();
    expect(() => checkIncidentFilter(store, undefined)).not.toThrow();
  });

  it('a refusal is a 400 BadRequest', () => {
    expect(() => matchesIncidentFilter(store, onObject, [['colour', 'red']])).toThrow(
      expect.objectContaining({ status: 400 }),
    );
  });
});

describe('incidentEntity', () => {
  it.each<[string, Rec, string | undefined]>([
    ['an object incident', onObject, 'objects:srv'],
    ['a link incident', onLink, 'links:l1'],
    ['entityType 1 never finds a link', { id: 'x', entityId: 'l1', entityType: 1 }, undefined],
    ['entityType 2 never finds an object', { id: 'x', entityId: 'srv', entityType: 2 }, undefined],
    ['without entityType an object first', { id: 'x', entityId: 'srv' }, 'objects:srv'],
    ['without entityType a link next', { id: 'x', entityId: 'l1' }, 'links:l1'],
    ['a deleted entity', { id: 'x', entityId: 'gone', entityType: 1 }, undefined],
  ])('%s', (_name, incident, expected) => {
    const entity = incidentEntity(store, incident);
    expect(entity && `${entity.kind}:${entity.record.id}`).toBe(expected);
  });
});

describe('isUnder (parentFilter)', () => {
  const object = (id: string) => ({ kind: 'objects' as const, record: store.state.objects[id] as Rec });
  const link = { kind: 'links' as const, record: store.state.links.l1 as Rec };
  it.each<[string, { kind: 'objects' | 'links'; record: Rec }, string, boolean]>([
    ['an object under itself', object('srv'), 'srv', true],
    ['under its parent', object('srv'), '3', true],
    ['under the root', object('srv'), '1', true],
    ['under the second parent of an ancestor', object('srv'), '4', true],
    ['not under a sibling', object('2'), '4', false],
    ['not under its child', object('3'), 'srv', false],
    ['a link under its source', link, 'srv', true],
    ['a link under its target', link, '4', true],
    ['a link under an ancestor of its source', link, '2', true],
    ['a link under nothing that is not an ancestor', link, 'nowhere', false],
  ])('%s', (_name, entity, parentId, expected) => {
    expect(isUnder(store, entity, parentId)).toBe(expected);
  });

  it('ends on a cycle in the tree', () => {
    const looped = estate();
    (looped.state.objects['1'] as Rec).parent_id = ['srv'];
    expect(isUnder(looped, { kind: 'objects', record: looped.state.objects['2'] as Rec }, 'nowhere')).toBe(false);
  });
});

describe('parentPaths', () => {
  it.each<[string, string, string[][]]>([
    ['the root has none', '1', []],
    ['a child of the root', '2', [['1']]],
    [
      'every path through each parent',
      'srv',
      [
        ['1', '2', '3'],
        ['1', '4', '3'],
      ],
    ],
  ])('%s', (_name, id, expected) => {
    expect(parentPaths(store, store.state.objects[id] as Rec)).toEqual(expected.map((path) => ({ path })));
  });
});
