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
  it('gives JSON.stringify of the state after any mix of changes through the proxy', () => {
    const raw = {
      meta: { version: 1, seq: 0 },
      objects: { 1: { id: '1', name: 'Root', tags: ['a'] }, 2: { id: '2', name: 'Two', nested: { x: 1 } } } as Record<
        string,
        Record<string, unknown>
      >,
      history: {} as Record<string, Record<string, [number, number][]>>,
      log: [] as unknown[],
      flag: 'on',
    };
    let busy = false;
    const text = new StateText(() => busy);
    const state = text.wrap(raw as unknown as State) as unknown as typeof raw;
    const pick = random(7);
    let held: Record<string, unknown> | undefined;
    expect(text.text()).toBe(JSON.stringify(raw));
    for (let step = 0; step < 3000; step++) {
      const id = String(1 + pick(6));
      switch (pick(16)) {
        case 0:
          state.meta.seq += 1;
          break;
        case 1:
          state.objects[id as '1'] = { id, name: `n${step}`, tags: [] };
          break;
        case 2: {
          const object = state.objects[id as '1'];
          if (object) object.name = `renamed ${step}`;
          break;
        }
        case 3:
          delete state.objects[id as '1'];
          break;
        case 4: {
          state.history[`objects:${id}`] ??= {};
          const series = state.history[`objects:${id}`] as Record<string, [number, number][]>;
          series.cpu ??= [];
          series.cpu.push([step, pick(100)]);
          if (series.cpu.length > 5) series.cpu.shift();
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
          // a reference taken while a change runs, changed after a text() was built
          busy = true;
          held = state.objects[id as '1'];
          break;
        case 8:
          if (held) held.name = `held ${step}`;
          held = undefined;
          busy = false;
          break;
        case 9:
          (state as Record<string, unknown>).objects = { ...raw.objects, [id]: { id, replaced: step } };
          break;
        case 10:
          for (const object of Object.values(state.objects)) (object as { seen?: number }).seen = step;
          break;
        case 11: {
          const element = state.log[pick(Math.max(1, state.log.length))] as { step?: number } | undefined;
          if (element) element.step = -step;
          break;
        }
        case 12:
          for (const entry of state.log) if (pick(4) === 0) (entry as { seen?: number }).seen = step;
          break;
        case 13: {
          // taken out and put back, then changed
          const moved = state.log.shift();
          if (moved) {
            state.log.push(moved);
            (moved as { moved?: number }).moved = step;
          }
          break;
        }
        case 14:
          // an element held while a change runs
          busy = true;
          held = state.log[0] as Record<string, unknown> | undefined;
          break;
        default:
          delete (state.history[`objects:${id}`] as Record<string, unknown> | undefined)?.cpu;
      }
      if (pick(3) === 0) expect(text.text()).toBe(JSON.stringify(raw));
    }
    busy = false;
    expect(text.text()).toBe(JSON.stringify(raw));
  });
});
