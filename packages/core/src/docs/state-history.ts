import type * as section from '../endpoints/state-history.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's State History section does, in one line. */
export const stateHistorySummaries = summarize<typeof section>()({
  'stateHistory.list':
    'Returns a page of state changes of the objects and links the caller can see (deprecated: use the log).',
  'stateHistory.log':
    'Returns state changes of visible objects and links, filtered by state, class, tag, entity or name.',
});
