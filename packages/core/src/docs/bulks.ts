import type * as section from '../endpoints/bulks.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Bulks section does, in one line. */
export const bulksSummaries = summarize<typeof section>()({
  'bulks.runForObjects':
    'Starts a background change of every object matching a search filter and returns the bulk id to poll.',
  'bulks.status': 'Tells whether a bulk operation started earlier has completed.',
});
