import { getEndpoint } from '@saymon-sdk/core';
import { describe, expect, it } from 'vitest';
import { buildInput, emptyState, formOf, stateFromInput } from './form-state.ts';
import { lookup, resolveJsonText, resolveState, type Scope } from './variables.ts';

const scope: Scope = {
  last: [{ id: 42, name: 'Root', tags: ['a', 'b'] }],
  values: { parent: '5f00', limit: 10, deep: { list: [{ x: 'y"z' }] } },
};

describe('{{var}} references', () => {
  it('reads into the last answer, captures and the environment; names nothing clearly', () => {
    expect(lookup(scope, 'last', '[0].id')).toEqual({ ok: true, value: 42 });
    expect(lookup(scope, 'deep', '.list[0].x')).toEqual({ ok: true, value: 'y"z' });
    expect(lookup(scope, 'last', '[0].missing')).toEqual({ ok: false, message: 'last[0] has no .missing' });
    expect(lookup(scope, 'nope')).toEqual({
      ok: false,
      message: 'no variable named nope (known: last, parent, limit, deep)',
    });
    expect(lookup({ values: {} }, 'last', '.id')).toMatchObject({ ok: false, message: /needs an answer first/ });
  });

  it('puts a whole-string reference into JSON as the value, a reference inside a string as escaped text', () => {
    expect(resolveJsonText('{"a": "{{last[0].tags}}", "b": "id {{deep.list[0].x}}"}', scope)).toEqual({
      text: '{"a": ["a","b"], "b": "id y\\"z"}',
    });
    expect(resolveJsonText('{"a": "{{gone}}"}', scope).problem).toMatch(/no variable named gone/);
  });

  it('gives each field the type its schema asks for, and marks the field whose reference names nothing', () => {
    const endpoint = getEndpoint('eventLog.list');
    const form = formOf(endpoint);
    const state = { ...emptyState(form), query: { limit: '{{last[0].id}}' } };
    const resolved = resolveState(state, scope);
    expect(buildInput(endpoint, form, resolved.state).input.query).toEqual({ limit: 42 });
    expect(resolveState({ ...state, query: { limit: '{{last[3].id}}' } }, scope).errors).toEqual({
      'query.limit': 'last has no [3]',
    });
    // a form without references is returned as it is (the store's caches rely on it)
    const plain = { ...state, query: { limit: '5' } };
    expect(resolveState(plain, scope).state).toBe(plain);
  });

  it('resolves a body kept from the JSON editor or a replay', () => {
    const endpoint = getEndpoint('objects.create');
    const form = formOf(endpoint);
    const state = stateFromInput(form, { body: { name: 'child of {{last[0].name}}', parent_id: '{{parent}}' } });
    const { input } = buildInput(endpoint, form, resolveState(state, scope).state);
    expect(input.body).toMatchObject({ name: 'child of Root', parent_id: '5f00' });
  });
});
