import type * as section from '../endpoints/limits.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Limits section does, in one line. */
export const limitsSummaries = summarize<typeof section>()({
  'limits.blockedRequests':
    "Returns the records of requests blocked by the server's rate limits, filtered by time window and field.",
});
