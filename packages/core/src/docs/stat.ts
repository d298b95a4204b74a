import type * as section from '../endpoints/stat.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's Stat section does, in one line. */
export const statSummaries = summarize<typeof section>()({
  'stat.history':
    'Searches past data records of chosen objects and links, newest first, by time, page and payload filters.',
  'stat.search':
    'Reads the current data records of several objects and links in one call, skipping those without data or access.',
});
