import { describe, expect, it } from 'vitest';
import { cleanList, type ObjectDoc, propertyDoc, toYaml } from './docs.ts';
import { describeChange, planObject } from './plan.ts';

const server: ObjectDoc = {
  id: 'a',
  name: 'router',
  class: '9',
  parent: '1',
  properties: [
    { name: 'IP', value: '10.0.0.1', type_id: 1 },
    { name: 'bindPassword', secret: 'kept on the server' },
  ],
};

describe('planObject', () => {
  it('nothing differs: no change', () => {
    expect(planObject(server, server)).toEqual({ changes: [], notes: [] });
  });

  it('one edit is one change: a name, a property, a new property, a rule list', () => {
    const rows: [Partial<ObjectDoc>, string][] = [
      [{ name: 'core router' }, 'name: "router" → "core router"'],
      [
        { properties: [{ name: 'IP', value: '10.0.0.2' }, server.properties[1] as never] },
        'property "IP": "10.0.0.1" → "10.0.0.2"',
      ],
      [{ properties: [...server.properties, { name: 'Rack', value: 'R1' }] }, 'property "Rack": add "R1"'],
      [{ state_conditions: [{ state: 3 }] }, 'state conditions: 0 → 1 items'],
      [{ geoposition: [55.7, 37.6] }, 'geoposition: [] → [55.7,37.6]'],
    ];
    for (const [edit, line] of rows) {
      const { changes, notes } = planObject({ ...server, ...edit }, server);
      expect(changes.map(describeChange)).toEqual([line]);
      expect(notes).toEqual([]);
    }
  });

  it('a secret is never written; a class change is said, not made; a missing object is created with its contents', () => {
    const secretEdited = planObject(
      { ...server, properties: [server.properties[0] as never, { name: 'bindPassword', value: 'typed by hand' }] },
      server,
    );
    // the server hides it: the file's value is not compared with nothing
    expect(secretEdited.changes).toEqual([]);
    const moved = planObject({ ...server, class: '10' }, server);
    expect(moved.changes).toEqual([]);
    expect(moved.notes[0]?.message).toMatch(/class is 9 on the server, 10 in the file: not changed/);
    const created = planObject(server, undefined);
    expect(created.changes.map((c) => c.kind)).toEqual(['create', 'add-property']);
    expect(created.notes[0]?.message).toMatch(/"bindPassword" holds a secret: not created/);
  });
});

describe('files', () => {
  it('keep no volatile field and no secret; YAML keys in a fixed order', () => {
    expect(
      cleanList([{ id: 'x', _id: 'y', updated: 1, state: 3, token: 'abc', nested: [{ created: 2, ok: true }] }]),
    ).toEqual([{ state: 3, token: 'kept on the server', nested: [{ ok: true }] }]);
    expect(propertyDoc({ id: 'p', name: 'api key', value: 'k', type_id: 1 })).toEqual({
      name: 'api key',
      type_id: 1,
      secret: 'kept on the server',
    });
    expect(toYaml({ properties: [], zeta: 1, class: '9', name: 'n', id: 'a', alpha: 2 })).toBe(
      'id: a\nname: n\nclass: "9"\nalpha: 2\nproperties: []\nzeta: 1\n',
    );
  });
});
