/** Stat-rule conditions and actions, in-process: one row per operator, placeholder and action. */
import { describe, expect, it } from 'vitest';
import { emptyState } from '../store/state.ts';
import { Store } from '../store/store.ts';
import { applyStatRules, type Condition, conditionHolds } from './stat-rules.ts';

const stat = {
  cpu: { load: 42, text: '12.5' },
  status: 'Up and running',
  zero: 0,
  'dotted.key': 7,
  disks: [{ used: 80 }],
  nothing: null,
};
const field = (name: string, value: Record<string, unknown>): Condition => ({ _field: { name, value } });

describe('conditionHolds: _field comparisons', () => {
  it.each([
    ['cpu.load', '_gt', 41, true],
    ['cpu.load', '_gt', 42, false],
    ['cpu.load', '_gte', 42, true],
    ['cpu.load', '_gte', 43, false],
    ['cpu.load', '_lt', 43, true],
    ['cpu.load', '_lt', 42, false],
    ['cpu.load', '_lte', 42, true],
    ['cpu.load', '_lte', 41, false],
    // numbers sent as text compare as numbers, not as text ('12.5' < '9' as text)
    ['cpu.text', '_gt', 9, true],
    ['cpu.text', '_lt', '100', true],
    ['zero', '_gte', 0, true],
    ['zero', '_lt', 0, false],
    // a dotted key of its own, and a path through a list
    ['dotted.key', '_gt', 6, true],
    ['disks.0.used', '_gte', 80, true],
    // a missing metric holds no comparison
    ['cpu.nothing', '_gt', 0, false],
    ['cpu.nothing', '_gte', 0, false],
    ['cpu.nothing', '_lt', 0, false],
    ['cpu.nothing', '_lte', 0, false],
    ['', '_gt', 0, false],
    // a null metric is as missing: it is no number above or below any other
    ['nothing', '_gt', 0, false],
    ['nothing', '_gte', 0, false],
    ['nothing', '_lt', 0, false],
    ['nothing', '_lte', 0, false],
  ])('%s %s %s → %s', (name, op, expected, holds) => {
    expect(conditionHolds(field(name, { [op]: expected }), stat)).toBe(holds);
  });
});

describe('conditionHolds: _field text operators', () => {
  it.each([
    ['status', '_eq', 'Up and running', true],
    ['status', '_eq', 'up and running', false],
    ['status', '_neq', 'Down', true],
    ['status', '_neq', 'Up and running', false],
    ['status', '_ct', 'RUNNING', true],
    ['status', '_ct', 'down', false],
    ['status', '_nct', 'down', true],
    ['status', '_nct', 'and', false],
    ['status', '_m', '^up\\b', true],
    ['status', '_m', '^running', false],
    ['cpu.load', '_eq', '42', true],
    ['cpu.load', '_eq', 42, true],
    // a missing or null metric holds no test, negated ones included
    ['cpu.nothing', '_neq', 'Down', false],
    ['cpu.nothing', '_nct', 'down', false],
    ['cpu.nothing', '_eq', '', false],
    ['nothing', '_neq', 'Down', false],
    ['nothing', '_nct', 'down', false],
  ])('%s %s %j → %s', (name, op, expected, holds) => {
    expect(conditionHolds(field(name, { [op]: expected }), stat)).toBe(holds);
  });

  it.each([
    ['an unknown operator', { _like: 'x' }, /Unknown filter operation: _like/],
    ['an invalid regular expression', { _m: '(' }, /Invalid regular expression/],
  ])('%s is refused with 400', (_name, value, message) => {
    expect(() => conditionHolds(field('status', value), stat)).toThrow(message);
  });
});

describe('conditionHolds: how tests combine', () => {
  it.each<[string, Condition, boolean]>([
    ['an empty condition', {}, true],
    ['a test without operators', { _field: { name: 'cpu.load' } }, true],
    ['a test that is not an object', { _field: undefined }, true],
    ['a range in one test, inside', field('cpu.load', { _gt: 40, _lt: 50 }), true],
    ['a range in one test, outside', field('cpu.load', { _gt: 40, _lt: 42 }), false],
    [
      'two tests, both hold',
      { _field: { name: 'cpu.load', value: { _gt: 40 } }, _field2: { name: 'status', value: { _ct: 'up' } } },
      true,
    ],
    [
      'two tests, the second fails',
      { _field: { name: 'cpu.load', value: { _gt: 40 } }, _field2: { name: 'status', value: { _ct: 'down' } } },
      false,
    ],
    [
      'a formula test under a suffixed key',
      { _formula2: { definition: '{{cpu.load}} / 2', value: { _gt: 20 } } } as Condition,
      true,
    ],
  ])('%s → %s', (_name, condition, holds) => {
    expect(conditionHolds(condition, stat)).toBe(holds);
  });
});

describe('applyStatRules', () => {
  const key = 'objects:1';
  type Rule = {
    conditions?: Condition[] | null;
    actions?: { type?: string; field?: string; value?: unknown }[] | null;
  };
  const run = (rules: Rule[], payload: Record<string, unknown>, current?: Record<string, unknown>) => {
    const state = emptyState();
    state.statRules[key] = rules as never;
    if (current) state.stat[key] = { payload: current } as never;
    return applyStatRules(new Store(state, () => 0), key, payload);
  };
  const hot = [field('cpu', { _gt: 90 })];
  const cool = [field('cpu', { _lt: 10 })];

  it.each<[string, Rule[], Record<string, unknown>, Record<string, unknown> | undefined, unknown]>([
    ['no rules keep the data', [], { cpu: 95 }, undefined, { cpu: 95 }],
    [
      'drop when the condition holds',
      [{ conditions: hot, actions: [{ type: 'drop' }] }],
      { cpu: 95 },
      undefined,
      undefined,
    ],
    [
      'no drop when it does not',
      [{ conditions: cool, actions: [{ type: 'drop' }] }],
      { cpu: 95 },
      undefined,
      { cpu: 95 },
    ],
    [
      'all conditions must hold',
      [{ conditions: [...hot, ...cool], actions: [{ type: 'drop' }] }],
      { cpu: 95 },
      undefined,
      { cpu: 95 },
    ],
    [
      'a rule without conditions always applies',
      [{ conditions: null, actions: [{ type: 'drop' }] }],
      { cpu: 1 },
      undefined,
      undefined,
    ],
    [
      'set a literal',
      [{ actions: [{ type: 'set', field: 'alarm', value: 'yes' }] }],
      { cpu: 1 },
      undefined,
      { cpu: 1, alarm: 'yes' },
    ],
    [
      'set from the new data, a number stays one',
      [{ actions: [{ type: 'set', field: 'copy', value: '{{new.cpu}}' }] }],
      { cpu: 7 },
      undefined,
      { cpu: 7, copy: 7 },
    ],
    [
      'set from the current data',
      [{ actions: [{ type: 'set', field: 'was', value: '{{ current.cpu }}' }] }],
      { cpu: 7 },
      { cpu: 3 },
      { cpu: 7, was: 3 },
    ],
    [
      'set arithmetic over both',
      [{ actions: [{ type: 'set', field: 'delta', value: '{{new.cpu}} - {{current.cpu}}' }] }],
      { cpu: 7 },
      { cpu: 3 },
      { cpu: 7, delta: 4 },
    ],
    [
      'set a dotted path',
      [{ actions: [{ type: 'set', field: 'used', value: '{{new.disk.used}} * 2' }] }],
      { disk: { used: 4 } },
      undefined,
      { disk: { used: 4 }, used: 8 },
    ],
    [
      'set text around a value',
      [{ actions: [{ type: 'set', field: 'note', value: 'cpu {{new.cpu}}%' }] }],
      { cpu: 7 },
      undefined,
      { cpu: 7, note: 'cpu 7%' },
    ],
    [
      'a missing placeholder becomes empty text',
      [{ actions: [{ type: 'set', field: 'note', value: '{{new.nothing}}' }] }],
      { cpu: 7 },
      undefined,
      { cpu: 7, note: '' },
    ],
    ['set without a field does nothing', [{ actions: [{ type: 'set', value: 1 }] }], { cpu: 7 }, undefined, { cpu: 7 }],
    [
      'extend adds the current fields the new data lacks',
      [{ actions: [{ type: 'extend' }] }],
      { cpu: 7 },
      { cpu: 3, mem: 50 },
      { cpu: 7, mem: 50 },
    ],
    [
      'rules run in order on the changed data',
      [{ actions: [{ type: 'set', field: 'cpu', value: 99 }] }, { conditions: hot, actions: [{ type: 'drop' }] }],
      { cpu: 7 },
      undefined,
      undefined,
    ],
    ['an unknown action is ignored', [{ actions: [{ type: 'shout' }] }], { cpu: 7 }, undefined, { cpu: 7 }],
  ])('%s', (_name, rules, payload, current, expected) => {
    expect(run(rules, payload, current)).toEqual(expected);
  });

  it('leaves the pushed object as it was', () => {
    const payload = { cpu: 7 };
    run([{ actions: [{ type: 'set', field: 'alarm', value: 1 }] }], payload);
    expect(payload).toEqual({ cpu: 7 });
  });
});
