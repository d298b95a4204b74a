/** State and incident conditions on a stat push, in-process: one row per rule the code applies. */
import { describe, expect, it } from 'vitest';
import { emptyState, type Rec } from '../store/state.ts';
import { Store } from '../store/store.ts';
import { evaluateConditions } from './conditions.ts';
import { isCleared } from './incidents.ts';

const OBJECT = 'objects:1';
const CLASS = 'classes:c1';
const gt = (name: string, value: number) => ({ _field: { name, value: { _gt: value } } });
const lt = (name: string, value: number) => ({ _field: { name, value: { _lt: value } } });

type Rule = Record<string, unknown>;
interface Setup {
  own?: Rule[];
  ofClass?: Rule[];
  incidents?: Rule[];
  classIncidents?: Rule[];
  manual?: boolean;
}

function estate(setup: Setup) {
  const state = emptyState();
  state.objects['1'] = { id: '1', name: 'host', class_id: 'c1', state_id: 1, parent_id: [] } as never;
  if (setup.manual) (state.objects['1'] as Rec).manual_state = { state_id: 5 };
  if (setup.own) state.stateConditions[OBJECT] = setup.own as Rec[];
  if (setup.ofClass) state.stateConditions[CLASS] = setup.ofClass as Rec[];
  if (setup.incidents) state.incidentConditions[OBJECT] = setup.incidents as Rec[];
  if (setup.classIncidents) state.incidentConditions[CLASS] = setup.classIncidents as Rec[];
  let now = 1_000_000;
  const store = new Store(state, () => now++);
  const push = (payload: Record<string, unknown>) => {
    store.state.stat[OBJECT] = { payload } as never;
    evaluateConditions(store, 'objects', store.state.objects['1'] as Rec);
  };
  const incidents = () => Object.values(store.state.incidents);
  return { store, push, incidents, object: () => store.state.objects['1'] as Rec };
}

describe('state conditions', () => {
  it.each<[string, Setup, Record<string, unknown>, number]>([
    ['a condition that holds sets its state', { own: [{ condition: gt('cpu', 90), state: 4 }] }, { cpu: 95 }, 4],
    ['one that does not keeps the state', { own: [{ condition: gt('cpu', 90), state: 4 }] }, { cpu: 50 }, 1],
    [
      'the first rule that holds wins',
      {
        own: [
          { condition: gt('cpu', 90), state: 4 },
          { condition: gt('cpu', 50), state: 3 },
        ],
      },
      { cpu: 95 },
      4,
    ],
    [
      'a later rule applies when the first does not hold',
      {
        own: [
          { condition: gt('cpu', 90), state: 4 },
          { condition: gt('cpu', 50), state: 3 },
        ],
      },
      { cpu: 60 },
      3,
    ],
    [
      'every test of a condition must hold',
      { own: [{ condition: { ...gt('cpu', 50), ...lt('cpu', 10) }, state: 4 }] },
      { cpu: 60 },
      1,
    ],
    ['an empty condition never holds', { own: [{ condition: {}, state: 4 }] }, { cpu: 60 }, 1],
    ['a null condition never holds', { own: [{ condition: null, state: 4 }] }, { cpu: 60 }, 1],
    ['a rule without a state changes nothing', { own: [{ condition: gt('cpu', 50) }] }, { cpu: 60 }, 1],
    ['a missing metric does not hold', { own: [{ condition: gt('mem', 0), state: 4 }] }, { cpu: 60 }, 1],
    [
      'a manual state holds against conditions',
      { own: [{ condition: gt('cpu', 50), state: 4 }], manual: true },
      { cpu: 60 },
      1,
    ],
    [
      "the class's conditions apply when the entity has none",
      { ofClass: [{ condition: gt('cpu', 50), state: 2 }] },
      { cpu: 60 },
      2,
    ],
    [
      "the entity's own conditions replace the class's",
      { own: [{ condition: gt('cpu', 90), state: 4 }], ofClass: [{ condition: gt('cpu', 50), state: 2 }] },
      { cpu: 60 },
      1,
    ],
    [
      'a formula test',
      { own: [{ condition: { _formula: { definition: '{{a}} / {{b}}', value: '<=0.5' } }, state: 2 }] },
      { a: 1, b: 4 },
      2,
    ],
  ])('%s', (_name, setup, payload, expected) => {
    const { push, object } = estate(setup);
    push(payload);
    expect(object().state_id).toBe(expected);
  });

  it('records the change in the state history, once', () => {
    const { push, store } = estate({ own: [{ condition: gt('cpu', 90), state: 4 }] });
    push({ cpu: 95 });
    push({ cpu: 96 });
    expect(store.state.stateHistory).toMatchObject([
      { entityId: '1', stateId: 4, lastStateId: 1, reason: { code: 2, text: 'State condition met' } },
    ]);
  });
});

describe('incident conditions', () => {
  const rule = { id: 'r1', condition: gt('cpu', 90), state: 4, text: 'cpu high' };
  it.each<[string, Setup, Record<string, unknown>[], { open: number; cleared: number; count?: number }]>([
    ['a condition that holds raises an incident', { incidents: [rule] }, [{ cpu: 95 }], { open: 1, cleared: 0 }],
    ['one that does not raises none', { incidents: [rule] }, [{ cpu: 50 }], { open: 0, cleared: 0 }],
    [
      'holding again raises no second one',
      { incidents: [rule] },
      [{ cpu: 95 }, { cpu: 97 }],
      { open: 1, cleared: 0, count: 1 },
    ],
    [
      'without a clear condition, not holding clears it',
      { incidents: [rule] },
      [{ cpu: 95 }, { cpu: 50 }],
      { open: 0, cleared: 1 },
    ],
    [
      'with a clear condition, not holding keeps it open',
      { incidents: [{ ...rule, clearCondition: lt('cpu', 20) }] },
      [{ cpu: 95 }, { cpu: 50 }],
      { open: 1, cleared: 0 },
    ],
    [
      'with a clear condition, that condition clears it',
      { incidents: [{ ...rule, clearCondition: lt('cpu', 20) }] },
      [{ cpu: 95 }, { cpu: 10 }],
      { open: 0, cleared: 1 },
    ],
    [
      'a clear condition alone raises nothing',
      { incidents: [{ ...rule, clearCondition: lt('cpu', 20) }] },
      [{ cpu: 10 }],
      { open: 0, cleared: 0 },
    ],
    [
      'raised again after it was cleared',
      { incidents: [rule] },
      [{ cpu: 95 }, { cpu: 50 }, { cpu: 95 }],
      { open: 1, cleared: 1 },
    ],
    [
      'each rule raises its own incident',
      { incidents: [rule, { id: 'r2', condition: gt('cpu', 50), state: 2, text: 'cpu busy' }] },
      [{ cpu: 95 }],
      { open: 2, cleared: 0 },
    ],
    [
      'an empty condition raises nothing',
      { incidents: [{ ...rule, condition: {} }] },
      [{ cpu: 95 }],
      { open: 0, cleared: 0 },
    ],
    [
      "the class's incident conditions apply when the entity has none",
      { classIncidents: [rule] },
      [{ cpu: 95 }],
      { open: 1, cleared: 0 },
    ],
    [
      'a manual state does not stop incidents',
      { incidents: [rule], manual: true },
      [{ cpu: 95 }],
      { open: 1, cleared: 0 },
    ],
  ])('%s', (_name, setup, pushes, expected) => {
    const { push, incidents } = estate(setup);
    for (const payload of pushes) push(payload);
    const open = incidents().filter((i) => !isCleared(i));
    expect(open).toHaveLength(expected.open);
    expect(incidents().filter(isCleared)).toHaveLength(expected.cleared);
    if (expected.count !== undefined) expect(open[0]?.count).toBe(expected.count);
  });

  it('the incident carries the rule: level, text, branch and the data that raised it', () => {
    const { push, incidents } = estate({ incidents: [rule] });
    push({ cpu: 95 });
    expect(incidents()).toMatchObject([
      {
        entityId: '1',
        entityType: 1,
        type: 2,
        state: 4,
        text: 'cpu high',
        branchId: 'r1',
        reason: { code: 5, data: { cpu: 95 }, branch: { condition: rule.condition, state: 4 } },
      },
    ]);
  });

  it('a rule without a level raises at level 1, without text with an empty one', () => {
    const { push, incidents } = estate({ incidents: [{ id: 'r9', condition: gt('cpu', 90) }] });
    push({ cpu: 95 });
    expect(incidents()).toMatchObject([{ state: 1, text: '', branchId: 'r9' }]);
  });
});
