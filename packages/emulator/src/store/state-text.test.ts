import { describe, expect, it } from 'vitest';
import type { State } from './state.ts';
import { StateText } from './state-text.ts';

/** A small seeded generator (mulberry32), so a failure repeats. */
function random(seed: number) {
  let state = seed;
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

describe('StateText', () => {
  it('gives JSON.stringify of the state after any mix of changes, marks given for changes in place', () => {
    const state = {
      meta: { version: 1, seq: 0 },
      objects: { 1: { id: '1', name: 'Root', tags: ['a'] }, 2: { id: '2', name: 'Two', nested: { x: 1 } } } as Record<
        string,
        Record<string, unknown>
      >,
      history: {} as Record<string, Record<string, [number, number][]>>,
      log: [] as Record<string, unknown>[],
      flag: 'on',
    };
    const text = new StateText(() => state as unknown as State);
    const pick = random(7);
    expect(text.text()).toBe(JSON.stringify(state));
    for (let step = 0; step < 3000; step++) {
      const id = String(1 + pick(6));
      switch (pick(14)) {
        case 0:
          state.meta.seq += 1;
          break;
        case 1:
          state.objects[id] = { id, name: `n${step}`, tags: [] };
          break;
        case 2: {
          const object = state.objects[id];
          if (object) object.name = `renamed ${step}`;
          text.touch(object ?? {});
          break;
        }
        case 3:
          delete state.objects[id];
          break;
        case 4: {
          state.history[`objects:${id}`] ??= {};
          const series = state.history[`objects:${id}`] as Record<string, [number, number][]>;
          series.cpu ??= [];
          series.cpu.push([step, pick(100)]);
          if (series.cpu.length > 5) series.cpu.shift();
          text.touch(series);
          break;
        }
        case 5:
          state.log.push({ step });
          if (state.log.length > 8) state.log.splice(0, 2);
          break;
        case 6:
          state.flag = pick(2) ? 'on' : 'off';
          break;
        case 7:
          state.objects = { ...state.objects, [id]: { id, replaced: step } };
          break;
        case 8:
          for (const object of Object.values(state.objects)) object.seen = step;
          text.touch(...Object.values(state.objects));
          break;
        case 9: {
          const element = state.log[pick(Math.max(1, state.log.length))];
          if (element) {
            element.step = -step;
            text.touch(element);
          }
          break;
        }
        case 10: {
          // taken out and put back, then changed
          const moved = state.log.shift();
          if (moved) {
            state.log.push(moved);
            moved.moved = step;
            text.touch(moved);
          }
          break;
        }
        case 11:
          state.log = [...state.log];
          break;
        case 12:
          // changed without a mark: everything is encoded again after touchAll
          for (const entry of state.log) entry.unmarked = step;
          text.touchAll();
          break;
        default:
          delete state.history[`objects:${id}`]?.cpu;
          text.touch(state.history[`objects:${id}`] ?? {});
      }
      if (pick(3) === 0) expect(text.text()).toBe(JSON.stringify(state));
    }
    expect(text.text()).toBe(JSON.stringify(state));
  });

  it('keeps the bytes of what was not marked (the check can fail)', () => {
    const state = {
      objects: { 1: { id: '1', name: 'before' } } as Record<string, Record<string, unknown>>,
      log: [{ n: 1 }],
    };
    const text = new StateText(() => state as unknown as State);
    expect(text.text()).toBe(JSON.stringify(state));
    (state.objects['1'] as Record<string, unknown>).name = 'after';
    (state.log[0] as { n: number }).n = 2;
    expect(text.text()).toBe('{"objects":{"1":{"id":"1","name":"before"}},"log":[{"n":1}]}');
    text.touch(state.objects['1'] as object, state.log[0] as object);
    expect(text.text()).toBe(JSON.stringify(state));
  });
});
