import { getEndpoint } from '@saymon-sdk/core';
import { describe, expect, it } from 'vitest';
import { buildInput, emptyState, formOf, stateFromInput, switchBodyMode } from './form-state.ts';
import { fieldKind, fieldsOf, toInput } from './schema-form.ts';
import { dryRun } from './wire.ts';

describe('form fields from the registry schemas', () => {
  it('objects.create: a required name first, typed fields, JSON for nested lists', () => {
    const form = formOf(getEndpoint('objects.create'));
    expect(form.bodyForm).toBe(true);
    const [first, ...rest] = form.body;
    expect(first).toMatchObject({ name: 'name', kind: 'text', required: true, type: 'string' });
    expect(rest.find((f) => f.name === 'class_id')).toMatchObject({
      kind: 'text',
      required: false,
      type: 'string | number',
    });
    expect(rest.find((f) => f.name === 'properties')).toMatchObject({ kind: 'json' });
    expect(rest.find((f) => f.name === 'parent_id')).toMatchObject({ kind: 'list' });
  });

  it('a `string | number` field sends a number as a number and other text as text', () => {
    const form = formOf(getEndpoint('objects.create'));
    const classId = form.body.find((f) => f.name === 'class_id');
    expect(classId?.numberOrText).toBe(true);
    expect(toInput(form.body, { class_id: '3' }).value.class_id).toBe(3);
    expect(toInput(form.body, { class_id: ' 12 ' }).value.class_id).toBe(12);
    for (const text of ['03', '5f3a9c', '1e3', 'abc'])
      expect(toInput(form.body, { class_id: text }).value.class_id).toBe(text);
    const name = form.body.find((f) => f.name === 'name');
    expect(name?.numberOrText).toBeUndefined();
    expect(toInput(form.body, { name: '3' }).value.name).toBe('3');
  });

  it('query fields: numbers, booleans, enums, lists and required marks', () => {
    const history = formOf(getEndpoint('incidents.history'));
    const kinds = Object.fromEntries(history.query.map((f) => [f.name, f.kind]));
    expect(kinds).toMatchObject({
      limit: 'number',
      skip: 'number',
      owner: 'boolean',
      inverse: 'boolean',
      filter: 'json',
    });
    const metrics = formOf(getEndpoint('objects.history'));
    expect(metrics.query.find((f) => f.name === 'from')).toMatchObject({ required: true });
    expect(metrics.path).toEqual([expect.objectContaining({ name: 'id', required: true })]);
  });

  it('enums become a choice', () => {
    expect(fieldKind({ type: 'string', enum: ['asc', 'desc'] })).toEqual({ kind: 'enum', options: ['asc', 'desc'] });
  });

  it('form text becomes typed input; bad JSON is named, empty fields are left out', () => {
    const fields = fieldsOf({
      type: 'object',
      properties: {
        n: { type: 'number' },
        l: { type: 'array', items: { type: 'string' } },
        j: { type: 'object' },
        b: { type: 'boolean' },
        e: { type: 'string' },
      },
    });
    expect(toInput(fields, { n: '42', l: 'a, b,,c', j: '{"x":1}', b: 'false', e: '' })).toEqual({
      value: { n: 42, l: ['a', 'b', 'c'], j: { x: 1 }, b: false },
      errors: {},
    });
    expect(toInput(fields, { n: 'abc', j: '{' })).toEqual({ value: { n: 'abc' }, errors: { j: 'not valid JSON' } });
  });

  it('switching between form and JSON keeps every field, also those the form does not show', () => {
    const endpoint = getEndpoint('objects.create');
    const form = formOf(endpoint);
    const json = { ...emptyState(form), bodyMode: 'json' as const, bodyText: '{"name":"x","extra_field":7}' };
    const asForm = switchBodyMode(form, json, 'form');
    expect(asForm.body.name).toBe('x');
    expect(buildInput(endpoint, form, asForm).input.body).toEqual({ name: 'x', extra_field: 7 });
    const back = switchBodyMode(form, asForm, 'json');
    expect(JSON.parse(back.bodyText)).toEqual({ extra_field: 7, name: 'x' });
  });

  it('the SDK names what is wrong before anything is sent, and builds the wire request', async () => {
    const endpoint = getEndpoint('objects.create');
    const form = formOf(endpoint);
    const missing = await dryRun(endpoint, buildInput(endpoint, form, emptyState(form)).input);
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(missing.issues[0]?.path).toEqual(['body', 'name']);
    const state = stateFromInput(form, { body: { name: 'web-01' } });
    const ok = await dryRun(endpoint, buildInput(endpoint, form, state).input);
    expect(ok).toMatchObject({
      ok: true,
      wire: { method: 'POST', pathAndQuery: '/node/api/objects', body: '{"name":"web-01"}' },
    });
  });
});
