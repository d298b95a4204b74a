import type * as section from '../endpoints/states.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's States section does, in one line. */
export const statesSummaries = summarize<typeof section>()({
  'states.create': 'Defines a custom state (name, colours, priority) and returns it.',
  'states.delete': 'Deletes a custom state (inferred from the documented create call).',
  'states.list': 'Returns all states, built-in and custom.',
  'states.update': 'Changes the given fields of a custom state (inferred from the documented create call).',
});
