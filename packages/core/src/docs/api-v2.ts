import type * as section from '../endpoints/api-v2.ts';
import { summarize } from './summarize.ts';

/** What each endpoint of SAYMON's API v2 section does, in one line. */
export const apiV2Summaries = summarize<typeof section>()({
  'v2.getLinks':
    'Searches links by source, target, state, class, id or tag, with field selection, sorting and paging (experimental).',
  'v2.getObjects':
    'Searches objects by parent, child, name, state, class, id or tag, with field selection, sorting and paging (experimental).',
  'v2.getRefs': 'Searches references by owner, target or id with paging and returns { items, count } (experimental).',
});
