/**
 * What a form opens on: the docs' first example, made useful against a live server. Two rules, for
 * every endpoint alike: a list opens on all fields (an example that narrows the answer with `fields` is
 * passed over for one that does not, else its `fields` is dropped), and a time window in the query
 * (`from`/`since`/`after` … `to`/`until`/`before`, epoch milliseconds) is the last hour, in the type the
 * example had (the docs' 2020 windows answer nothing); a window the example leaves empty starts an hour ago.
 */
import type { RequestExample } from '@saymon-sdk/core/docs';
import { isTimeBound, relativeValue } from '../features/time/time-bounds.ts';
import { type EndpointForm, emptyState, type FormState, stateFromInput } from '../lib/form-state.ts';
import type { Endpoint } from '../lib/registry.ts';
import type { CallInput } from '../lib/wire.ts';

const HOUR = 60 * 60 * 1000;
export const WINDOW_START = new Set(['from', 'since', 'after']);
export const WINDOW_END = new Set(['to', 'until', 'before']);
const EPOCH_MS = /^\d{12,13}$/;

/** An example with its query's time window moved to the hour before `now`. */
export function lastHour(example: RequestExample, now: number): CallInput {
  const query = example.query;
  if (!query) return example as CallInput;
  const moved: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(query)) {
    const time = WINDOW_START.has(name) ? now - HOUR : WINDOW_END.has(name) ? now : undefined;
    moved[name] =
      time !== undefined && EPOCH_MS.test(String(value)) ? (typeof value === 'number' ? time : String(time)) : value;
  }
  return { ...(example as CallInput), query: moved };
}

export interface Start {
  choice: number | 'empty';
  state: FormState;
}

/** The form an endpoint opens on, and which documented example that is. */
export function startOf(
  endpoint: Endpoint,
  form: EndpointForm,
  examples: readonly RequestExample[],
  now = Date.now(),
): Start {
  if (!examples.length) return { choice: 'empty', state: lastHourByDefault(form, emptyState(form), now) };
  const narrows = (e: { readonly query?: { readonly [name: string]: unknown } }) => e.query?.fields !== undefined;
  const whole = examples.findIndex((e) => !narrows(e));
  const choice = endpoint.effect === 'read' && narrows(examples[0] as RequestExample) && whole > 0 ? whole : 0;
  let example = lastHour(examples[choice] as RequestExample, now);
  if (narrows(example)) {
    const { fields: _, ...query } = example.query ?? {};
    example = { ...example, query };
  }
  return { choice, state: lastHourByDefault(form, stateFromInput(form, example), now) };
}

/**
 * A query with a time window and no start in it starts an hour ago: `1h-ago` where the schema takes text, else the
 * epoch milliseconds (the end stays open: up to now).
 */
export function lastHourByDefault(form: EndpointForm, state: FormState, now: number): FormState {
  const bounds = form.query.filter(isTimeBound);
  const start = bounds.find((field) => WINDOW_START.has(field.name));
  if (!start || bounds.some((field) => state.query[field.name])) return state;
  return { ...state, query: { ...state.query, [start.name]: relativeValue(start, '1h-ago', now) } };
}
